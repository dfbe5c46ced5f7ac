import { nextPledgeStatus, PLEDGE_EVENTS, PLEDGE_TRANSITIONS, pledgeStatusesAccepting } from './pledge-state-machine';
import { FINAL_PLEDGE_STATUSES, PLEDGE_STATUSES, type PledgeStatus } from './pledge-types';

describe('pledge state machine', () => {
  it('has at most one target for each status and event', () => {
    const seen = new Set<string>();
    for (const row of PLEDGE_TRANSITIONS) {
      const key = `${row.from}/${row.event}`;
      expect(seen.has(key)).toBe(false);
      seen.add(key);
    }
  });

  it.each(FINAL_PLEDGE_STATUSES)('never moves a %s pledge, whatever arrives', (status) => {
    for (const event of PLEDGE_EVENTS) expect(nextPledgeStatus(status, event)).toBeNull();
  });

  it('only moves forward: no status can be reached again from where it led', () => {
    const next = (status: PledgeStatus) =>
      PLEDGE_TRANSITIONS.filter((row) => row.from === status && row.to !== status).map((row) => row.to);
    for (const start of PLEDGE_STATUSES) {
      const seen = new Set<PledgeStatus>();
      const queue = next(start);
      while (queue.length > 0) {
        const status = queue.shift() as PledgeStatus;
        expect(status).not.toBe(start);
        if (seen.has(status)) continue;
        seen.add(status);
        queue.push(...next(status));
      }
    }
  });

  it('ignores a duplicated confirmation and a late failure after the pledge is held', () => {
    expect(nextPledgeStatus('pending', 'payment_confirmed')).toBe('held');
    expect(nextPledgeStatus('held', 'payment_confirmed')).toBeNull();
    expect(nextPledgeStatus('held', 'payment_failed')).toBeNull();
  });

  it('gives a saved card a retry window at success, then settles or fails it', () => {
    expect(nextPledgeStatus('held', 'charge_failed')).toBe('action_required');
    expect(nextPledgeStatus('action_required', 'settled')).toBe('settled');
    expect(nextPledgeStatus('action_required', 'retry_window_ended')).toBe('failed');
  });

  it('sends every status an event accepts to the same place, so one conditional UPDATE applies an event', () => {
    for (const event of PLEDGE_EVENTS) {
      const targets = new Set(PLEDGE_TRANSITIONS.filter((row) => row.event === event).map((row) => row.to));
      expect(targets.size).toBe(1);
    }
  });

  it('lists the statuses an event accepts, for conditional updates', () => {
    expect(pledgeStatusesAccepting('settled').sort()).toEqual(['action_required', 'held']);
    expect(pledgeStatusesAccepting('refunded').sort()).toEqual(['held', 'settled']);
  });
});
