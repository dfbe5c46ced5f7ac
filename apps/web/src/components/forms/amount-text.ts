import {
  BPS_DENOMINATOR,
  currencyExponent,
  formatMinorAsDecimal,
  MAX_MINOR,
  type CurrencyCode,
} from '@crowdstake/domain/core';

/**
 * Founders type amounts in major units ("1,250.50" dollars) and rates in percent ("6.5"); the API
 * takes integers of minor units and basis points. These conversions work on the digits as text
 * and BigInt, never on floats: 0.1 + 0.2 must not decide what a backer owes.
 */

export type TextToIntegerResult =
  { ok: true; value: number } | { ok: false; problem: 'empty' | 'format' | 'precision' | 'too_large' };

/** Grouping marks people type out of habit; the decimal mark is always a dot (as in en and zh-CN). */
const GROUPING = /[,\s_'’]/g;
const DECIMAL = /^(\d+)(?:\.(\d*))?$|^\.(\d+)$/;

/** A non-negative decimal with at most `decimals` places, scaled to an integer (`"6.5"`, 2 → 650). */
export function parseScaledDecimal(text: string, decimals: number): TextToIntegerResult {
  const cleaned = text.trim().replace(GROUPING, '');
  if (cleaned === '') return { ok: false, problem: 'empty' };
  const match = DECIMAL.exec(cleaned);
  if (!match) return { ok: false, problem: 'format' };
  const whole = match[1] ?? '0';
  const fraction = (match[2] ?? match[3] ?? '').replace(/0+$/, '');
  if (fraction.length > decimals) return { ok: false, problem: 'precision' };
  const scaled = BigInt(whole) * 10n ** BigInt(decimals) + BigInt(fraction.padEnd(decimals, '0') || '0');
  if (scaled > BigInt(MAX_MINOR)) return { ok: false, problem: 'too_large' };
  return { ok: true, value: Number(scaled) };
}

/** "1,250.50" USD → 125050; "1200" JPY → 1200. */
export function parseMajorAmount(text: string, currency: CurrencyCode): TextToIntegerResult {
  return parseScaledDecimal(text, currencyExponent(currency));
}

/** 125050 USD → "1250.50": what the field shows when a saved draft is opened again. */
export function minorToMajorText(amountMinor: number, currency: CurrencyCode): string {
  return formatMinorAsDecimal(amountMinor, currency);
}

/** Percent with up to two decimals, as basis points: "6.5" → 650, "12.25" → 1225. */
export function parsePercentAsBps(text: string): TextToIntegerResult {
  return parseScaledDecimal(text, 2);
}

/** 650 → "6.5", 1000 → "10": the shortest text that parses back to the same basis points. */
export function bpsToPercentText(bps: number): string {
  const whole = Math.trunc(bps / 100);
  const fraction = String(bps % 100)
    .padStart(2, '0')
    .replace(/0+$/, '');
  return fraction ? `${whole}.${fraction}` : String(whole);
}

/** A count of units, shares or people: digits only (grouping marks allowed). */
export function parseWholeNumber(text: string): TextToIntegerResult {
  return parseScaledDecimal(text, 0);
}

/** Whether milestone shares (basis points) make up the whole amount raised. */
export function sharesMakeWhole(sharesBps: readonly number[]): boolean {
  return sharesBps.reduce((sum, share) => sum + share, 0) === BPS_DENOMINATOR;
}
