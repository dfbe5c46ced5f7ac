import {
  addMinor,
  BPS_DENOMINATOR,
  type BondInstalment,
  type CampaignStatus,
  type IsoDate,
  utcDateOf,
} from '@crowdstake/domain/core';
import { timeLeft, type TimeLeft } from '../campaign-progress';

/**
 * Basis points as a decimal fraction in text ("650" → "0.0650"), so Intl can format a percentage
 * without a float ever standing in for the figure (6.5% is not exactly representable in binary).
 */
export function bpsAsFraction(bps: number): string {
  if (!Number.isSafeInteger(bps)) throw new RangeError(`basis points must be a whole number, got ${bps}`);
  const sign = bps < 0 ? '-' : '';
  const magnitude = Math.abs(bps);
  const whole = Math.floor(magnitude / BPS_DENOMINATOR);
  const fraction = String(magnitude % BPS_DENOMINATOR).padStart(4, '0');
  return `${sign}${whole}.${fraction}`;
}

/** "6.50%" in English, "6.50%" in Chinese; two decimals because basis points have two. */
export function formatBps(bps: number, locale: string): string {
  const format = new Intl.NumberFormat(locale, {
    style: 'percent',
    minimumFractionDigits: 2,
    maximumFractionDigits: 2,
  });
  // Intl formats a decimal string exactly; the cast is only because the DOM types predate that.
  return format.format(bpsAsFraction(bps) as unknown as number);
}

/** A calendar day (`2027-03-31`) for people; UTC so that no reader's time zone moves the day. */
export function formatCalendarDate(date: IsoDate, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${date}T00:00:00Z`),
  );
}

/** A delivery month (`2027-03`) as "March 2027" / "2027年3月". */
export function formatYearMonth(month: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { year: 'numeric', month: 'long', timeZone: 'UTC' }).format(
    new Date(`${month}-01T00:00:00Z`),
  );
}

/** An instant (a start or deadline) in the reader's own time zone, with the time and the zone named. */
export { formatInstant } from '../../../components/formatting';

/**
 * The day a backer's repayment schedule counts from. The domain's schedule puts instalment k
 * k months after this day, so anchoring on the deadline's day makes the first one fall due a
 * month after the campaign closes (the real schedule starts when funds are released).
 */
export function repaymentAnchor(endsAt: string): IsoDate {
  return utcDateOf(new Date(endsAt));
}

export interface ScheduleTotals {
  principal: number;
  interest: number;
  total: number;
}

/** The totals row of a repayment table, summed exactly (addMinor refuses to overflow). */
export function scheduleTotals(instalments: readonly BondInstalment[]): ScheduleTotals {
  return {
    principal: addMinor(0, ...instalments.map((instalment) => instalment.principal)),
    interest: addMinor(0, ...instalments.map((instalment) => instalment.interest)),
    total: addMinor(0, ...instalments.map((instalment) => instalment.total)),
  };
}

/**
 * A count typed into a calculator, kept to whole numbers within what the offering allows; an
 * empty or unreadable field falls back to the minimum so the table below never goes blank.
 */
export function clampCount(value: number | string, min: number, max: number): number {
  const number = typeof value === 'number' ? value : Number(value);
  if (!Number.isFinite(number)) return min;
  return Math.min(Math.max(Math.floor(number), min), Math.max(min, max));
}

/** Where a campaign stands, as a backer reads it (the statuses before approval only show in preview and review). */
export type CampaignPhase =
  | { kind: 'coming_soon'; startsAt: string }
  | { kind: 'live'; left: TimeLeft }
  | { kind: 'succeeded' | 'failed' | 'cancelled'; endsAt: string }
  | { kind: 'not_public'; status: Exclude<CampaignStatus, 'approved' | 'live' | 'succeeded' | 'failed' | 'cancelled'> };

export function campaignPhase(
  campaign: { status: CampaignStatus; startsAt: string; endsAt: string },
  now: Date,
): CampaignPhase {
  switch (campaign.status) {
    case 'approved':
      return { kind: 'coming_soon', startsAt: campaign.startsAt };
    case 'live':
      return { kind: 'live', left: timeLeft(campaign.endsAt, now) };
    case 'succeeded':
    case 'failed':
    case 'cancelled':
      return { kind: campaign.status, endsAt: campaign.endsAt };
    default:
      return { kind: 'not_public', status: campaign.status };
  }
}
