import type { BondRepayment } from '@crowdstake/domain';
import {
  CAMPAIGN_DURATION_DAYS,
  MS_PER_DAY,
  type BondEarlyRepayment,
  type BondRepayment,
  type ShareHolding,
  type VotingRights,
  type CampaignType,
  type CampaignView,
  type CurrencyCode,
} from '@crowdstake/domain/core';
import {
  bpsToPercentText,
  minorToMajorText,
  parseMajorAmount,
  parsePercentAsBps,
  parseWholeNumber,
  type TextToIntegerResult,
} from '../../../components/forms/amount-text';
import { conversionProblem, type Problem } from '../../../components/forms/problems';

/**
 * The wizard's form holds what the founder typed: amounts in major units, rates and shares in
 * percent, instants as the browser's local `datetime-local` text. Field names are the API's
 * paths (`terms.tiers.0.price`), so an error from the API lands on its field without a mapping.
 * The terms of all three types live side by side so that switching type before the draft
 * exists loses nothing.
 */
export interface TierValues {
  title: string;
  description: string;
  price: string;
  quantity: string;
  estimatedDelivery: string;
}

export interface MilestoneValues {
  title: string;
  description: string;
  /** Percent of the funds, as typed ("60"); the API's `shareBps`. */
  shareBps: string;
  dueOn: string;
}

export interface WizardTermsValues {
  tiers: TierValues[];
  allowDonations: boolean;
  /** Percent a year, as typed ("6.5"); the API's `annualRateBps`. */
  annualRateBps: string;
  termMonths: string;
  repayment: BondRepayment;
  denomination: string;
  minUnits: string;
  shareClass: string;
  pricePerShare: string;
  preMoneyValuation: string;
  sharesOffered: string;
  minShares: string;
  /** What a backer must know (optional until submission); '' is "not said yet". */
  secured: '' | 'yes' | 'no';
  security: string;
  earlyRepayment: '' | BondEarlyRepayment;
  latePayment: string;
  votingRights: '' | VotingRights;
  holding: '' | ShareHolding;
  nominee: string;
}

export interface WizardValues {
  companyId: string;
  type: CampaignType | '';
  title: string;
  summary: string;
  currency: CurrencyCode;
  goal: string;
  maxAmount: string;
  startsAt: string;
  endsAt: string;
  terms: WizardTermsValues;
  description: string;
  risks: string;
  useOfFunds: string;
  milestones: MilestoneValues[];
}

export const EMPTY_TIER: TierValues = { title: '', description: '', price: '', quantity: '', estimatedDelivery: '' };
export const EMPTY_MILESTONE: MilestoneValues = { title: '', description: '', shareBps: '', dueOn: '' };

export function emptyWizardValues(companyId: string, currency: CurrencyCode): WizardValues {
  return {
    companyId,
    type: '',
    title: '',
    summary: '',
    currency,
    goal: '',
    maxAmount: '',
    startsAt: '',
    endsAt: '',
    terms: {
      tiers: [],
      allowDonations: true,
      annualRateBps: '',
      termMonths: '',
      repayment: 'amortizing',
      denomination: '',
      minUnits: '',
      shareClass: '',
      pricePerShare: '',
      preMoneyValuation: '',
      sharesOffered: '',
      minShares: '',
      secured: '',
      security: '',
      earlyRepayment: '',
      latePayment: '',
      votingRights: '',
      holding: '',
      nominee: '',
    },
    description: '',
    risks: '',
    useOfFunds: '',
    milestones: [],
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** An instant as `datetime-local` text in the browser's time zone ("2026-03-01T09:00"). */
export function toLocalInput(instant: Date): string {
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

/** `datetime-local` text back to an instant with an offset, or null when it is not a date. */
export function fromLocalInput(text: string): string | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2})?$/.test(text)) return null;
  const instant = new Date(text); // no offset in the text: the browser reads it as local time
  return Number.isNaN(instant.getTime()) ? null : instant.toISOString();
}

/**
 * The API creates a draft only from a complete, valid campaign, so the draft made on leaving the
 * first step carries starting values for everything not typed yet: a start tomorrow morning, a
 * duration well inside the type's bounds, modest terms and an outline of a story. Every one is
 * shown in its step for the founder to change; none is submitted without passing by them.
 */
export function withStartingValues(
  values: WizardValues,
  now: Date,
  text: { outline: string; shareClass: string },
): WizardValues {
  const type = values.type || 'reward';
  const start = new Date(now.getTime() + MS_PER_DAY);
  start.setHours(9, 0, 0, 0);
  const { minDays, maxDays } = CAMPAIGN_DURATION_DAYS[type];
  const days = Math.min(maxDays, Math.max(minDays, type === 'reward' ? 30 : 45));
  const end = new Date(start.getTime() + days * MS_PER_DAY);
  const or = (typed: string, starting: string) => (typed.trim() === '' ? starting : typed);
  const terms = values.terms;
  return {
    ...values,
    goal: or(values.goal, '10000'),
    startsAt: or(values.startsAt, toLocalInput(start)),
    endsAt: or(values.endsAt, toLocalInput(end)),
    terms: {
      ...terms,
      annualRateBps: or(terms.annualRateBps, '6'),
      termMonths: or(terms.termMonths, '12'),
      denomination: or(terms.denomination, '100'),
      minUnits: or(terms.minUnits, '1'),
      shareClass: or(terms.shareClass, text.shareClass),
      pricePerShare: or(terms.pricePerShare, '1'),
      preMoneyValuation: or(terms.preMoneyValuation, '1000000'),
      sharesOffered: or(terms.sharesOffered, '20000'),
      minShares: or(terms.minShares, '10'),
    },
    description: or(values.description, text.outline),
  };
}

/** A saved campaign as the form shows it. */
export function campaignToWizardValues(campaign: CampaignView): WizardValues {
  const money = (amount: number) => minorToMajorText(amount, campaign.currency);
  const values = emptyWizardValues(campaign.company.id, campaign.currency);
  const terms = { ...values.terms };
  if (campaign.type === 'reward') {
    terms.allowDonations = campaign.terms.allowDonations;
    terms.tiers = campaign.terms.tiers.map((tier) => ({
      title: tier.title,
      description: tier.description,
      price: money(tier.price),
      quantity: tier.quantity === undefined || tier.quantity === null ? '' : String(tier.quantity),
      estimatedDelivery: tier.estimatedDelivery,
    }));
  } else if (campaign.type === 'bond') {
    const bond = campaign.terms;
    Object.assign(terms, {
      annualRateBps: bpsToPercentText(bond.annualRateBps),
      termMonths: String(bond.termMonths),
      repayment: bond.repayment,
      denomination: money(bond.denomination),
      minUnits: String(bond.minUnits),
      secured: bond.secured === undefined ? '' : bond.secured ? 'yes' : 'no',
      security: bond.security ?? '',
      earlyRepayment: bond.earlyRepayment ?? '',
      latePayment: bond.latePayment ?? '',
    });
  } else {
    const shares = campaign.terms;
    Object.assign(terms, {
      shareClass: shares.shareClass,
      pricePerShare: money(shares.pricePerShare),
      preMoneyValuation: money(shares.preMoneyValuation),
      sharesOffered: String(shares.sharesOffered),
      minShares: String(shares.minShares),
      votingRights: shares.votingRights ?? '',
      holding: shares.holding ?? '',
      nominee: shares.nominee ?? '',
    });
  }
  return {
    ...values,
    type: campaign.type,
    title: campaign.title,
    summary: campaign.summary,
    goal: money(campaign.goal),
    maxAmount: campaign.type !== 'shareholding' && campaign.maxAmount !== null ? money(campaign.maxAmount) : '',
    startsAt: toLocalInput(new Date(campaign.startsAt)),
    endsAt: toLocalInput(new Date(campaign.endsAt)),
    terms,
    description: campaign.description,
    risks: campaign.risks ?? '',
    useOfFunds: campaign.useOfFunds ?? '',
    milestones: campaign.milestones.map((milestone) => ({
      title: milestone.title,
      description: milestone.description,
      shareBps: bpsToPercentText(milestone.shareBps),
      dueOn: milestone.dueOn,
    })),
  };
}

/** The form as the API's create body (the patch takes slices of it), with what could not be converted. */
export function wizardToBody(values: WizardValues): { body: Record<string, unknown>; problems: Problem[] } {
  const problems: Problem[] = [];
  const read = (path: string, result: TextToIntegerResult, optional = false): number | undefined => {
    if (result.ok) return result.value;
    if (!(optional && result.problem === 'empty')) problems.push(conversionProblem(path, result));
    return undefined;
  };
  const money = (path: string, text: string, optional = false) =>
    read(path, parseMajorAmount(text, values.currency), optional);
  const count = (path: string, text: string, optional = false) => read(path, parseWholeNumber(text), optional);
  const instant = (path: string, text: string) => {
    if (text.trim() === '') problems.push({ path, code: 'text_empty', message: 'empty' });
    return fromLocalInput(text) ?? (text.trim() === '' ? undefined : text);
  };

  const body: Record<string, unknown> = {
    companyId: values.companyId,
    type: values.type,
    title: values.title,
    summary: values.summary,
    description: values.description,
    risks: values.risks,
    useOfFunds: values.useOfFunds,
    currency: values.currency,
    goal: money('goal', values.goal),
    startsAt: instant('startsAt', values.startsAt),
    endsAt: instant('endsAt', values.endsAt),
    terms: termsToBody(values, money, count, read),
    milestones:
      values.milestones.length === 0
        ? undefined
        : values.milestones.map((milestone, index) => ({
            title: milestone.title,
            description: milestone.description,
            shareBps: read(`milestones.${index}.shareBps`, parsePercentAsBps(milestone.shareBps)),
            dueOn: milestone.dueOn || undefined,
          })),
  };
  // A share offering's cap is derived from its terms; sending one would only invite a mismatch.
  if (values.type !== 'shareholding') body.maxAmount = money('maxAmount', values.maxAmount, true);
  return { body, problems };
}

/** Optional text: nothing typed is "not said", not an empty answer. */
function textOrUndefined(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

type Reader = (path: string, text: string, optional?: boolean) => number | undefined;

function termsToBody(
  values: WizardValues,
  money: Reader,
  count: Reader,
  read: (path: string, result: TextToIntegerResult) => number | undefined,
): Record<string, unknown> {
  const terms = values.terms;
  switch (values.type) {
    case 'bond':
      return {
        annualRateBps: read('terms.annualRateBps', parsePercentAsBps(terms.annualRateBps)),
        termMonths: count('terms.termMonths', terms.termMonths),
        repayment: terms.repayment,
        denomination: money('terms.denomination', terms.denomination),
        minUnits: count('terms.minUnits', terms.minUnits),
        secured: terms.secured === '' ? undefined : terms.secured === 'yes',
        security: terms.secured === 'yes' ? textOrUndefined(terms.security) : undefined,
        earlyRepayment: terms.earlyRepayment || undefined,
        latePayment: textOrUndefined(terms.latePayment),
      };
    case 'shareholding':
      return {
        shareClass: terms.shareClass,
        pricePerShare: money('terms.pricePerShare', terms.pricePerShare),
        preMoneyValuation: money('terms.preMoneyValuation', terms.preMoneyValuation),
        sharesOffered: count('terms.sharesOffered', terms.sharesOffered),
        minShares: count('terms.minShares', terms.minShares),
        votingRights: terms.votingRights || undefined,
        holding: terms.holding || undefined,
        nominee: terms.holding === 'nominee' ? textOrUndefined(terms.nominee) : undefined,
      };
    default:
      return {
        allowDonations: terms.allowDonations,
        tiers: terms.tiers.map((tier, index) => ({
          title: tier.title,
          description: tier.description,
          price: money(`terms.tiers.${index}.price`, tier.price),
          quantity: count(`terms.tiers.${index}.quantity`, tier.quantity, true),
          estimatedDelivery: tier.estimatedDelivery || undefined,
        })),
      };
  }
}
