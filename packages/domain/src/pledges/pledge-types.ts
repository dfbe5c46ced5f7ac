import type { CurrencyCode } from '../money/currency';

/**
 * A pledge's status (the API's words, docs/api.md):
 * - `pending`: payment not yet confirmed (e.g. the backer must authenticate);
 * - `held`: money or a saved card secured for the campaign;
 * - `failed`: payment failed, nothing held;
 * - `cancelled`: nothing was taken, or a saved card was released;
 * - `refunded`: money was taken and returned in full;
 * - `settled`: released to the founder after success;
 * - `action_required`: a saved card's charge at success failed; the backer may fix it within the retry window.
 */
export const PLEDGE_STATUSES = [
  'pending',
  'held',
  'failed',
  'cancelled',
  'refunded',
  'settled',
  'action_required',
] as const;
export type PledgeStatus = (typeof PLEDGE_STATUSES)[number];

/** Statuses whose amount counts towards a campaign's `raised` and `backers` (what is committed). */
export const COMMITTED_PLEDGE_STATUSES = [
  'held',
  'settled',
  'action_required',
] as const satisfies readonly PledgeStatus[];

/** Statuses a pledge never leaves. */
export const FINAL_PLEDGE_STATUSES = ['failed', 'cancelled', 'refunded'] as const satisfies readonly PledgeStatus[];

export function isCommittedPledge(status: PledgeStatus): boolean {
  return (COMMITTED_PLEDGE_STATUSES as readonly PledgeStatus[]).includes(status);
}

/**
 * How the money of a pledge is held (docs/decisions): a reward pledge saves the
 * card and is charged off-session at success; bond and share commitments are
 * charged at once into the platform's balance and refunded on failure.
 */
export const HOLDING_METHODS = ['saved_card', 'charged'] as const;
export type HoldingMethod = (typeof HOLDING_METHODS)[number];

/** A pledge as `GET /api/pledges/:id` shows it. */
export interface PledgeView {
  id: string;
  campaignId: string;
  status: PledgeStatus;
  amount: number;
  currency: CurrencyCode;
  tierId?: string;
  units?: number;
  shares?: number;
  createdAt: string;
  /** After this instant the pledge is final; null once it can no longer be cancelled for another reason. */
  cancellableUntil: string;
  /** Present while the backer must authenticate the payment. */
  nextAction?: { clientSecret: string };
}
