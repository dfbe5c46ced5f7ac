import { debtRatio, formatCalendarDate, formatTenthsOfPercent, timeAgo } from './review-figures';

describe('timeAgo', () => {
  const now = new Date('2025-06-10T12:00:00Z');

  it('says how long ago in the largest whole unit', () => {
    expect(timeAgo('2025-06-07T11:00:00Z', now, 'en')).toBe('3 days ago');
    expect(timeAgo('2025-06-09T12:00:00Z', now, 'en')).toBe('yesterday');
    expect(timeAgo('2025-06-10T09:30:00Z', now, 'en')).toBe('2 hours ago');
    expect(timeAgo('2025-06-10T11:59:40Z', now, 'en')).toBe('now');
    expect(timeAgo('2025-04-01T12:00:00Z', now, 'en')).toBe('2 months ago');
  });

  it('speaks the reader’s language', () => {
    expect(timeAgo('2025-06-07T11:00:00Z', now, 'zh-CN')).toBe('3天前');
  });
});

describe('debtRatio', () => {
  it('rounds half up to a tenth of a percent without losing cents on large amounts', () => {
    expect(debtRatio(45_50, 100_00)).toEqual({ kind: 'ratio', tenthsOfPercent: 455n });
    expect(debtRatio(1, 3)).toEqual({ kind: 'ratio', tenthsOfPercent: 333n });
    expect(debtRatio(2, 3)).toEqual({ kind: 'ratio', tenthsOfPercent: 667n });
    expect(debtRatio(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1)).toEqual({
      kind: 'ratio',
      tenthsOfPercent: 1000n,
    });
  });

  it('names the cases a ratio cannot describe', () => {
    expect(debtRatio(0, 0)).toEqual({ kind: 'none' });
    expect(debtRatio(500, 0)).toEqual({ kind: 'no_revenue' });
  });

  it('formats the ratio for people', () => {
    expect(formatTenthsOfPercent(455n, 'en')).toBe('45.5%');
    expect(formatTenthsOfPercent(2000n, 'en')).toBe('200%');
  });
});

describe('formatCalendarDate', () => {
  it('keeps the calendar day whatever the time zone', () => {
    expect(formatCalendarDate('2024-01-01', 'en')).toBe('Jan 1, 2024');
  });
});
