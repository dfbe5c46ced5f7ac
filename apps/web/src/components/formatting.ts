import { currencyExponent, formatMoney, type CurrencyCode } from '@crowdstake/domain/core';

/**
 * The web's one way of writing amounts, instants and file sizes for people, in their language's
 * format (components/money.tsx gives React the amount for the current language).
 */

/** An amount of minor units without needless cents: "$100,000" for a whole amount, "$12.50" otherwise. */
export function formatAmount(amountMinor: number, currency: CurrencyCode, locale: string): string {
  return formatMoney(amountMinor, currency, locale, { cents: 'when-needed' });
}

/**
 * A formatter for amounts read side by side (a table's columns): with cents on every one if any
 * of them has cents, so "$4.00" stands above "$3.94" rather than "$4", and without when none does.
 */
export function amountsFormatter(
  amountsMinor: readonly number[],
  currency: CurrencyCode,
  locale: string,
): (amountMinor: number) => string {
  const unit = 10 ** currencyExponent(currency);
  const cents = amountsMinor.some((amountMinor) => amountMinor % unit !== 0) ? 'always' : 'when-needed';
  return (amountMinor) => formatMoney(amountMinor, currency, locale, { cents });
}

/**
 * An instant (a deadline, a start, when something happened) in the reader's time zone, with the
 * zone named, so "18:00" is never ambiguous: "30 Nov 2026, 18:00 GMT+8" / "2026年11月30日 GMT+8 18:00".
 */
export function formatInstant(instant: string | Date, locale: string, timeZone?: string): string {
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
    timeZone,
  }).format(new Date(instant));
}

/**
 * A file's size for people: "820 B", "240 kB", "3.4 MB" (binary multiples, as upload limits are
 * set: 10 MB is 10 × 1024 × 1024 bytes), at most one decimal, in the reader's number format.
 */
export function formatFileSize(bytes: number, locale: string): string {
  // Intl says "820 byte" in English; "B" matches "kB" and "MB" beside it.
  if (bytes < 1024) return `${new Intl.NumberFormat(locale).format(bytes)} B`;
  const [unit, size] = bytes >= 1024 * 1024 ? (['megabyte', 1024 * 1024] as const) : (['kilobyte', 1024] as const);
  return new Intl.NumberFormat(locale, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: 1 }).format(
    bytes / size,
  );
}
