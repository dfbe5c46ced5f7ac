import { formatFileSize, formatInstant } from '../../components/formatting';

/** Units for "3 days ago", largest first, with how many seconds each holds. */
const UNITS: readonly [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600],
  ['month', 30 * 24 * 3600],
  ['week', 7 * 24 * 3600],
  ['day', 24 * 3600],
  ['hour', 3600],
  ['minute', 60],
];

/**
 * "3 days ago" in the reader's language: how long a campaign has waited matters more to a
 * reviewer than its date. Under a minute reads "now".
 */
export function timeAgo(at: string | Date, now: Date, locale: string): string {
  const seconds = Math.round((new Date(at).getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: 'auto' });
  for (const [unit, size] of UNITS) {
    if (Math.abs(seconds) >= size) return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, 'second');
}

export function formatDate(at: string | Date, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium' }).format(new Date(at));
}

/** An instant with its time zone named (components/formatting.ts). */
export function formatDateTime(at: string | Date, locale: string): string {
  return formatInstant(at, locale);
}

/** A calendar date (`YYYY-MM-DD`) as written, without a time zone shifting it to the day before. */
export function formatCalendarDate(isoDate: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(
    new Date(`${isoDate}T00:00:00Z`),
  );
}

export type DebtRatio = { kind: 'none' } | { kind: 'no_revenue' } | { kind: 'ratio'; tenthsOfPercent: bigint };

/**
 * Debt against annual revenue, both in minor units of one currency, to a tenth of a percent
 * rounded half up. Computed in BigInt so large amounts lose nothing.
 */
export function debtRatio(totalDebtMinor: number, annualRevenueMinor: number): DebtRatio {
  if (totalDebtMinor === 0) return { kind: 'none' };
  if (annualRevenueMinor === 0) return { kind: 'no_revenue' };
  const debt = BigInt(totalDebtMinor);
  const revenue = BigInt(annualRevenueMinor);
  return { kind: 'ratio', tenthsOfPercent: (2000n * debt + revenue) / (2n * revenue) };
}

/** A ratio from `debtRatio` as "45.5%" or "45,5 %", in the reader's language. */
export function formatTenthsOfPercent(tenths: bigint, locale: string): string {
  // The ratio is already rounded in BigInt; only its display goes through a number.
  return new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 }).format(Number(tenths) / 1000);
}

/** One format for file sizes everywhere (components/formatting.ts). */
export { formatFileSize };

/** "a, b and c" in the reader's language ("a、b和c" in Chinese). */
export function formatList(items: readonly string[], locale: string): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}
