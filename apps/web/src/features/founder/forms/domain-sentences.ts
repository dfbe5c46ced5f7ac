import { isCurrencyCode, isFieldErrorCode, type FieldError, type FieldErrorParams } from '@crowdstake/domain';
import type { TFunction } from 'i18next';
import { describeFieldDetail } from '../../../api/describe-api-error';
import { bpsToPercentText } from './amount-text';
import { formatAmount } from '../../../components/formatting';

/**
 * The domain's cross-field rules (`checkCampaignRules`, the schemas' refinements) and the API's
 * field errors carry a stable `code` and the numbers behind the sentence (`params`). The web words
 * each code it knows in the reader's language; a code it does not know (a rule added later) is
 * shown as the server wrote it, which is still a clear English sentence.
 */
type Words = (params: FieldErrorParams, t: TFunction, locale: string, path: string) => string;

/** An amount of minor units in the reader's format ("$1,250.00", "US$1,250.00"). */
function money(params: FieldErrorParams, key: string, locale: string): string {
  const amount = params[key];
  const currency = params.currency;
  if (typeof amount !== 'number' || typeof currency !== 'string' || !isCurrencyCode(currency)) return String(amount);
  return formatAmount(amount, currency, locale);
}

const day = (value: unknown) => (typeof value === 'string' ? value.slice(0, 10) : String(value));

const WORDS: Partial<Record<string, Words>> = {
  // The shape problems, as the API reports them (the form words its own zod issues by field kind).
  required: (_, t) => t('founder.validation.required'),
  too_short: (p, t) => t('founder.validation.textMin', { min: p.minimum }),
  too_long: (p, t) => t('founder.validation.textMax', { max: p.maximum }),
  too_small: (p, t) => t('founder.validation.numberMin', { min: p.minimum }),
  too_large: (p, t) => t('founder.validation.numberMax', { max: p.maximum }),
  too_many: (p, t) => t('founder.validation.tooMany', { max: p.maximum }),
  not_integer: (_, t) => t('founder.validation.wholeNumber'),
  invalid_value: (_, t) => t('founder.validation.choose'),
  invalid_date: (_, t) => t('founder.validation.dateTime'),
  control_characters: (_, t) => t('founder.validation.controlCharacters'),
  too_early: (p, t) =>
    p.years !== undefined
      ? t('founder.validation.dateWithinYears', { years: p.years })
      : t('founder.validation.dateOnOrAfter', { date: day(p.minimum) }),
  too_late: (p, t) => t('founder.validation.dateWithinYears', { years: p.years }),
  in_future: (_, t) => t('founder.validation.dateInFuture'),
  deadline_before_start: (_, t) => t('founder.validation.deadlineAfterStart'),
  duration_out_of_range: (p, t) => t('founder.validation.duration', { min: p.minimum, max: p.maximum, days: p.days }),
  deadline_in_past: (_, t) => t('founder.validation.deadlineFuture'),
  milestone_before_deadline: (p, t) => t('founder.validation.milestoneAfterDeadline', { date: p.deadline }),
  max_below_goal: (p, t, locale) =>
    t('founder.validation.maxAtLeastGoal', { max: money(p, 'maximum', locale), goal: money(p, 'goal', locale) }),
  delivery_before_deadline: (p, t) => t('founder.validation.deliveryMonth', { month: p.month }),
  not_whole_units: (p, t, locale, path) =>
    t(path === 'maxAmount' ? 'founder.validation.maxWholeUnits' : 'founder.validation.goalWholeUnits', {
      unit: money(p, 'unit', locale),
    }),
  min_purchase_too_large: (_, t) => t('founder.validation.minPurchaseTooLarge'),
  goal_below_min_purchase: (p, t, locale) =>
    t('founder.validation.goalMinPurchase', { amount: money(p, 'amount', locale) }),
  offering_too_large: (_, t) => t('founder.validation.offeringTooLarge'),
  max_not_offering: (p, t, locale) => t('founder.validation.offeringCap', { amount: money(p, 'amount', locale) }),
  goal_above_offering: (p, t, locale) =>
    t('founder.validation.goalWithinOffering', { amount: money(p, 'amount', locale) }),
  tiers_or_donations: (_, t) => t('founder.validation.tiersOrDonations'),
  min_shares_above_offering: (_, t) => t('founder.validation.minSharesWithinOffering'),
  milestones_total: (p, t) => t('founder.validation.milestonesTotal', { percent: bpsToPercentText(Number(p.total)) }),
  milestone_order: (_, t) => t('founder.validation.milestoneOrder'),
  identity_never_public: (_, t) => t('founder.validation.identityNeverPublic'),
};

/** The words for a field error's code, or undefined when the web has none for it. */
export function describeFieldCode(
  { code, params, path }: { code: string; params?: FieldErrorParams; path: string },
  t: TFunction,
  locale: string,
): string | undefined {
  // The API's details come as `api:<code>`, so the form's zod-issue wording does not claim them.
  const bare = code.replace(/^api:/, '');
  const words = WORDS[bare];
  if (words) return words(params ?? {}, t, locale, path);
  // Codes without a founder-specific sentence get the app-wide one (every field code has one).
  return isFieldErrorCode(bare) ? describeFieldDetail({ code: bare, message: '', params }, t, locale) : undefined;
}

/** A field error from the rules or the API, in the reader's language where the web knows its code. */
export function describeRuleError(error: FieldError, t: TFunction, locale: string): string {
  return describeFieldCode(error, t, locale) ?? error.message;
}
