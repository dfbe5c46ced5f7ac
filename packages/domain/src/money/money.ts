import { currencyExponent, type CurrencyCode } from './currency';

/**
 * Money is an integer number of minor units (cents) and a currency. JSON
 * carries it as a plain number, so every amount must stay a safe integer
 * (|n| <= 2^53 - 1); arithmetic that multiplies goes through BigInt so that
 * intermediate products never lose precision.
 */
export interface Money {
  amountMinor: number;
  currency: CurrencyCode;
}

export const MAX_MINOR = Number.MAX_SAFE_INTEGER;

export class MoneyError extends Error {}

export function assertMinor(value: number, what = 'amount'): number {
  if (!Number.isSafeInteger(value)) {
    throw new MoneyError(`${what} must be a safe integer number of minor units, got ${value}`);
  }
  return value;
}

function toSafeNumber(value: bigint, what: string): number {
  if (value > BigInt(MAX_MINOR) || value < -BigInt(MAX_MINOR)) {
    throw new MoneyError(`${what} overflows the safe integer range`);
  }
  return Number(value);
}

export function addMinor(...amounts: number[]): number {
  let sum = 0n;
  for (const amount of amounts) sum += BigInt(assertMinor(amount));
  return toSafeNumber(sum, 'sum');
}

/**
 * a × b ÷ c rounded half up (away from zero on exact halves of a positive
 * result), exact for any safe-integer inputs. c must be positive.
 */
export function mulDivHalfUp(a: number, b: number, c: number): number {
  assertMinor(a, 'a');
  assertMinor(b, 'b');
  assertMinor(c, 'c');
  if (c <= 0) throw new MoneyError('divisor must be positive');
  const product = BigInt(a) * BigInt(b);
  const divisor = BigInt(c);
  const negative = product < 0n;
  const magnitude = negative ? -product : product;
  let quotient = magnitude / divisor;
  if ((magnitude % divisor) * 2n >= divisor) quotient += 1n;
  return toSafeNumber(negative ? -quotient : quotient, 'product');
}

/**
 * a × b exactly (for example units × denomination, shares × price per share);
 * throws a MoneyError rather than return a product that JSON cannot carry.
 */
export function mulMinor(a: number, b: number): number {
  assertMinor(a, 'a');
  assertMinor(b, 'b');
  return toSafeNumber(BigInt(a) * BigInt(b), 'product');
}

/** a × b ÷ c rounded down (toward zero); used where a share may never exceed its bound. */
export function mulDivFloor(a: number, b: number, c: number): number {
  assertMinor(a, 'a');
  assertMinor(b, 'b');
  assertMinor(c, 'c');
  if (c <= 0) throw new MoneyError('divisor must be positive');
  return toSafeNumber((BigInt(a) * BigInt(b)) / BigInt(c), 'product');
}

/** Basis points: 10000 bps = 100%. */
export const BPS_DENOMINATOR = 10_000;

/**
 * A percentage fee of an amount, in basis points, rounded half up to the
 * minor unit. This is the platform's stated rounding rule for fees: the fee
 * is computed once on a campaign's total, never summed from per-pledge fees.
 */
export function percentageFee(amountMinor: number, feeBps: number): number {
  if (!Number.isInteger(feeBps) || feeBps < 0 || feeBps > BPS_DENOMINATOR) {
    throw new MoneyError(`fee must be 0..${BPS_DENOMINATOR} basis points, got ${feeBps}`);
  }
  if (amountMinor < 0) throw new MoneyError('fee base must not be negative');
  return mulDivHalfUp(amountMinor, feeBps, BPS_DENOMINATOR);
}

/**
 * Splits a total into parts proportional to the weights without losing or
 * inventing a cent (largest remainder method). Each part first gets the floor
 * of its exact share; the cents left over go one each to the parts with the
 * largest remainders, ties to the earliest (lowest index). Weights are
 * non-negative integers (for example pledge amounts, units or basis points).
 */
export function allocate(totalMinor: number, weights: readonly number[]): number[] {
  assertMinor(totalMinor, 'total');
  if (totalMinor < 0) throw new MoneyError('total must not be negative');
  if (weights.length === 0) {
    if (totalMinor === 0) return [];
    throw new MoneyError('cannot allocate a non-zero total over no parts');
  }
  let weightSum = 0n;
  for (const weight of weights) {
    assertMinor(weight, 'weight');
    if (weight < 0) throw new MoneyError('weights must not be negative');
    weightSum += BigInt(weight);
  }
  if (weightSum === 0n) throw new MoneyError('weights must not all be zero');

  const total = BigInt(totalMinor);
  const parts: bigint[] = [];
  const remainders: { index: number; remainder: bigint }[] = [];
  let allocated = 0n;
  weights.forEach((weight, index) => {
    const exact = total * BigInt(weight);
    const part = exact / weightSum;
    parts.push(part);
    remainders.push({ index, remainder: exact % weightSum });
    allocated += part;
  });

  let leftover = total - allocated; // always < number of parts
  remainders.sort((a, b) => (a.remainder === b.remainder ? a.index - b.index : a.remainder > b.remainder ? -1 : 1));
  for (const { index } of remainders) {
    if (leftover === 0n) break;
    parts[index] = (parts[index] as bigint) + 1n;
    leftover -= 1n;
  }
  return parts.map((part) => Number(part));
}

/** Converts minor units to a decimal string in major units ("1234" USD → "12.34"), for display and CSV. */
export function formatMinorAsDecimal(amountMinor: number, currency: CurrencyCode): string {
  assertMinor(amountMinor);
  const exponent = currencyExponent(currency);
  const negative = amountMinor < 0;
  const digits = Math.abs(amountMinor)
    .toString()
    .padStart(exponent + 1, '0');
  const whole = exponent === 0 ? digits : digits.slice(0, -exponent);
  const fraction = exponent === 0 ? '' : `.${digits.slice(-exponent)}`;
  return `${negative ? '-' : ''}${whole}${fraction}`;
}

export interface FormatMoneyOptions {
  /**
   * `always` (the default) writes every minor digit ("$100,000.00"), as statements and the API's
   * sentences do; `when-needed` drops them from a whole amount ("$100,000") and keeps them on
   * any other ("$12.50"), as people write prices and goals.
   */
  cents?: 'always' | 'when-needed';
}

/** Formats an amount for people, in their locale ("$12.34", "US$12.34", "¥1,200"). */
export function formatMoney(
  amountMinor: number,
  currency: CurrencyCode,
  locale = 'en',
  { cents = 'always' }: FormatMoneyOptions = {},
): string {
  const exponent = currencyExponent(currency);
  // Intl takes a decimal string, so no floating-point division of the amount happens here.
  const decimal = formatMinorAsDecimal(amountMinor, currency);
  const whole = exponent > 0 && amountMinor % 10 ** exponent === 0;
  const digits = cents === 'when-needed' && whole ? 0 : exponent;
  return new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
  }).format(decimal as unknown as number);
}
