import { isCurrencyCode, type FieldError, type FieldErrorCode, type FieldErrorParams } from '@crowdstake/domain';
import type { TFunction } from 'i18next';
import { formatAmount } from '../formatting';
import { bpsToPercentText } from './amount-text';

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

/** Every field-error code of the API has its words here: the type fails the build for a code without. */
const WORDS: Record<FieldErrorCode, Words> = {
  // The shape problems, as the API reports them (the form words its own zod issues by field kind).
  required: (_, t) => t('validation.required'),
  too_short: (p, t) => t('validation.textMin', { min: p.minimum }),
  too_long: (p, t) => t('validation.textMax', { max: p.maximum }),
  too_small: (p, t) => t('validation.numberMin', { min: p.minimum }),
  too_large: (p, t) => t('validation.numberMax', { max: p.maximum }),
  too_many: (p, t) => t('validation.tooMany', { max: p.maximum }),
  not_integer: (_, t) => t('validation.wholeNumber'),
  invalid_value: (_, t) => t('validation.choose'),
  invalid_date: (_, t) => t('validation.dateTime'),
  control_characters: (_, t) => t('validation.controlCharacters'),
  too_early: (p, t) =>
    p.years !== undefined
      ? t('validation.dateWithinYears', { years: p.years })
      : t('validation.dateOnOrAfter', { date: day(p.minimum) }),
  too_late: (p, t) => t('validation.dateWithinYears', { years: p.years }),
  in_future: (_, t) => t('validation.dateInFuture'),
  deadline_before_start: (_, t) => t('validation.deadlineAfterStart'),
  duration_out_of_range: (p, t) => t('validation.duration', { min: p.minimum, max: p.maximum, days: p.days }),
  deadline_in_past: (_, t) => t('validation.deadlineFuture'),
  milestone_before_deadline: (p, t) => t('validation.milestoneAfterDeadline', { date: p.deadline }),
  max_below_goal: (p, t, locale) =>
    t('validation.maxAtLeastGoal', { max: money(p, 'maximum', locale), goal: money(p, 'goal', locale) }),
  delivery_before_deadline: (p, t) => t('validation.deliveryMonth', { month: p.month }),
  not_whole_units: (p, t, locale, path) =>
    t(path === 'maxAmount' ? 'validation.maxWholeUnits' : 'validation.goalWholeUnits', {
      unit: money(p, 'unit', locale),
    }),
  min_purchase_too_large: (_, t) => t('validation.minPurchaseTooLarge'),
  goal_below_min_purchase: (p, t, locale) => t('validation.goalMinPurchase', { amount: money(p, 'amount', locale) }),
  offering_too_large: (_, t) => t('validation.offeringTooLarge'),
  max_not_offering: (p, t, locale) => t('validation.offeringCap', { amount: money(p, 'amount', locale) }),
  goal_above_offering: (p, t, locale) => t('validation.goalWithinOffering', { amount: money(p, 'amount', locale) }),
  tiers_or_donations: (_, t) => t('validation.tiersOrDonations'),
  min_shares_above_offering: (_, t) => t('validation.minSharesWithinOffering'),
  milestones_total: (p, t) => t('validation.milestonesTotal', { percent: bpsToPercentText(Number(p.total)) }),
  milestone_order: (_, t) => t('validation.milestoneOrder'),
  identity_never_public: (_, t) => t('validation.identityNeverPublic'),
  invalid_type: (_, t) => t('validation.invalidType'),
  unknown_field: (_, t) => t('validation.unknownField'),
  invalid_format: (p, t) => (p.format === 'email' ? t('validation.email') : t('validation.invalidFormat')),
  no_account: (_, t) => t('validation.noAccount'),
  email_taken: (_, t) => t('validation.emailTaken'),
  weak_password: (_, t) => t('validation.weakPassword'),
  link_expired: (_, t) => t('passwordReset.confirm.linkExpired'),
  required_to_submit: (_, t) => t('honesty.validation.requiredToSubmit'),
  too_short_to_submit: (p, t) => t('honesty.validation.tooShortToSubmit', { min: p.minimum }),
  not_confirmed: (_, t) => t('validation.notConfirmed'),
  file_required: (_, t) => t('validation.fileRequired'),
  file_type: (_, t) => t('validation.fileType'),
  restate_in_new_currency: (p, t) => t('validation.restateInNewCurrency', { currency: p.currency }),
};

/** The words for a field error's code, or undefined when the web has none for it. */
export function describeFieldCode(
  { code, params, path }: { code: string; params?: FieldErrorParams; path: string },
  t: TFunction,
  locale: string,
): string | undefined {
  // The API's details come as `api:<code>`, so the form's zod-issue wording does not claim them.
  const words: Words | undefined = (WORDS as Partial<Record<string, Words>>)[code.replace(/^api:/, '')];
  return words?.(params ?? {}, t, locale, path);
}

/** A field error from the rules or the API, in the reader's language where the web knows its code. */
export function describeRuleError(error: FieldError, t: TFunction, locale: string): string {
  return describeFieldCode(error, t, locale) ?? error.message;
}
