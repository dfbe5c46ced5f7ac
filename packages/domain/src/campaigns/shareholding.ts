import {
  addMinor,
  assertMinor,
  BPS_DENOMINATOR,
  MoneyError,
  mulDivFloor,
  mulDivHalfUp,
  mulMinor,
} from '../money/money';
import type { ShareholdingTerms } from './campaign-terms';

type OfferingTerms = Pick<ShareholdingTerms, 'pricePerShare' | 'preMoneyValuation' | 'sharesOffered'>;

export interface ShareOfferingFigures {
  /** Every share offered sold at its price: the offering's hard cap. */
  maxRaise: number;
  /** The company's value once the whole offering is sold. */
  postMoneyValuation: number;
  /** The part of the company the whole offering buys, in basis points, half up. */
  percentOfferedBps: number;
  /** How many shares the pre-money valuation stands for at the offering's price, rounded down. */
  impliedPreMoneyShares: number;
}

/** Throws a MoneyError when a figure does not fit in a safe integer (the terms cannot be offered as they are). */
export function shareOfferingFigures(terms: OfferingTerms): ShareOfferingFigures {
  const maxRaise = mulMinor(terms.sharesOffered, terms.pricePerShare);
  const postMoneyValuation = addMinor(terms.preMoneyValuation, maxRaise);
  return {
    maxRaise,
    postMoneyValuation,
    percentOfferedBps: mulDivHalfUp(maxRaise, BPS_DENOMINATOR, postMoneyValuation),
    impliedPreMoneyShares: mulDivFloor(terms.preMoneyValuation, 1, terms.pricePerShare),
  };
}

/**
 * The part of the company a backer's `shares` stand for once the offering is
 * fully sold, in basis points, half up: shares × price × 10000 ÷ post-money.
 */
export function ownershipBps(shares: number, terms: OfferingTerms): number {
  assertMinor(shares, 'shares');
  if (shares < 0) throw new MoneyError('shares must not be negative');
  const { postMoneyValuation } = shareOfferingFigures(terms);
  return mulDivHalfUp(mulMinor(shares, terms.pricePerShare), BPS_DENOMINATOR, postMoneyValuation);
}
