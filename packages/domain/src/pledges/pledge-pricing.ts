import type { BondTerms, RewardTerms, ShareholdingTerms } from '../campaigns/campaign-terms';
import { currencyExponent, type CurrencyCode } from '../money/currency';
import type { BondPledgeInput, RewardPledgeInput, SharePledgeInput } from './pledge-schemas';

/** What a pledge buys and what it costs, computed by the server from the campaign's terms. */
export interface PricedPledge {
  amount: number;
  tierId?: string;
  units?: number;
  shares?: number;
}

export type PledgeProblemCode =
  | 'tier_not_found'
  | 'donations_not_allowed'
  | 'donation_too_small'
  | 'below_minimum_units'
  | 'below_minimum_shares'
  | 'amount_too_large';

export interface PledgeProblem {
  code: PledgeProblemCode;
  path: string;
  message: string;
  params?: Record<string, number | string>;
}

export type PricingResult = { ok: true; pledge: PricedPledge } | { ok: false; problem: PledgeProblem };

/**
 * The most one pledge can be: one card payment, which Stripe caps at eight digits of minor units
 * (USD 999,999.99; JPY 99,999,999). A larger commitment is refused here, as input, rather than
 * by the processor after the pledge has taken room under the cap.
 */
export const MAX_PLEDGE_MINOR = 99_999_999;

/** The smallest donation: one major unit of the currency (a dollar, a yen), so card fees never exceed the gift. */
export function minimumDonation(currency: CurrencyCode): number {
  return 10 ** currencyExponent(currency);
}

export function priceRewardPledge(
  terms: Pick<RewardTerms, 'allowDonations'> & { tiers: readonly { id: string; price: number }[] },
  currency: CurrencyCode,
  input: Pick<RewardPledgeInput, 'tierId' | 'amount'>,
): PricingResult {
  if (input.tierId !== undefined) {
    const tier = terms.tiers.find((candidate) => candidate.id === input.tierId);
    if (!tier) return problem('tier_not_found', 'tierId', 'This reward tier is not one of the campaign’s tiers.');
    if (tier.price > MAX_PLEDGE_MINOR)
      return tooLarge('tierId', 'This reward costs more than one card payment can be.');
    return { ok: true, pledge: { amount: tier.price, tierId: tier.id } };
  }
  const amount = input.amount as number;
  if (!terms.allowDonations)
    return problem('donations_not_allowed', 'amount', 'This campaign takes pledges for its reward tiers only.');
  const minimum = minimumDonation(currency);
  if (amount < minimum)
    return problem('donation_too_small', 'amount', 'A donation must be at least one unit of the currency.', {
      minimum,
    });
  if (amount > MAX_PLEDGE_MINOR) return tooLarge('amount', 'A donation can be at most one card payment’s worth.');
  return { ok: true, pledge: { amount } };
}

export function priceBondPledge(terms: BondTerms, input: Pick<BondPledgeInput, 'units'>): PricingResult {
  if (input.units < terms.minUnits)
    return problem('below_minimum_units', 'units', `Buy at least ${terms.minUnits} units.`, {
      minimum: terms.minUnits,
    });
  const amount = input.units * terms.denomination;
  if (!Number.isSafeInteger(amount) || amount > MAX_PLEDGE_MINOR)
    return tooLarge('units', 'That many units cost more than one card payment can be.');
  return { ok: true, pledge: { amount, units: input.units } };
}

export function priceSharePledge(terms: ShareholdingTerms, input: Pick<SharePledgeInput, 'shares'>): PricingResult {
  if (input.shares < terms.minShares)
    return problem('below_minimum_shares', 'shares', `Buy at least ${terms.minShares} shares.`, {
      minimum: terms.minShares,
    });
  const amount = input.shares * terms.pricePerShare;
  if (!Number.isSafeInteger(amount) || amount > MAX_PLEDGE_MINOR)
    return tooLarge('shares', 'That many shares cost more than one card payment can be.');
  return { ok: true, pledge: { amount, shares: input.shares } };
}

function tooLarge(path: string, message: string): PricingResult {
  return problem('amount_too_large', path, message, { maximum: MAX_PLEDGE_MINOR });
}

function problem(
  code: PledgeProblemCode,
  path: string,
  message: string,
  params?: Record<string, number | string>,
): PricingResult {
  return { ok: false, problem: { code, path, message, ...(params ? { params } : {}) } };
}
