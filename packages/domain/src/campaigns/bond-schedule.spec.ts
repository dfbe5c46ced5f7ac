import { MoneyError } from '../money/money';
import { bondRepaymentSchedule, bondScheduleForUnits, levelPayment, type BondInstalment } from './bond-schedule';
import type { BondRepayment } from './campaign-terms';

/** An independent reference: half-up monthly interest on the balance, in BigInt. */
function referenceInterest(balance: bigint, annualRateBps: number): bigint {
  const product = balance * BigInt(annualRateBps);
  const quotient = product / 120_000n;
  return (product % 120_000n) * 2n >= 120_000n ? quotient + 1n : quotient;
}

function retires(principal: bigint, annualRateBps: number, termMonths: number, payment: bigint): boolean {
  let balance = principal;
  for (let month = 0; month < termMonths; month += 1) {
    balance += referenceInterest(balance, annualRateBps) - payment;
    if (balance <= 0n) return true;
  }
  return false;
}

interface Loan {
  principal: number;
  annualRateBps: number;
  termMonths: number;
  repayment: BondRepayment;
}

/**
 * Every invariant a schedule must keep, whatever its inputs, as a list of
 * broken ones (collected in plain code: thousands of rows per test would make
 * one expect() per row slow).
 */
function brokenInvariants(
  schedule: BondInstalment[],
  { principal, annualRateBps, termMonths, repayment }: Loan,
): string[] {
  const broken: string[] = [];
  const check = (holds: boolean, what: string) => {
    if (!holds)
      broken.push(`${what} (principal ${principal}, ${annualRateBps} bps, ${termMonths} months, ${repayment})`);
  };
  check(schedule.length === termMonths, 'one instalment per month');
  const payment = repayment === 'amortizing' ? BigInt(levelPayment(principal, annualRateBps, termMonths)) : 0n;
  if (repayment === 'amortizing' && principal > 0) {
    check(retires(BigInt(principal), annualRateBps, termMonths, payment), 'the level payment retires the loan');
    check(!retires(BigInt(principal), annualRateBps, termMonths, payment - 1n), 'the level payment is the smallest');
  }
  let balance = BigInt(principal);
  let principalSum = 0n;
  schedule.forEach((row, index) => {
    const isLast = index === termMonths - 1;
    check(row.number === index + 1, `instalment ${index + 1} numbered`);
    check(BigInt(row.interest) === referenceInterest(balance, annualRateBps), `instalment ${row.number} interest`);
    check(row.total === row.principal + row.interest, `instalment ${row.number} total`);
    check(row.principal >= 0, `instalment ${row.number} principal not negative`);
    balance -= BigInt(row.principal);
    principalSum += BigInt(row.principal);
    check(BigInt(row.balanceAfter) === balance, `instalment ${row.number} balance`);
    if (repayment === 'bullet' && !isLast)
      check(row.principal === 0, `bullet instalment ${row.number} pays no principal`);
    if (repayment === 'amortizing' && isLast)
      check(BigInt(row.total) <= payment, 'the last instalment is at most the payment');
    // Level until the balance runs out (only tiny loans run out early).
    if (repayment === 'amortizing' && !isLast && row.balanceAfter > 0) {
      check(BigInt(row.total) === payment, `instalment ${row.number} is level`);
    }
  });
  check(principalSum === BigInt(principal), 'principals sum to the principal');
  check(schedule[schedule.length - 1]?.balanceAfter === 0, 'nothing is left owed');
  return broken;
}

function expectConsistent(schedule: BondInstalment[], loan: Loan): void {
  expect(brokenInvariants(schedule, loan)).toEqual([]);
}

describe('bondRepaymentSchedule: examples worked by hand', () => {
  it('amortizing 1000 cents at 12%/year (1%/month) over 3 months', () => {
    // Annuity guess: 10 / (1 − 1.01^−3) = 340.02. Try a payment of 340:
    //   month 1: interest 1000 × 1% = 10,    principal 330, balance 670
    //   month 2: interest 6.70 → 7,          principal 333, balance 337
    //   month 3: interest 3.37 → 3,          principal 337, balance 0  → 340 retires it.
    // A payment of 339 leaves 3 cents after month 3 (671, 339, then 339 + 3 − 339), so 340 is the smallest.
    const schedule = bondRepaymentSchedule({
      principal: 1000,
      annualRateBps: 1200,
      termMonths: 3,
      repayment: 'amortizing',
      firstDueOn: '2025-01-15',
    });
    expect(schedule).toEqual([
      { number: 1, dueOn: '2025-02-15', principal: 330, interest: 10, total: 340, balanceAfter: 670 },
      { number: 2, dueOn: '2025-03-15', principal: 333, interest: 7, total: 340, balanceAfter: 337 },
      { number: 3, dueOn: '2025-04-15', principal: 337, interest: 3, total: 340, balanceAfter: 0 },
    ]);
  });

  it('bullet 1000 cents at 12%/year over 3 months: interest monthly, principal at the end', () => {
    const schedule = bondRepaymentSchedule({
      principal: 1000,
      annualRateBps: 1200,
      termMonths: 3,
      repayment: 'bullet',
      firstDueOn: '2025-01-15',
    });
    expect(schedule.map((row) => [row.principal, row.interest, row.total, row.balanceAfter])).toEqual([
      [0, 10, 10, 1000],
      [0, 10, 10, 1000],
      [1000, 10, 1010, 0],
    ]);
  });

  it('amortizing $10,000 at 6%/year over 12 months', () => {
    // Annuity: 10000 × 0.005 / (1 − 1.005^−12) = 860.664…, so the smallest whole-cent payment is 860.67.
    // Month 1 interest: 1,000,000 × 600 ÷ 120,000 = 5000 cents; principal 86067 − 5000 = 81067.
    // The last instalment takes the remaining 85631 plus its interest 428 (85631 × 0.5% = 428.155).
    const schedule = bondRepaymentSchedule({
      principal: 1_000_000,
      annualRateBps: 600,
      termMonths: 12,
      repayment: 'amortizing',
      firstDueOn: '2025-01-31',
    });
    expect(levelPayment(1_000_000, 600, 12)).toBe(86_067);
    expect(schedule[0]).toEqual({
      number: 1,
      dueOn: '2025-02-28',
      principal: 81_067,
      interest: 5000,
      total: 86_067,
      balanceAfter: 918_933,
    });
    expect(schedule[11]).toEqual({
      number: 12,
      dueOn: '2026-01-31',
      principal: 85_631,
      interest: 428,
      total: 86_059,
      balanceAfter: 0,
    });
    expectConsistent(schedule, { principal: 1_000_000, annualRateBps: 600, termMonths: 12, repayment: 'amortizing' });
  });
});

describe('bondRepaymentSchedule: due dates', () => {
  const datesFrom = (firstDueOn: string, termMonths: number) =>
    bondRepaymentSchedule({ principal: 1000, annualRateBps: 100, termMonths, repayment: 'bullet', firstDueOn }).map(
      (row) => row.dueOn,
    );

  it('falls on the same day each month, clamped to short months, never drifting', () => {
    expect(datesFrom('2025-01-31', 4)).toEqual(['2025-02-28', '2025-03-31', '2025-04-30', '2025-05-31']);
    expect(datesFrom('2024-01-30', 2)).toEqual(['2024-02-29', '2024-03-30']);
    expect(datesFrom('2025-11-29', 3)).toEqual(['2025-12-29', '2026-01-29', '2026-02-28']);
  });

  it('crosses years over a ten-year term', () => {
    const dates = datesFrom('2025-03-10', 120);
    expect(dates[0]).toBe('2025-04-10');
    expect(dates[119]).toBe('2035-03-10');
  });
});

describe('bondRepaymentSchedule: edges', () => {
  it('a one-month term repays everything at once', () => {
    for (const repayment of ['amortizing', 'bullet'] as const) {
      expect(
        bondRepaymentSchedule({
          principal: 100_000,
          annualRateBps: 1200,
          termMonths: 1,
          repayment,
          firstDueOn: '2025-01-01',
        }),
      ).toEqual([
        { number: 1, dueOn: '2025-02-01', principal: 100_000, interest: 1000, total: 101_000, balanceAfter: 0 },
      ]);
    }
  });

  it('a zero rate splits the principal into the smallest level payment', () => {
    const schedule = bondRepaymentSchedule({
      principal: 1000,
      annualRateBps: 0,
      termMonths: 3,
      repayment: 'amortizing',
      firstDueOn: '2025-01-01',
    });
    expect(schedule.map((row) => row.total)).toEqual([334, 334, 332]);
  });

  it('a tiny rate on a small loan rounds interest to nothing', () => {
    const schedule = bondRepaymentSchedule({
      principal: 10_000,
      annualRateBps: 1,
      termMonths: 12,
      repayment: 'bullet',
      firstDueOn: '2025-01-01',
    });
    // 10000 × 1 ÷ 120000 = 0.083 → 0 each month.
    expect(schedule.every((row) => row.interest === 0)).toBe(true);
    expectConsistent(schedule, { principal: 10_000, annualRateBps: 1, termMonths: 12, repayment: 'bullet' });
  });

  it('a loan smaller than the term is cleared early and later months owe nothing', () => {
    const schedule = bondRepaymentSchedule({
      principal: 5,
      annualRateBps: 1,
      termMonths: 12,
      repayment: 'amortizing',
      firstDueOn: '2025-01-01',
    });
    expect(schedule.map((row) => row.principal)).toEqual([1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0]);
    expectConsistent(schedule, { principal: 5, annualRateBps: 1, termMonths: 12, repayment: 'amortizing' });
  });

  it('a zero principal owes nothing', () => {
    const schedule = bondRepaymentSchedule({
      principal: 0,
      annualRateBps: 500,
      termMonths: 2,
      repayment: 'amortizing',
      firstDueOn: '2025-01-01',
    });
    expect(schedule.map((row) => row.total)).toEqual([0, 0]);
  });

  it('is exact for principals near 2^53 over a long term', () => {
    // Balance × rate reaches 2^53 × 5000: exact only because it is computed in BigInt.
    const loan = {
      principal: Number.MAX_SAFE_INTEGER - 12_345,
      annualRateBps: 5000,
      termMonths: 120,
      repayment: 'amortizing',
    } as const;
    expectConsistent(bondRepaymentSchedule({ ...loan, firstDueOn: '2025-01-01' }), loan);
    const bullet = { ...loan, principal: 2 ** 52, repayment: 'bullet' } as const;
    expectConsistent(bondRepaymentSchedule({ ...bullet, firstDueOn: '2025-01-01' }), bullet);
  });

  it('refuses, rather than rounds, an instalment beyond 2^53 − 1', () => {
    const request = {
      principal: Number.MAX_SAFE_INTEGER,
      annualRateBps: 1200,
      termMonths: 6,
      firstDueOn: '2025-01-01',
    };
    expect(() => bondRepaymentSchedule({ ...request, repayment: 'bullet' })).toThrow(MoneyError);
    expect(() => bondRepaymentSchedule({ ...request, termMonths: 1, repayment: 'amortizing' })).toThrow(MoneyError);
  });

  it('refuses nonsense inputs', () => {
    const valid = {
      principal: 1000,
      annualRateBps: 500,
      termMonths: 12,
      repayment: 'bullet',
      firstDueOn: '2025-01-01',
    } as const;
    expect(() => bondRepaymentSchedule({ ...valid, principal: -1 })).toThrow(MoneyError);
    expect(() => bondRepaymentSchedule({ ...valid, principal: 10.5 })).toThrow(MoneyError);
    expect(() => bondRepaymentSchedule({ ...valid, annualRateBps: -1 })).toThrow(MoneyError);
    expect(() => bondRepaymentSchedule({ ...valid, termMonths: 0 })).toThrow(RangeError);
    expect(() => bondRepaymentSchedule({ ...valid, firstDueOn: '2025-02-30' })).toThrow(RangeError);
  });
});

describe('bondRepaymentSchedule: sums exact to the cent over random loans', () => {
  let seed = 7;
  const random = () => {
    seed = (seed * 1103515245 + 12345) % 2 ** 31;
    return seed / 2 ** 31;
  };
  const pick = <T>(options: readonly T[]): T => options[Math.floor(random() * options.length)] as T;

  it('keeps every invariant for 500 random loans of both kinds, from a cent to 2^50 cents', () => {
    const broken: string[] = [];
    for (let round = 0; round < 500; round += 1) {
      const loan: Loan = {
        principal: 1 + Math.floor(random() * 2 ** pick([4, 10, 20, 30, 40, 50])),
        annualRateBps: pick([1, 2, 37, 500, 1299, 5000]),
        termMonths: 1 + Math.floor(random() * 120),
        repayment: pick(['amortizing', 'bullet'] as const),
      };
      broken.push(...brokenInvariants(bondRepaymentSchedule({ ...loan, firstDueOn: '2025-01-31' }), loan));
    }
    expect(broken).toEqual([]);
  });
});

describe('bondScheduleForUnits', () => {
  const terms = { annualRateBps: 1200, termMonths: 3, repayment: 'amortizing', denomination: 500 } as const;

  it('lends units × denomination', () => {
    // 2 units × 500 = 1000 cents: the hand-worked schedule above.
    expect(bondScheduleForUnits(terms, 2, '2025-01-15').map((row) => row.total)).toEqual([340, 340, 340]);
  });

  it('refuses non-positive or fractional units and products beyond 2^53', () => {
    expect(() => bondScheduleForUnits(terms, 0, '2025-01-15')).toThrow(RangeError);
    expect(() => bondScheduleForUnits(terms, 1.5, '2025-01-15')).toThrow(RangeError);
    expect(() => bondScheduleForUnits({ ...terms, denomination: 2 ** 40 }, 2 ** 20, '2025-01-15')).toThrow(MoneyError);
  });
});
