import { z } from 'zod';
import { issueParams } from './field-errors';

/**
 * Calendar dates travel as ISO 8601 text: a day is `YYYY-MM-DD`, a month
 * `YYYY-MM`. Business dates (founding, due dates, delivery months) are plain
 * calendar days with no time zone; instants (a campaign's start and deadline)
 * carry an offset and are compared in UTC.
 */
export type IsoDate = string;
export type YearMonth = string;

const YEAR_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const ISO_DATE_PARTS = /^(\d{4})-(\d{2})-(\d{2})$/;
export const MS_PER_DAY = 86_400_000;

export interface DateBounds {
  /** The earliest day allowed, inclusive. */
  min?: IsoDate;
}

/**
 * A real calendar day (`2024-02-29` yes, `2023-02-29` no), not before
 * `min`. Bounds that need the clock ("not in the future") are checked where
 * the platform's time is known (the API's clock, the web's form).
 */
export const isoDateSchema = (what: string, { min }: DateBounds = {}) => {
  const day = z.iso.date({ error: `${what} must be a date like 2025-03-31.` });
  if (min === undefined) return day;
  return day.refine((date) => date >= min, {
    message: `${what} must be on or after ${min}.`,
    params: issueParams('too_early', { minimum: min }),
  });
};

export const yearMonthSchema = (what: string) =>
  z
    .string({ error: `${what} must be a month like 2025-03.` })
    .regex(YEAR_MONTH_PATTERN, `${what} must be a month like 2025-03.`);

/** An instant with an explicit offset or Z, so that no server's local time zone can shift it. */
export const isoDateTimeSchema = (what: string) =>
  z.iso.datetime({
    offset: true,
    error: `${what} must be a date and time with a time zone, like 2025-03-31T12:00:00Z.`,
  });

export function isIsoDate(value: string): boolean {
  return isoDateSchema('date').safeParse(value).success;
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
