import {
  addMonthsClamped,
  daysBetween,
  fullMonthsBetween,
  isIsoDate,
  isoDateTimeSchema,
  latestCalendarDateAt,
  utcDateOf,
  utcMonthOf,
  yearMonthSchema,
} from './index';

describe('calendar', () => {
  it('knows real days', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2023-04-31')).toBe(false);
    expect(isIsoDate('2023-4-30')).toBe(false);
  });

  it('reads months and instants strictly', () => {
    const month = yearMonthSchema('Month');
    expect(['2025-01', '2025-12'].map((m) => month.safeParse(m).success)).toEqual([true, true]);
    expect(['2025-00', '2025-13', '2025-1', '2025-01-01'].map((m) => month.safeParse(m).success)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    const instant = isoDateTimeSchema('Start');
    expect(instant.safeParse('2025-01-01T00:00:00+05:30').success).toBe(true);
    expect(instant.safeParse('2025-01-01T00:00:00').success).toBe(false);
  });

  it('takes the UTC day and month of an instant', () => {
    const instant = new Date('2025-07-31T23:30:00-02:00');
    expect(utcDateOf(instant)).toBe('2025-08-01');
    expect(utcMonthOf(instant)).toBe('2025-08');
  });

  it('adds months from the anchor, clamping to the month end', () => {
    expect(addMonthsClamped('2025-01-31', 1)).toBe('2025-02-28');
    expect(addMonthsClamped('2024-01-31', 1)).toBe('2024-02-29');
    expect(addMonthsClamped('2025-01-31', 2)).toBe('2025-03-31');
    expect(addMonthsClamped('2025-12-15', 1)).toBe('2026-01-15');
    expect(addMonthsClamped('2025-03-15', -3)).toBe('2024-12-15');
    expect(addMonthsClamped('2025-03-15', 0)).toBe('2025-03-15');
    expect(() => addMonthsClamped('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addMonthsClamped('2025-01-01', 1.5)).toThrow(RangeError);
  });

  it('counts whole months like an age', () => {
    expect(fullMonthsBetween('2021-01-15', '2021-03-14')).toBe(1);
    expect(fullMonthsBetween('2021-01-15', '2021-03-15')).toBe(2);
    expect(fullMonthsBetween('2020-06-15', '2025-06-15')).toBe(60);
    expect(fullMonthsBetween('2025-06-16', '2025-06-15')).toBe(-1);
  });

  it('measures days of 24 hours and the latest date on Earth', () => {
    expect(daysBetween(new Date('2025-01-01T00:00:00Z'), new Date('2025-01-08T12:00:00Z'))).toBe(7.5);
    expect(latestCalendarDateAt(new Date('2025-06-15T09:59:59Z'))).toBe('2025-06-15');
    expect(latestCalendarDateAt(new Date('2025-06-15T10:00:00Z'))).toBe('2025-06-16');
  });
});
