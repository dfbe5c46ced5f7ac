import { currencyExponent, type CurrencyCode } from '../money/currency';

/**
 * Ratios of money for the risk factors (debt to revenue, goal to revenue),
 * compared in BigInt so that no amount up to 2^53 − 1 loses a
 * cent. A ratio threshold is written as a fraction `[numerator, denominator]`.
 */
export type Fraction = readonly [numerator: number, denominator: number];

function big(value: number): bigint {
  return BigInt(value);
}

/** amount ÷ base ≤ n ÷ d, exactly. `base` must be positive. */
export function ratioAtMost(amount: number, base: number, [n, d]: Fraction): boolean {
  return big(amount) * big(d) <= big(base) * big(n);
}

/** Whether an amount in minor units reaches a figure given in major units of its currency. */
export function amountAtLeast(amountMinor: number, major: number, currency: CurrencyCode): boolean {
  return big(amountMinor) >= big(major) * 10n ** big(currencyExponent(currency));
}

/**
 * amount ÷ base as a whole percentage, half up; 0 means "less than 1%" when
 * the amount is not 0 (a positive amount is never written as none at all).
 */
export function wholePercent(amount: number, base: number): number {
  const a = big(amount);
  const b = big(base);
  return Number((200n * a + b) / (2n * b));
}
