import { formatMoney, isCurrencyCode, type FieldError } from '@crowdstake/domain';
import type { TFunction } from 'i18next';
import { bpsToPercentText, parseMajorAmount } from './amount-text';

/**
 * The domain's cross-field rules (`checkCampaignRules`, the schemas' refinements) and the API's
 * field errors speak in English sentences without a machine code. The web recognises the ones a
 * founder can meet and says them in the reader's language; a sentence it does not know (a rule
 * added later) is shown as the server wrote it, which is still a clear English sentence.
 */
type Translate = (match: RegExpExecArray, t: TFunction, locale: string) => string;

/** "USD 1250.00" as the domain writes amounts, in the reader's format ("$1,250.00", "US$1,250.00"). */
function money(text: string | undefined, locale: string): string {
  const [code, amount] = (text ?? '').split(' ');
  if (!code || amount === undefined || !isCurrencyCode(code)) return text ?? '';
  const parsed = parseMajorAmount(amount, code);
  return parsed.ok ? formatMoney(parsed.value, code, locale) : (text ?? '');
}

const SENTENCES: [RegExp, Translate][] = [
  [/^The (start|deadline) is not a valid date and time\.$/, (_, t) => t('founder.validation.dateTime')],
  [/^The deadline must be after the start\.$/, (_, t) => t('founder.validation.deadlineAfterStart')],
  [
    /^A \w+ campaign must run between (\d+) and (\d+) days; this one runs ([\d.]+) days\.$/,
    (m, t) => t('founder.validation.duration', { min: m[1], max: m[2], days: m[3] }),
  ],
  [/^The deadline must be in the future\.$/, (_, t) => t('founder.validation.deadlineFuture')],
  [
    /^A milestone must fall due after the campaign's deadline \((\d{4}-\d{2}-\d{2})\)\.$/,
    (m, t) => t('founder.validation.milestoneAfterDeadline', { date: m[1] }),
  ],
  [
    /^The maximum \((.+)\) must be at least the goal \((.+)\)\.$/,
    (m, t, locale) => t('founder.validation.maxAtLeastGoal', { max: money(m[1], locale), goal: money(m[2], locale) }),
  ],
  [
    /^Estimated delivery must be in the deadline's month \((\d{4}-\d{2})\) or later\.$/,
    (m, t) => t('founder.validation.deliveryMonth', { month: m[1] }),
  ],
  [
    /^The goal must be a whole number of units of (.+)\.$/,
    (m, t, locale) => t('founder.validation.goalWholeUnits', { unit: money(m[1], locale) }),
  ],
  [
    /^The maximum must be a whole number of units of (.+)\.$/,
    (m, t, locale) => t('founder.validation.maxWholeUnits', { unit: money(m[1], locale) }),
  ],
  [
    /^The minimum purchase \(units × denomination\) is too large\.$/,
    (_, t) => t('founder.validation.minPurchaseTooLarge'),
  ],
  [
    /^The goal must be at least one minimum purchase \(.+ = (.+)\)\.$/,
    (m, t, locale) => t('founder.validation.goalMinPurchase', { amount: money(m[1], locale) }),
  ],
  [
    /^The offering \(shares offered × price per share\) is too large\.$/,
    (_, t) => t('founder.validation.offeringTooLarge'),
  ],
  [
    /^The maximum of a share offering must equal shares offered × price per share \((.+)\)\.$/,
    (m, t, locale) => t('founder.validation.offeringCap', { amount: money(m[1], locale) }),
  ],
  [
    /^The goal must not exceed what all the shares offered would raise \((.+)\)\.$/,
    (m, t, locale) => t('founder.validation.goalWithinOffering', { amount: money(m[1], locale) }),
  ],
  [/^Add at least one reward tier, or allow donations\.$/, (_, t) => t('founder.validation.tiersOrDonations')],
  [
    /^The minimum purchase cannot be more shares than the offering has\.$/,
    (_, t) => t('founder.validation.minSharesWithinOffering'),
  ],
  [
    /^Milestone shares must add up to 100% \(10000 basis points\); they add up to (\d+)\.$/,
    (m, t) => t('founder.validation.milestonesTotal', { percent: bpsToPercentText(Number(m[1])) }),
  ],
  [/^Each milestone must fall due on or after the one before it\.$/, (_, t) => t('founder.validation.milestoneOrder')],
  [/^The founding date cannot be in the future\.$/, (_, t) => t('founder.validation.foundedInFuture')],
  [/^An identity document can never be public\.$/, (_, t) => t('founder.validation.identityNeverPublic')],
];

/** The sentence in the reader's language, or undefined when it is not one the web knows. */
export function translateDomainSentence(message: string, t: TFunction, locale: string): string | undefined {
  for (const [pattern, translate] of SENTENCES) {
    const match = pattern.exec(message);
    if (match) return translate(match, t, locale);
  }
  return undefined;
}

/** A field error from the rules or the API, in the reader's language where the web knows it. */
export function describeRuleError(error: FieldError, t: TFunction, locale: string): string {
  return translateDomainSentence(error.message, t, locale) ?? error.message;
}
