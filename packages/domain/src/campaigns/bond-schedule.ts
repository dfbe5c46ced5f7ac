import { addMonthsClamped, isIsoDate, type IsoDate } from '../common/calendar';
import { assertMinor, MAX_MINOR, MoneyError, mulMinor } from '../money/money';
import type { BondRepayment, BondTerms } from './campaign-terms';

export interface BondInstalment {
  /** 1-based. */
  number: number;
  dueOn: IsoDate;
  principal: number;
  interest: number;
  total: number;
  /** Principal still owed once this instalment is paid; 0 after the last. */
  balanceAfter: number;
}

export interface BondScheduleRequest {
  principal: number;
  annualRateBps: number;
  termMonths: number;
  repayment: BondRepayment;
  /**
   * The day the schedule counts from (typically when the funds are
   * released): instalment k falls due k months later, on the same day of the
   * month or the month's last day.
   */
  firstDueOn: IsoDate;
}

/** A year of 12 months at a rate in basis points: monthly interest = balance × bps ÷ 120000. */
const MONTHLY_RATE_DENOMINATOR = 12n * 10_000n;

/** One month's interest on a balance, rounded half up to the minor unit, exactly. */
function monthlyInterest(balance: bigint, annualRateBps: bigint): bigint {
  return (balance * annualRateBps + MONTHLY_RATE_DENOMINATOR / 2n) / MONTHLY_RATE_DENOMINATOR;
}

/** Whether paying `payment` every month clears the balance within the term (overpaying the last month allowed). */
function retiresWithin(principal: bigint, annualRateBps: bigint, termMonths: number, payment: bigint): boolean {
  let balance = principal;
  for (let month = 1; month <= termMonths; month += 1) {
    balance = balance + monthlyInterest(balance, annualRateBps) - payment;
    if (balance <= 0n) return true;
  }
  return false;
}

/**
 * The smallest whole payment that retires the loan within the term, by
 * bisection over exact simulations. The balance after each month only grows
 * with the previous balance and falls with the payment, so "retires" is
 * monotone in the payment and bisection finds its threshold exactly — no
 * floating-point annuity formula decides a cent.
 */
export function levelPayment(principal: number, annualRateBps: number, termMonths: number): number {
  assertLoan(principal, annualRateBps, termMonths);
  const balance = BigInt(principal);
  const rate = BigInt(annualRateBps);
  if (balance === 0n) return 0;
  let tooSmall = 0n; // paying nothing never retires a positive balance
  let enough = balance + monthlyInterest(balance, rate); // pays everything in the first month
  while (enough - tooSmall > 1n) {
    const middle = (tooSmall + enough) / 2n;
    if (retiresWithin(balance, rate, termMonths, middle)) enough = middle;
    else tooSmall = middle;
  }
  return toMinor(enough, 'level payment');
}

function toMinor(value: bigint, what: string): number {
  if (value > BigInt(MAX_MINOR)) throw new MoneyError(`${what} exceeds the largest safe amount`);
  return Number(value);
}

function assertLoan(principal: number, annualRateBps: number, termMonths: number): void {
  assertMinor(principal, 'principal');
  if (principal < 0) throw new MoneyError('principal must not be negative');
  if (!Number.isSafeInteger(annualRateBps) || annualRateBps < 0) {
    throw new MoneyError(`annual rate must be a non-negative whole number of basis points, got ${annualRateBps}`);
  }
  if (!Number.isSafeInteger(termMonths) || termMonths < 1) {
    throw new RangeError(`term must be at least one whole month, got ${termMonths}`);
  }
}

/**
 * A bond's monthly instalments. Bullet: interest every month, all the
 * principal with the last. Amortizing: a level payment (the smallest that
 * retires the loan in the term), each month's principal being the payment
 * less that month's interest; the last instalment takes exactly what remains,
 * so the principals always sum to the principal and nothing is left owed.
 * Throws a MoneyError if an instalment would exceed 2^53 − 1 minor units.
 */
export function bondRepaymentSchedule(request: BondScheduleRequest): BondInstalment[] {
  const { termMonths, repayment, firstDueOn } = request;
  assertLoan(request.principal, request.annualRateBps, termMonths);
  if (!isIsoDate(firstDueOn)) throw new RangeError(`not a calendar date: ${firstDueOn}`);
  const rate = BigInt(request.annualRateBps);
  const payment =
    repayment === 'amortizing' ? BigInt(levelPayment(request.principal, request.annualRateBps, termMonths)) : 0n;

  const instalments: BondInstalment[] = [];
  let balance = BigInt(request.principal);
  for (let number = 1; number <= termMonths; number += 1) {
    const interest = monthlyInterest(balance, rate);
    const isLast = number === termMonths;
    let principal: bigint;
    if (isLast) principal = balance;
    else if (repayment === 'bullet') principal = 0n;
    // A tiny loan can be cleared before the term ends; later months then owe nothing.
    else principal = minBig(maxBig(payment - interest, 0n), balance);
    balance -= principal;
    instalments.push({
      number,
      dueOn: addMonthsClamped(firstDueOn, number),
      principal: toMinor(principal, 'instalment principal'),
      interest: toMinor(interest, 'instalment interest'),
      total: toMinor(principal + interest, 'instalment total'),
      balanceAfter: toMinor(balance, 'balance'),
    });
  }
  return instalments;
}

/** The schedule of one holding: `units` bonds of the offering's denomination. */
export function bondScheduleForUnits(
  terms: Pick<BondTerms, 'annualRateBps' | 'termMonths' | 'repayment' | 'denomination'>,
  units: number,
  firstDueOn: IsoDate,
): BondInstalment[] {
  if (!Number.isSafeInteger(units) || units < 1)
    throw new RangeError(`units must be a positive whole number, got ${units}`);
  return bondRepaymentSchedule({
    principal: mulMinor(units, terms.denomination),
    annualRateBps: terms.annualRateBps,
    termMonths: terms.termMonths,
    repayment: terms.repayment,
    firstDueOn,
  });
}

function minBig(a: bigint, b: bigint): bigint {
  return a < b ? a : b;
}

function maxBig(a: bigint, b: bigint): bigint {
  return a > b ? a : b;
}
