import { MoneyError } from '../money/money';
import { annualInvestmentLimit, investmentLimitStatus, REG_CF_DEFAULTS } from './investment-limit';

const dollars = (amount: number) => Math.round(amount * 100);
const limitFor = (income: number, netWorth: number) =>
  annualInvestmentLimit({ annualIncome: dollars(income), netWorth: dollars(netWorth), accredited: false });

describe('annualInvestmentLimit: the SEC worked examples', () => {
  it.each([
    // income, net worth, limit — the greater of $2,500 or 5% of the greater when either is below $124,000
    [30_000, 105_000, 5_250], // 5% of $105,000
    [150_000, 80_000, 7_500], // 5% of $150,000
    [150_000, 150_000, 15_000], // both at least $124,000: 10% of $150,000
    [20_000, 30_000, 2_500], // 5% would be $1,500: the floor
    [200_000, 900_000, 90_000], // 10% of $900,000
    [1_200_000, 2_000_000, 124_000], // 10% would be $200,000: the cap
  ])('income $%i, net worth $%i → $%i', (income, netWorth, limit) => {
    expect(limitFor(income, netWorth)).toBe(dollars(limit));
  });
});

describe('annualInvestmentLimit: boundaries', () => {
  it('at exactly $124,000 both ways the higher rate applies', () => {
    expect(limitFor(124_000, 124_000)).toBe(dollars(12_400));
  });

  it('a cent below $124,000 in either figure means the lower rate', () => {
    expect(limitFor(123_999.99, 124_000)).toBe(dollars(6_200));
    expect(limitFor(124_000, 123_999.99)).toBe(dollars(6_200));
    expect(limitFor(123_999.99, 123_999.99)).toBe(619_999); // 5% of 12,399,999 cents = 619,999.95 → down
  });

  it('the floor holds up to $50,000 and 5% takes over above it', () => {
    expect(limitFor(0, 0)).toBe(dollars(2_500));
    expect(limitFor(50_000, 0)).toBe(dollars(2_500));
    expect(limitFor(50_000.2, 0)).toBe(250_001);
  });

  it('the cap binds at $1,240,000 under the higher rate', () => {
    expect(limitFor(1_240_000, 1_240_000)).toBe(dollars(124_000));
    expect(limitFor(1_239_999.9, 124_000)).toBe(12_399_999);
  });

  it('caps only the higher rate, as the contract words it: little income and great wealth', () => {
    // Income below $124,000: the greater of $2,500 or 5% of $5,000,000, which is $250,000. The
    // contract (DESIGN.md, Money) puts "at most $124,000" on the 10% case alone.
    expect(limitFor(50_000, 5_000_000)).toBe(dollars(250_000));
  });

  it('rounds the percentage down to the cent', () => {
    // 10% of 12,400,009 cents = 1,240,000.9 → 1,240,000; 5% of 10,000,019 cents = 500,000.95 → 500,000.
    expect(annualInvestmentLimit({ annualIncome: 12_400_000, netWorth: 12_400_009, accredited: false })).toBe(
      1_240_000,
    );
    expect(annualInvestmentLimit({ annualIncome: 10_000_019, netWorth: 0, accredited: false })).toBe(500_000);
  });
});

describe('annualInvestmentLimit: other cases', () => {
  it('is unlimited for accredited investors', () => {
    expect(annualInvestmentLimit({ annualIncome: 0, netWorth: 0, accredited: true })).toBeNull();
  });

  it('uses the figures it is given', () => {
    const figures = { ...REG_CF_DEFAULTS, threshold: 1000, floor: 10, lowRateBps: 100, highRateBps: 200, cap: 50 };
    expect(annualInvestmentLimit({ annualIncome: 999, netWorth: 5000, accredited: false }, figures)).toBe(50);
    expect(annualInvestmentLimit({ annualIncome: 1000, netWorth: 1000, accredited: false }, figures)).toBe(20);
    expect(annualInvestmentLimit({ annualIncome: 100, netWorth: 100, accredited: false }, figures)).toBe(10);
  });

  it('is exact for figures near 2^53', () => {
    // Net worth below the threshold: 5% of 9,007,199,254,740,991, rounded down.
    expect(annualInvestmentLimit({ annualIncome: Number.MAX_SAFE_INTEGER, netWorth: 0, accredited: false })).toBe(
      450_359_962_737_049,
    );
    const noCap = { ...REG_CF_DEFAULTS, cap: Number.MAX_SAFE_INTEGER };
    expect(
      annualInvestmentLimit(
        { annualIncome: Number.MAX_SAFE_INTEGER, netWorth: Number.MAX_SAFE_INTEGER, accredited: false },
        noCap,
      ),
    ).toBe(
      900_719_925_474_099, // 10% of 9,007,199,254,740,991, rounded down
    );
  });

  it('refuses negative or fractional figures', () => {
    expect(() => annualInvestmentLimit({ annualIncome: -1, netWorth: 0, accredited: false })).toThrow(MoneyError);
    expect(() => annualInvestmentLimit({ annualIncome: 0.5, netWorth: 0, accredited: false })).toThrow(MoneyError);
  });
});

describe('investmentLimitStatus', () => {
  it('shows what is left, never below zero', () => {
    expect(investmentLimitStatus(500_000, 120_000)).toEqual({ total: 500_000, used: 120_000, remaining: 380_000 });
    expect(investmentLimitStatus(500_000, 600_000)).toEqual({ total: 500_000, used: 600_000, remaining: 0 });
    expect(investmentLimitStatus(null, 600_000)).toEqual({ total: null, used: 600_000, remaining: null });
  });
});
