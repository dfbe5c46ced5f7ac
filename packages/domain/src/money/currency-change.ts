import type { CampaignDraft } from '../campaigns/campaign-rules';
import type { FieldError } from '../common/field-errors';
import type { CurrencyCode } from './currency';

/**
 * Amounts are stored as minor units of their owner's currency and are never
 * converted, so a new currency with the old numbers would silently change
 * what they say (1,000,000 cents would become ¥1,000,000). A patch that
 * changes the currency must therefore state again every amount it governs.
 */
function restated(currency: CurrencyCode, path: string, what: string): FieldError {
  return {
    path,
    message: `Give ${what} again in ${currency}: amounts are not converted when the currency changes.`,
    code: 'restate_in_new_currency',
    params: { currency },
  };
}

/** A company's revenue and debt are in its currency. */
export function companyCurrencyChangeProblems(
  storedCurrency: CurrencyCode,
  patch: { currency?: CurrencyCode; annualRevenue?: number; totalDebt?: number },
): FieldError[] {
  if (patch.currency === undefined || patch.currency === storedCurrency) return [];
  const problems: FieldError[] = [];
  if (patch.annualRevenue === undefined) problems.push(restated(patch.currency, 'annualRevenue', 'the annual revenue'));
  if (patch.totalDebt === undefined) problems.push(restated(patch.currency, 'totalDebt', 'the total debt'));
  return problems;
}

/** Whether a campaign's terms state amounts: tier prices, a bond's denomination, a share's price and valuation. */
export function termsHoldMoney(draft: CampaignDraft): boolean {
  return draft.type !== 'reward' || draft.terms.tiers.length > 0;
}

/**
 * A campaign's goal, its cap (when it has one of its own) and any money in
 * its terms are in its currency. `stored` is the campaign as it stands.
 */
export function campaignCurrencyChangeProblems(
  stored: CampaignDraft,
  patch: { currency?: CurrencyCode; goal?: number; maxAmount?: number | null; terms?: unknown },
): FieldError[] {
  if (patch.currency === undefined || patch.currency === stored.currency) return [];
  const problems: FieldError[] = [];
  if (patch.goal === undefined) problems.push(restated(patch.currency, 'goal', 'the goal'));
  // A share offering's cap follows from its terms, which are restated below.
  const hasOwnCap = stored.type !== 'shareholding' && stored.maxAmount !== undefined && stored.maxAmount !== null;
  if (hasOwnCap && patch.maxAmount === undefined) problems.push(restated(patch.currency, 'maxAmount', 'the maximum'));
  if (termsHoldMoney(stored) && patch.terms === undefined)
    problems.push(restated(patch.currency, 'terms', 'the terms, whose prices are amounts'));
  return problems;
}
