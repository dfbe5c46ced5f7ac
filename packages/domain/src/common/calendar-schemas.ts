import { z } from 'zod';
import type { IsoDate } from './calendar';
import { issueParams } from './field-errors';

// The zod schemas for dates, apart from calendar.ts so its pure helpers load without zod
// (@crowdstake/domain/core).

const YEAR_MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

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
