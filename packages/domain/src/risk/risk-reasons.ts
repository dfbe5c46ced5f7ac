import type { DocumentKind } from '../companies/company-constants';
import type { CurrencyCode } from '../money/currency';
import { formatMoney } from '../money/money';

/**
 * Why a risk factor scored what it did, as a machine code with parameters, so
 * that each client words it in its own language; `reason` is the English
 * sentence for clients that do not. Money parameters are integers of minor
 * units in `currency` (the goal in `goalCurrency` when that differs).
 *
 * Codes come in two kinds. Exact ones carry the company's private figures
 * (revenue, debt) and are for its owner, members and staff. Public ones carry
 * only bands and categories that neither state nor let anyone compute them.
 */
export const RISK_REASON_CODES = [
  'identity_verified',
  'identity_not_verified',
  'founded_years_ago',
  'founded_under_a_year',
  // Revenue: exact, then public bands.
  'revenue_none',
  'revenue_at_least',
  'revenue_below',
  'revenue_band_from',
  'revenue_band_between',
  'revenue_band_below',
  // Debt: exact, then public bands.
  'debt_none',
  'debt_without_revenue',
  'debt_share_of_revenue',
  'debt_over_twice_revenue',
  'debt_with_no_revenue',
  'debt_at_most_third',
  'debt_at_most_two_thirds',
  'debt_at_most_revenue',
  'debt_at_most_twice_revenue',
  'debt_above_twice_revenue',
  // Goal against revenue: exact, then public bands.
  'goal_without_revenue',
  'goal_currency_differs',
  'goal_share_of_revenue',
  'goal_over_twice_revenue',
  'goal_not_compared',
  'goal_at_most_quarter',
  'goal_at_most_half',
  'goal_at_most_revenue',
  'goal_at_most_twice_revenue',
  'goal_above_twice_revenue',
  'documents_complete',
  'documents_missing',
  'documents_count',
  'track_record_none',
  'track_record_outcomes',
  // The campaign's own account of its risks (public: the text is on the page).
  'risk_disclosure_missing',
  'risk_disclosure_thin',
  'risk_disclosure_given',
  // Staff-only checks, and what everyone else sees of them.
  'duplicate_registration_found',
  'duplicate_registration_none',
  'duplicate_identity_found',
  'duplicate_identity_none',
  'blacklisted_found',
  'blacklisted_none',
  'identity_checks_by_staff',
  // Assessments stored before reasons had codes.
  'legacy_reason',
  'reason_not_public',
] as const;
export type RiskReasonCode = (typeof RISK_REASON_CODES)[number];

export type RiskReasonParams = Readonly<Record<string, string | number | readonly string[]>>;

/** A reason as the API sends it. */
export interface RiskReason {
  reasonCode: RiskReasonCode;
  params: RiskReasonParams;
  /** The same reason as an English sentence. */
  reason: string;
}

/** Params that are amounts of money, in minor units. */
export const RISK_MONEY_PARAMS = ['revenue', 'debt', 'goal', 'from', 'below'] as const;

const DOCUMENT_NAMES: Record<DocumentKind, string> = {
  business_licence: 'business licence',
  financial_statements: 'financial statements',
  identity: 'identity document',
  other: 'other document',
};

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

/** Reads one param as text, a number, money or a list; a missing one is a bug in the caller. */
function reader(params: RiskReasonParams) {
  const get = (name: string) => {
    const value = params[name];
    if (value === undefined) throw new RangeError(`risk reason param ${name} is missing`);
    return value;
  };
  const currency = () => get('currency') as CurrencyCode;
  return {
    text: (name: string) => String(get(name)),
    money: (name: string, inCurrency: CurrencyCode = currency()) => formatMoney(Number(get(name)), inCurrency),
    percent: (name: string) => (Number(get(name)) === 0 ? 'less than 1%' : `${Number(get(name))}%`),
    list: (name: string) => get(name) as readonly string[],
    currency,
  };
}

type Wording = (p: ReturnType<typeof reader>, params: RiskReasonParams) => string;

const ENGLISH: Record<RiskReasonCode, Wording> = {
  identity_verified: () => 'The founder’s identity has been verified.',
  identity_not_verified: () => 'The founder’s identity has not been verified.',
  founded_years_ago: (p) => `Company founded ${p.text('foundedOn')}, ${plural(Number(p.text('years')), 'year')} ago.`,
  founded_under_a_year: (p) => `Company founded ${p.text('foundedOn')}, less than a year ago.`,
  revenue_none: () => 'The company reports no annual revenue.',
  revenue_at_least: (p) => `Annual revenue of ${p.money('revenue')} reaches the band from ${p.money('from')}.`,
  revenue_below: (p) => `Annual revenue of ${p.money('revenue')} is below ${p.money('below')}.`,
  revenue_band_from: (p) => `Annual revenue of ${p.money('from')} or more.`,
  revenue_band_between: (p) => `Annual revenue from ${p.money('from')} to below ${p.money('below')}.`,
  revenue_band_below: (p) => `Annual revenue below ${p.money('below')}.`,
  debt_none: () => 'The company reports no debt.',
  debt_without_revenue: (p) => `The company owes ${p.money('debt')} and reports no revenue.`,
  debt_share_of_revenue: (p) =>
    `Debt of ${p.money('debt')} is ${p.percent('percent')} of annual revenue of ${p.money('revenue')}.`,
  debt_over_twice_revenue: (p) =>
    `Debt of ${p.money('debt')} is more than twice the annual revenue of ${p.money('revenue')}.`,
  debt_with_no_revenue: () => 'The company has debt and reports no revenue.',
  debt_at_most_third: () => 'Debt is at most a third of annual revenue.',
  debt_at_most_two_thirds: () => 'Debt is more than a third and at most two thirds of annual revenue.',
  debt_at_most_revenue: () => 'Debt is more than two thirds of annual revenue, and at most all of it.',
  debt_at_most_twice_revenue: () => 'Debt is more than annual revenue, and at most twice it.',
  debt_above_twice_revenue: () => 'Debt is more than twice annual revenue.',
  goal_without_revenue: (p) => `The goal of ${p.money('goal')} cannot be set against revenue: there is none.`,
  goal_currency_differs: (p) =>
    `The goal (${p.money('goal', p.text('goalCurrency') as CurrencyCode)}) and revenue (${p.money('revenue')}) are in different currencies, so they are not compared; half points.`,
  goal_share_of_revenue: (p) =>
    `The goal of ${p.money('goal')} is ${p.percent('percent')} of annual revenue of ${p.money('revenue')}.`,
  goal_over_twice_revenue: (p) =>
    `The goal of ${p.money('goal')} is more than twice the annual revenue of ${p.money('revenue')}.`,
  goal_not_compared: () =>
    'The goal and the revenue are in different currencies, so they are not compared; half points.',
  goal_at_most_quarter: () => 'The goal is at most a quarter of annual revenue.',
  goal_at_most_half: () => 'The goal is more than a quarter and at most half of annual revenue.',
  goal_at_most_revenue: () => 'The goal is more than half of annual revenue, and at most all of it.',
  goal_at_most_twice_revenue: () => 'The goal is more than annual revenue, and at most twice it.',
  goal_above_twice_revenue: () => 'The goal is more than twice annual revenue.',
  documents_complete: (p) => `All ${p.text('total')} required documents are uploaded.`,
  documents_missing: (p) =>
    `${p.text('present')} of ${p.text('total')} required documents uploaded; missing: ${p
      .list('missing')
      .map((kind) => DOCUMENT_NAMES[kind as DocumentKind] ?? kind)
      .join(', ')}.`,
  documents_count: (p) => `${p.text('present')} of ${p.text('total')} required documents uploaded.`,
  track_record_none: () => 'No earlier campaigns: a neutral start.',
  track_record_outcomes: (p) =>
    `${plural(Number(p.text('total')), 'earlier campaign')}: ${p.text('succeeded')} succeeded, ${p.text('failed')} failed, ${p.text('cancelled')} cancelled, ${p.text('rejected')} rejected.`,
  risk_disclosure_missing: () => 'The campaign gives no account of its risks.',
  risk_disclosure_thin: (p) =>
    `The account of the risks is thin (under ${p.text('minimum')} characters); a backer cannot judge the risks from it.`,
  risk_disclosure_given: (p) =>
    `The campaign gives an account of its risks of ${p.text('minimum')} characters or more.`,
  duplicate_registration_found: () => 'Another account has registered a company with the same registration number.',
  duplicate_registration_none: () => 'No other account uses this registration number.',
  duplicate_identity_found: () => 'Another account uses the same founder identity.',
  duplicate_identity_none: () => 'No other account uses this founder identity.',
  blacklisted_found: () => 'The founder or company is on the platform blacklist.',
  blacklisted_none: () => 'Neither the founder nor the company is on the platform blacklist.',
  identity_checks_by_staff: () => 'Checked by our reviewers; the outcome is shown to reviewers only.',
  legacy_reason: (p) => p.text('text'),
  reason_not_public: () => 'The details are shown to the company and our reviewers only.',
};

/** A reason with its English sentence. */
export function riskReason(reasonCode: RiskReasonCode, params: RiskReasonParams = {}): RiskReason {
  return { reasonCode, params, reason: ENGLISH[reasonCode](reader(params), params) };
}
