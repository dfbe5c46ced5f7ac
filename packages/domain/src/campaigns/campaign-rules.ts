import { daysBetween, MS_PER_DAY, utcDateOf, utcMonthOf } from '../common/calendar';
import type { FieldError } from '../common/field-errors';
import type { CurrencyCode } from '../money/currency';
import { formatMinorAsDecimal, MoneyError, mulMinor } from '../money/money';
import type { CampaignTermsByType, MilestoneInput } from './campaign-terms';
import { CAMPAIGN_DURATION_DAYS, type CampaignType } from './campaign-types';

interface CampaignDraftOf<T extends CampaignType> {
  type: T;
  terms: CampaignTermsByType[T];
  currency: CurrencyCode;
  goal: number;
  maxAmount?: number | null;
  /** ISO 8601 with an offset, or a Date the API already holds. */
  startsAt: string | Date;
  endsAt: string | Date;
  milestones?: readonly MilestoneInput[] | null;
}

/** A campaign as far as the cross-field rules care: a validated create body, or a stored campaign with a patch merged in. */
export type CampaignDraft = { [T in CampaignType]: CampaignDraftOf<T> }[CampaignType];

const TYPE_NAMES: Record<CampaignType, string> = { reward: 'reward', bond: 'bond', shareholding: 'share' };

function instant(value: string | Date): Date {
  return typeof value === 'string' ? new Date(value) : value;
}

function money(amountMinor: number, currency: CurrencyCode): string {
  return `${currency} ${formatMinorAsDecimal(amountMinor, currency)}`;
}

/** a × b, or null when the product is beyond what JSON can carry exactly. */
function productOrNull(a: number, b: number): number | null {
  try {
    return mulMinor(a, b);
  } catch (error) {
    if (error instanceof MoneyError) return null;
    throw error;
  }
}

/**
 * The hard cap the campaign actually has: a share offering can never raise
 * more than all its shares at their price, so that product is its maximum.
 * Throws a MoneyError when that product does not fit a safe integer
 * (`checkCampaignRules` reports that case as a field error first).
 */
export function effectiveMaxAmount(draft: CampaignDraft): number | null {
  if (draft.type === 'shareholding') return mulMinor(draft.terms.sharesOffered, draft.terms.pricePerShare);
  return draft.maxAmount ?? null;
}

/**
 * The rules that span several fields or need the clock. The API applies them
 * after parsing a create body and after merging a patch into the stored
 * campaign; the web form applies them as the founder types. An empty list
 * means the campaign may be saved.
 */
export function checkCampaignRules(draft: CampaignDraft, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  errors.push(...checkSchedule(draft, now));
  errors.push(...checkAmounts(draft));
  errors.push(...checkTypeRules(draft));
  return errors;
}

function checkSchedule(draft: CampaignDraft, now: Date): FieldError[] {
  const errors: FieldError[] = [];
  const startsAt = instant(draft.startsAt);
  const endsAt = instant(draft.endsAt);
  if (Number.isNaN(startsAt.getTime()))
    errors.push({ path: 'startsAt', code: 'invalid_date', message: 'The start is not a valid date and time.' });
  if (Number.isNaN(endsAt.getTime()))
    errors.push({ path: 'endsAt', code: 'invalid_date', message: 'The deadline is not a valid date and time.' });
  if (errors.length > 0) return errors;

  if (endsAt.getTime() <= startsAt.getTime()) {
    errors.push({ path: 'endsAt', code: 'deadline_before_start', message: 'The deadline must be after the start.' });
  } else {
    const { minDays, maxDays } = CAMPAIGN_DURATION_DAYS[draft.type];
    const durationMs = endsAt.getTime() - startsAt.getTime();
    if (durationMs < minDays * MS_PER_DAY || durationMs > maxDays * MS_PER_DAY) {
      const days = Math.round(daysBetween(startsAt, endsAt) * 10) / 10;
      errors.push({
        path: 'endsAt',
        code: 'duration_out_of_range',
        params: { minimum: minDays, maximum: maxDays, days },
        message: `A ${TYPE_NAMES[draft.type]} campaign must run between ${minDays} and ${maxDays} days; this one runs ${days} days.`,
      });
    }
  }
  if (endsAt.getTime() <= now.getTime()) {
    errors.push({ path: 'endsAt', code: 'deadline_in_past', message: 'The deadline must be in the future.' });
  }
  errors.push(...checkWithinReach('startsAt', 'The start', startsAt, now));
  errors.push(...checkWithinReach('endsAt', 'The deadline', endsAt, now));

  const deadlineDate = utcDateOf(endsAt);
  draft.milestones?.forEach((milestone, index) => {
    if (milestone.dueOn <= deadlineDate) {
      errors.push({
        path: `milestones.${index}.dueOn`,
        code: 'milestone_before_deadline',
        params: { deadline: deadlineDate },
        message: `A milestone must fall due after the campaign's deadline (${deadlineDate}).`,
      });
    }
  });
  return errors;
}

/**
 * A campaign is planned for the next two years and edited within two years
 * of its start; a date further off is a typo (0000-01-01, 9999-12-31) that
 * would also overflow the database's range.
 */
export const CAMPAIGN_DATE_REACH_YEARS = 2;

function checkWithinReach(path: 'startsAt' | 'endsAt', what: string, at: Date, now: Date): FieldError[] {
  const reachMs = CAMPAIGN_DATE_REACH_YEARS * 365.25 * MS_PER_DAY;
  const earliest = new Date(now.getTime() - reachMs);
  const latest = new Date(now.getTime() + reachMs);
  if (at.getTime() < earliest.getTime()) {
    return [
      {
        path,
        code: 'too_early',
        params: { minimum: earliest.toISOString(), years: CAMPAIGN_DATE_REACH_YEARS },
        message: `${what} must be within ${CAMPAIGN_DATE_REACH_YEARS} years of now.`,
      },
    ];
  }
  if (at.getTime() > latest.getTime()) {
    return [
      {
        path,
        code: 'too_late',
        params: { maximum: latest.toISOString(), years: CAMPAIGN_DATE_REACH_YEARS },
        message: `${what} must be within ${CAMPAIGN_DATE_REACH_YEARS} years of now.`,
      },
    ];
  }
  return [];
}

function checkAmounts(draft: CampaignDraft): FieldError[] {
  // A share offering's maximum is derived from its terms; its own rule speaks for it.
  if (draft.type === 'shareholding') return [];
  const { goal, maxAmount, currency } = draft;
  if (maxAmount !== undefined && maxAmount !== null && goal > maxAmount) {
    return [
      {
        path: 'maxAmount',
        code: 'max_below_goal',
        params: { maximum: maxAmount, goal, currency },
        message: `The maximum (${money(maxAmount, currency)}) must be at least the goal (${money(goal, currency)}).`,
      },
    ];
  }
  return [];
}

function checkTypeRules(draft: CampaignDraft): FieldError[] {
  switch (draft.type) {
    case 'reward':
      return checkRewardRules(draft);
    case 'bond':
      return checkBondRules(draft);
    case 'shareholding':
      return checkShareholdingRules(draft);
  }
}

function checkRewardRules(draft: CampaignDraftOf<'reward'>): FieldError[] {
  const endsAt = instant(draft.endsAt);
  if (Number.isNaN(endsAt.getTime())) return [];
  // Delivery is promised by month, so the deadline's own month is the earliest honest promise.
  const deadlineMonth = utcMonthOf(endsAt);
  const errors: FieldError[] = [];
  draft.terms.tiers.forEach((tier, index) => {
    if (tier.estimatedDelivery < deadlineMonth) {
      errors.push({
        path: `terms.tiers.${index}.estimatedDelivery`,
        code: 'delivery_before_deadline',
        params: { month: deadlineMonth },
        message: `Estimated delivery must be in the deadline's month (${deadlineMonth}) or later.`,
      });
    }
  });
  return errors;
}

function checkBondRules(draft: CampaignDraftOf<'bond'>): FieldError[] {
  const { goal, maxAmount, currency } = draft;
  const { denomination, minUnits } = draft.terms;
  const errors: FieldError[] = [];
  // A backer buys whole units, so any other goal or cap could never be reached exactly.
  if (goal % denomination !== 0) {
    errors.push({
      path: 'goal',
      code: 'not_whole_units',
      params: { unit: denomination, currency },
      message: `The goal must be a whole number of units of ${money(denomination, currency)}.`,
    });
  }
  if (maxAmount !== undefined && maxAmount !== null && maxAmount % denomination !== 0) {
    errors.push({
      path: 'maxAmount',
      code: 'not_whole_units',
      params: { unit: denomination, currency },
      message: `The maximum must be a whole number of units of ${money(denomination, currency)}.`,
    });
  }
  const minimumPurchase = productOrNull(minUnits, denomination);
  if (minimumPurchase === null) {
    errors.push({
      path: 'terms.minUnits',
      code: 'min_purchase_too_large',
      message: 'The minimum purchase (units × denomination) is too large.',
    });
  } else if (goal < minimumPurchase) {
    errors.push({
      path: 'goal',
      code: 'goal_below_min_purchase',
      params: { amount: minimumPurchase, currency },
      message: `The goal must be at least one minimum purchase (${minUnits} × ${money(denomination, currency)} = ${money(minimumPurchase, currency)}).`,
    });
  }
  return errors;
}

function checkShareholdingRules(draft: CampaignDraftOf<'shareholding'>): FieldError[] {
  const { goal, maxAmount, currency } = draft;
  const { sharesOffered, pricePerShare } = draft.terms;
  const offeringMaximum = productOrNull(sharesOffered, pricePerShare);
  if (offeringMaximum === null) {
    return [
      {
        path: 'terms.sharesOffered',
        code: 'offering_too_large',
        message: 'The offering (shares offered × price per share) is too large.',
      },
    ];
  }
  const errors: FieldError[] = [];
  if (maxAmount !== undefined && maxAmount !== null && maxAmount !== offeringMaximum) {
    errors.push({
      path: 'maxAmount',
      code: 'max_not_offering',
      params: { amount: offeringMaximum, currency },
      message: `The maximum of a share offering must equal shares offered × price per share (${money(offeringMaximum, currency)}).`,
    });
  }
  if (goal > offeringMaximum) {
    errors.push({
      path: 'goal',
      code: 'goal_above_offering',
      params: { amount: offeringMaximum, currency },
      message: `The goal must not exceed what all the shares offered would raise (${money(offeringMaximum, currency)}).`,
    });
  }
  return errors;
}
