import { bondScheduleForUnits } from '@crowdstake/domain/core';
import {
  bpsAsFraction,
  campaignPhase,
  clampCount,
  formatBps,
  formatCalendarDate,
  formatYearMonth,
  repaymentAnchor,
  scheduleTotals,
} from './plain-terms';

describe('bpsAsFraction and formatBps', () => {
  it('writes basis points as an exact decimal fraction', () => {
    expect(bpsAsFraction(650)).toBe('0.0650');
    expect(bpsAsFraction(5)).toBe('0.0005');
    expect(bpsAsFraction(10_000)).toBe('1.0000');
    expect(bpsAsFraction(12_345)).toBe('1.2345');
    expect(bpsAsFraction(-40)).toBe('-0.0040');
  });

  it('formats a rate with two decimals in the reader’s language', () => {
    expect(formatBps(650, 'en')).toBe('6.50%');
    expect(formatBps(1, 'en')).toBe('0.01%');
    expect(formatBps(2_857, 'zh-CN')).toBe('28.57%');
  });
});

describe('dates in plain words', () => {
  it('keeps a calendar day and a month on their own day, whatever the time zone', () => {
    expect(formatCalendarDate('2027-03-31', 'en')).toBe('Mar 31, 2027');
    expect(formatYearMonth('2027-03', 'en')).toBe('March 2027');
    expect(formatYearMonth('2027-03', 'zh-CN')).toBe('2027年3月');
  });

  it('anchors the repayment schedule on the deadline’s day, so the first instalment is a month later', () => {
    expect(repaymentAnchor('2026-05-31T22:00:00.000Z')).toBe('2026-05-31');
    const schedule = bondScheduleForUnits(
      { annualRateBps: 650, termMonths: 3, repayment: 'bullet', denomination: 10_000 },
      2,
      repaymentAnchor('2026-01-31T12:00:00Z'),
    );
    expect(schedule.map((instalment) => instalment.dueOn)).toEqual(['2026-02-28', '2026-03-31', '2026-04-30']);
  });
});

describe('scheduleTotals', () => {
  it('sums every column to the cent, the principal back to what was lent', () => {
    const schedule = bondScheduleForUnits(
      { annualRateBps: 650, termMonths: 24, repayment: 'amortizing', denomination: 10_000 },
      3,
      '2026-06-15',
    );
    const totals = scheduleTotals(schedule);
    expect(totals.principal).toBe(30_000);
    expect(totals.total).toBe(totals.principal + totals.interest);
    expect(totals.interest).toBe(schedule.reduce((sum, instalment) => sum + instalment.interest, 0));
  });

  it('is zero for no instalments', () => {
    expect(scheduleTotals([])).toEqual({ principal: 0, interest: 0, total: 0 });
  });
});

describe('clampCount', () => {
  it('keeps whole numbers within the offering', () => {
    expect(clampCount(5, 1, 10)).toBe(5);
    expect(clampCount(0, 1, 10)).toBe(1);
    expect(clampCount(11, 1, 10)).toBe(10);
    expect(clampCount(2.7, 1, 10)).toBe(2);
  });

  it('falls back to the minimum for an empty or unreadable field', () => {
    expect(clampCount('', 3, 10)).toBe(3);
    expect(clampCount('abc', 3, 10)).toBe(3);
    expect(clampCount('7', 3, 10)).toBe(7);
  });
});

describe('campaignPhase', () => {
  const now = new Date('2026-03-01T12:00:00Z');
  const times = { startsAt: '2026-03-05T00:00:00Z', endsAt: '2026-04-05T00:00:00Z' };

  it('reads an approved campaign as coming soon and a live one with its days left', () => {
    expect(campaignPhase({ ...times, status: 'approved' }, now)).toEqual({
      kind: 'coming_soon',
      startsAt: times.startsAt,
    });
    expect(campaignPhase({ ...times, status: 'live' }, now)).toEqual({
      kind: 'live',
      left: { kind: 'days', days: 34 },
    });
  });

  it('names finished campaigns and the statuses only founders and reviewers see', () => {
    expect(campaignPhase({ ...times, status: 'failed' }, now)).toEqual({ kind: 'failed', endsAt: times.endsAt });
    expect(campaignPhase({ ...times, status: 'changes_requested' }, now)).toEqual({
      kind: 'not_public',
      status: 'changes_requested',
    });
  });
});
