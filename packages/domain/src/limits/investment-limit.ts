import { assertMinor, BPS_DENOMINATOR, MoneyError, mulDivFloor } from '../money/money';

/** The figures of the 12-month investment limit, in minor units of the investor's currency. */
export interface InvestmentLimitFigures {
  /** Below this, in income or net worth, the lower rate applies. */
  threshold: number;
  /** The least anyone may invest under the lower rate. */
  floor: number;
  lowRateBps: number;
  highRateBps: number;
  /** The most an investor at the higher rate may invest in 12 months. */
  cap: number;
}

/** Regulation Crowdfunding (17 CFR 227.100(a)(2)) as adjusted in 2022, in US cents. */
export const REG_CF_DEFAULTS: InvestmentLimitFigures = {
  threshold: 124_000_00,
  floor: 2_500_00,
  lowRateBps: 500,
  highRateBps: 1000,
  cap: 124_000_00,
};

export interface InvestorMeans {
  annualIncome: number;
  netWorth: number;
  accredited: boolean;
}

/**
 * How much an investor may put into bond and shareholding campaigns over a
 * rolling 12 months, in minor units, or null for unlimited (accredited).
 * If either income or net worth is below the threshold: the greater of the
 * floor and 5% of the greater of the two; otherwise 10% of the greater, at
 * most the cap. That is the contract's wording (DESIGN.md, Money) and the
 * regulation's (227.100(a)(2)): the cap is on the higher rate only, so someone
 * with little income and great wealth may pass it at 5%.
 * Percentages round down to the minor unit, so the limit never exceeds the rule.
 */
export function annualInvestmentLimit(
  { annualIncome, netWorth, accredited }: InvestorMeans,
  figures: InvestmentLimitFigures = REG_CF_DEFAULTS,
): number | null {
  assertMinor(annualIncome, 'annual income');
  assertMinor(netWorth, 'net worth');
  if (annualIncome < 0 || netWorth < 0) throw new MoneyError('income and net worth must not be negative');
  if (accredited) return null;
  const greater = Math.max(annualIncome, netWorth);
  const eitherBelowThreshold = annualIncome < figures.threshold || netWorth < figures.threshold;
  if (eitherBelowThreshold) return Math.max(figures.floor, mulDivFloor(greater, figures.lowRateBps, BPS_DENOMINATOR));
  return Math.min(figures.cap, mulDivFloor(greater, figures.highRateBps, BPS_DENOMINATOR));
}

export interface InvestmentLimitStatus {
  /** null when unlimited. */
  total: number | null;
  used: number;
  /** null when unlimited; never below 0, even if the figures were lowered after the investments. */
  remaining: number | null;
}

/** The limit as `GET /api/me/investor-profile` shows it, given what the investor put in over the last 12 months. */
export function investmentLimitStatus(limit: number | null, usedInLast12Months: number): InvestmentLimitStatus {
  assertMinor(usedInLast12Months, 'used');
  return {
    total: limit,
    used: usedInLast12Months,
    remaining: limit === null ? null : Math.max(0, limit - usedInLast12Months),
  };
}
