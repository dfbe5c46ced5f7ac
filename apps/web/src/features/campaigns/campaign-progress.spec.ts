import { fundedPercent, timeLeft } from './campaign-progress';

describe('fundedPercent', () => {
  it('rounds down, so a campaign is 100% only when the goal is met', () => {
    expect(fundedPercent(99_999, 100_000)).toBe(99);
    expect(fundedPercent(100_000, 100_000)).toBe(100);
    expect(fundedPercent(250_000, 100_000)).toBe(250);
  });

  it('stays exact near the largest safe amount', () => {
    expect(fundedPercent(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)).toBe(100);
  });

  it('is 0 for a goal of 0 rather than dividing by zero', () => {
    expect(fundedPercent(5, 0)).toBe(0);
  });
});

describe('timeLeft', () => {
  const now = new Date('2026-03-01T12:00:00Z');

  it('counts whole days left', () => {
    expect(timeLeft('2026-03-11T12:00:01Z', now)).toEqual({ kind: 'days', days: 10 });
  });

  it('says today in the last 24 hours and ended after', () => {
    expect(timeLeft('2026-03-02T11:00:00Z', now)).toEqual({ kind: 'today' });
    expect(timeLeft('2026-03-01T12:00:00Z', now)).toEqual({ kind: 'ended' });
    expect(timeLeft('not a date', now)).toEqual({ kind: 'ended' });
  });
});
