import type { PledgeInput } from '@crowdstake/domain';
import {
  MAX_PLEDGE_MINOR,
  minimumDonation,
  priceBondPledge,
  priceSharePledge,
  type CampaignView,
  type PledgeView,
} from '@crowdstake/domain/core';
import { isApiError } from '../../api/api-error';
import { parseMajorAmount, parseWholeNumber } from '../../components/forms/amount-text';

/**
 * What a backer picks before paying, as typed. The amount is computed here exactly as the
 * server computes it (the domain's pricing: units × denomination, shares × price per share), so
 * the figure on the Pay button is the figure charged.
 */
export type PledgeChoice =
  | { kind: 'tier'; tierId: string }
  | { kind: 'donation'; amountText: string }
  | { kind: 'units'; countText: string }
  | { kind: 'shares'; countText: string };

export type ChoiceProblem =
  'empty' | 'format' | 'precision' | 'too_large' | 'below_minimum' | 'no_tier' | 'sold_out' | 'donations_not_allowed';

/** What goes into the pledge body besides the payment method and the acknowledgement. */
export type ChoiceInput = { tierId: string } | { amount: number } | { units: number } | { shares: number };

export type PricedChoice =
  { ok: true; amount: number; input: ChoiceInput } | { ok: false; problem: ChoiceProblem; minimum?: number };

/** The choice a pledge form starts with: the first tier still available, else a donation, else the minimum count. */
export function initialChoice(campaign: CampaignView): PledgeChoice {
  switch (campaign.type) {
    case 'reward': {
      const open = campaign.terms.tiers.find((tier) => tier.remaining === null || tier.remaining > 0);
      if (open) return { kind: 'tier', tierId: open.id };
      return { kind: 'donation', amountText: '' };
    }
    case 'bond':
      return { kind: 'units', countText: String(campaign.terms.minUnits) };
    case 'shareholding':
      return { kind: 'shares', countText: String(campaign.terms.minShares) };
  }
}

export function priceChoice(campaign: CampaignView, choice: PledgeChoice): PricedChoice {
  if (campaign.type === 'reward') {
    if (choice.kind === 'tier') {
      const tier = campaign.terms.tiers.find((candidate) => candidate.id === choice.tierId);
      if (!tier) return { ok: false, problem: 'no_tier' };
      if (tier.remaining !== null && tier.remaining <= 0) return { ok: false, problem: 'sold_out' };
      return { ok: true, amount: tier.price, input: { tierId: tier.id } };
    }
    if (choice.kind === 'donation') {
      if (!campaign.terms.allowDonations) return { ok: false, problem: 'donations_not_allowed' };
      const parsed = parseMajorAmount(choice.amountText, campaign.currency);
      if (!parsed.ok) return { ok: false, problem: parsed.problem };
      const minimum = minimumDonation(campaign.currency);
      if (parsed.value < minimum) return { ok: false, problem: 'below_minimum', minimum };
      if (parsed.value > MAX_PLEDGE_MINOR) return { ok: false, problem: 'too_large' };
      return { ok: true, amount: parsed.value, input: { amount: parsed.value } };
    }
    return { ok: false, problem: 'no_tier' };
  }
  const countText = choice.kind === 'units' || choice.kind === 'shares' ? choice.countText : '';
  const count = parseWholeNumber(countText);
  if (!count.ok) return { ok: false, problem: count.problem };
  const minimum = campaign.type === 'bond' ? campaign.terms.minUnits : campaign.terms.minShares;
  if (count.value < minimum) return { ok: false, problem: 'below_minimum', minimum };
  const priced =
    campaign.type === 'bond'
      ? priceBondPledge(campaign.terms, { units: count.value })
      : priceSharePledge(campaign.terms, { shares: count.value });
  if (!priced.ok) return { ok: false, problem: priced.problem.code === 'amount_too_large' ? 'too_large' : 'format' };
  const input = campaign.type === 'bond' ? { units: count.value } : { shares: count.value };
  return { ok: true, amount: priced.pledge.amount, input };
}

/** Bonds and shares can lose everything: the backer must say they read the warning. */
export function needsRiskAcknowledgement(type: CampaignView['type']): boolean {
  return type !== 'reward';
}

export function pledgeBody(
  type: CampaignView['type'],
  input: ChoiceInput,
  paymentMethodId: string,
  acknowledgedRisk: boolean,
): PledgeInput {
  if (type === 'reward') return { ...(input as { tierId: string } | { amount: number }), paymentMethodId };
  if (type === 'bond') return { units: (input as { units: number }).units, acknowledgedRisk, paymentMethodId };
  return { shares: (input as { shares: number }).shares, acknowledgedRisk, paymentMethodId };
}

/** Whether the backer may still cancel: the money is held or on its way, and the window is open. */
export function isCancellable(pledge: Pick<PledgeView, 'status' | 'cancellableUntil'>, now: Date): boolean {
  if (pledge.status !== 'pending' && pledge.status !== 'held') return false;
  if (!pledge.cancellableUntil) return false;
  return now.getTime() < new Date(pledge.cancellableUntil).getTime();
}

/** An attempt to pledge: its Idempotency-Key, what it sent, and whether an answer came back. */
export interface Attempt {
  key: string;
  fingerprint: string;
  answered: boolean;
}

/**
 * The key for sending `fingerprint`: the previous attempt's key when the same body is sent again
 * and the first never got an answer (the network failed or the server broke: it may have been
 * taken), so the server returns that pledge instead of making a second one; a new key otherwise,
 * because a declined card or a changed choice is a new attempt.
 */
export function keyForAttempt(previous: Attempt | null, fingerprint: string, makeKey: () => string): string {
  if (previous && !previous.answered && previous.fingerprint === fingerprint) return previous.key;
  return makeKey();
}

/** Whether a failure is a real answer from the server (a refusal), rather than an unknown outcome. */
export function isAnswered(error: unknown): boolean {
  return isApiError(error) && !error.isNetworkFailure && error.status < 500;
}

export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('');
}

/** The remaining investment limit the API reported in `details[0].params.maximum`, if it did. */
export function limitMaximum(error: unknown): number | null {
  if (!isApiError(error)) return null;
  const params = (error.details[0] as { params?: { maximum?: unknown } } | undefined)?.params;
  return typeof params?.maximum === 'number' ? params.maximum : null;
}
