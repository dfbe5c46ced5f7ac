/**
 * Calendar dates travel as ISO 8601 text: a day is `YYYY-MM-DD`, a month
 * `YYYY-MM`. Business dates (founding, due dates, delivery months) are plain
 * calendar days with no time zone; instants (a campaign's start and deadline)
 * carry an offset and are compared in UTC.
 */
export type IsoDate = string;
export type YearMonth = string;

const ISO_DATE_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;
export const MS_PER_DAY = 86_400_000;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isLeapYear(year: number): boolean {
  return year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
}

/** A real calendar day (`2024-02-29` yes, `2023-02-29` no), without zod so the light entry stays small. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE_PARTS.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  if (month < 1 || month > 12 || day < 1) return false;
  return day <= (month === 2 && isLeapYear(year) ? 29 : (MONTH_DAYS[month - 1] ?? 0));
}

/** The UTC calendar day of an instant. */
export function utcDateOf(instant: Date): IsoDate {
  return instant.toISOString().slice(0, 10);
}

/** The UTC calendar month of an instant. */
export function utcMonthOf(instant: Date): YearMonth {
  return instant.toISOString().slice(0, 7);
}

function partsOf(date: IsoDate): { year: number; month: number; day: number } {
  const match = ISO_DATE_PARTS.exec(date);
  if (!match || !isIsoDate(date)) throw new RangeError(`not a calendar date: ${date}`);
  return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
}

function daysInMonth(year: number, monthIndex: number): number {
  // Day 0 of the next month is the last day of this one.
  return new Date(Date.UTC(year, monthIndex + 1, 0)).getUTCDate();
}

function formatDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * The same day of the month `months` later, clamped to the month's last day
 * (Jan 31 + 1 month → Feb 28 or 29). Always counted from the anchor, never
 * chained, so a schedule anchored on the 31st returns to the 31st in March.
 */
export function addMonthsClamped(anchor: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`months must be a whole number, got ${months}`);
  const { year, month, day } = partsOf(anchor);
  const monthIndex = month - 1 + months;
  const targetYear = year + Math.floor(monthIndex / 12);
  const targetMonthIndex = ((monthIndex % 12) + 12) % 12;
  return formatDate(targetYear, targetMonthIndex + 1, Math.min(day, daysInMonth(targetYear, targetMonthIndex)));
}

/** Whole months from one day to a later one, like an age: 2021-01-15 → 2021-03-14 is 1 month. */
export function fullMonthsBetween(from: IsoDate, to: IsoDate): number {
  const a = partsOf(from);
  const b = partsOf(to);
  return (b.year - a.year) * 12 + (b.month - a.month) - (b.day < a.day ? 1 : 0);
}

/** Exact days of 24 hours between two instants (fractional). */
export function daysBetween(start: Date, end: Date): number {
  return (end.getTime() - start.getTime()) / MS_PER_DAY;
}

/**
 * The latest calendar day anywhere on Earth at an instant (UTC+14), so that
 * "not in the future" accepts today's date for a founder in any time zone.
 */
export function latestCalendarDateAt(instant: Date): IsoDate {
  return utcDateOf(new Date(instant.getTime() + 14 * 3_600_000));
}
