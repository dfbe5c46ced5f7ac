import { currencyExponent, type CurrencyCode } from '../money/currency';

/**
 * Ratios of money for the risk factors (debt to revenue, goal to revenue),
 * compared and scaled in BigInt so that no amount up to 2^53 − 1 loses a
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
 * Points on a straight line: `maxPoints` when amount ÷ base is at most
 * `full`, 0 from `zero` on, in between proportionally, rounded half up.
 * With x = a/b, full = fn/fd and zero = zn/zd the share of points is
 * (zero − x) ÷ (zero − full) = (zn·b − a·zd)·fd ÷ (b·(zn·fd − fn·zd)).
 */
export function pointsOnSlope(maxPoints: number, amount: number, base: number, full: Fraction, zero: Fraction): number {
  const [fn, fd] = full.map(big) as [bigint, bigint];
  const [zn, zd] = zero.map(big) as [bigint, bigint];
  const a = big(amount);
  const b = big(base);
  const numerator = big(maxPoints) * (zn * b - a * zd) * fd;
  const denominator = b * (zn * fd - fn * zd);
  if (denominator <= 0n)
    throw new RangeError('the zero-point ratio must lie above the full-point ratio, over a positive base');
  if (numerator <= 0n) return 0;
  const points = (2n * numerator + denominator) / (2n * denominator); // half up
  return Math.min(maxPoints, Number(points));
}

/** amount ÷ base as a whole percentage for people ("45%", "less than 1%"), half up. */
export function percentOf(amount: number, base: number): string {
  const a = big(amount);
  const b = big(base);
  const percent = (200n * a + b) / (2n * b);
  if (percent === 0n && a > 0n) return 'less than 1%';
  return `${percent}%`;
}
