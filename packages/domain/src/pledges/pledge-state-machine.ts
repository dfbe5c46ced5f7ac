import type { PledgeStatus } from './pledge-types';

/** What moves a pledge. */
export const PLEDGE_EVENTS = [
  /** Stripe confirmed the payment or the saved card. */
  'payment_confirmed',
  /** Stripe refused the payment (declined, authentication abandoned). */
  'payment_failed',
  /** The backer cancelled inside the window, or the campaign failed or was cancelled, and nothing had been taken. */
  'released',
  /** Money that had been taken was returned in full. */
  'refunded',
  /** The campaign succeeded and the pledge's money went to escrow for the founder. */
  'settled',
  /** The off-session charge of a saved card failed at success. */
  'charge_failed',
  /** The retry window of an `action_required` pledge ended without a successful charge. */
  'retry_window_ended',
] as const;
export type PledgeEvent = (typeof PLEDGE_EVENTS)[number];

export interface PledgeTransition {
  from: PledgeStatus;
  event: PledgeEvent;
  to: PledgeStatus;
}

/**
 * Every allowed move of a pledge. A pledge only ever moves forward: an event
 * that arrives late or twice (a duplicated or reordered webhook) finds no row
 * and changes nothing.
 */
export const PLEDGE_TRANSITIONS: readonly PledgeTransition[] = [
  { from: 'pending', event: 'payment_confirmed', to: 'held' },
  { from: 'pending', event: 'payment_failed', to: 'failed' },
  { from: 'pending', event: 'released', to: 'cancelled' },

  { from: 'held', event: 'released', to: 'cancelled' },
  { from: 'held', event: 'refunded', to: 'refunded' },
  { from: 'held', event: 'settled', to: 'settled' },
  { from: 'held', event: 'charge_failed', to: 'action_required' },

  { from: 'action_required', event: 'settled', to: 'settled' },
  { from: 'action_required', event: 'retry_window_ended', to: 'failed' },
  { from: 'action_required', event: 'released', to: 'cancelled' },

  // A wind-down returns what is left in escrow to the backers of a funded campaign.
  { from: 'settled', event: 'refunded', to: 'refunded' },
];

/** The status after the event, or null when the event does not apply (it is then ignored, never an error in a worker). */
export function nextPledgeStatus(from: PledgeStatus, event: PledgeEvent): PledgeStatus | null {
  return PLEDGE_TRANSITIONS.find((row) => row.from === from && row.event === event)?.to ?? null;
}

/** The statuses from which an event may move a pledge: what a conditional `UPDATE … WHERE status = ANY(…)` names. */
export function pledgeStatusesAccepting(event: PledgeEvent): PledgeStatus[] {
  return PLEDGE_TRANSITIONS.filter((row) => row.event === event).map((row) => row.from);
}
