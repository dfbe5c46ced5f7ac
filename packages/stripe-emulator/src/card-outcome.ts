import type Stripe from 'stripe';
import type { Store } from './store';

export type CardOutcome =
  | { kind: 'approve' }
  | { kind: 'authenticate' }
  | { kind: 'decline'; code: string; declineCode: string; message: string };

const authenticationRequired = {
  kind: 'decline',
  code: 'authentication_required',
  declineCode: 'authentication_required',
  message: 'Your card was declined. This transaction requires authentication.',
} as const;

/** What the card behind a PaymentMethod does with a payment (or, with `forSetup`, with a SetupIntent). */
export function cardOutcome(
  store: Store,
  paymentMethodId: string,
  options: { offSession: boolean; forSetup?: boolean },
): CardOutcome {
  const { profile, setUpForOffSession } = store.card(paymentMethodId);
  if (options.forSetup) {
    if (profile.declinesSetup && profile.decline) return { kind: 'decline', ...profile.decline };
    return profile.alwaysAuthenticate || profile.authenticateUntilSetUp
      ? { kind: 'authenticate' }
      : { kind: 'approve' };
  }
  if (profile.decline) return { kind: 'decline', ...profile.decline };
  const mustAuthenticate = profile.alwaysAuthenticate || (profile.authenticateUntilSetUp && !setUpForOffSession);
  if (!mustAuthenticate) return { kind: 'approve' };
  return options.offSession ? authenticationRequired : { kind: 'authenticate' };
}

/** Stripe's standard card pricing, which the emulator charges the platform: 2.9% + 30 cents, rounded half up. */
export function processingFee(amount: number): number {
  return Math.round(amount * 0.029) + 30;
}

export function redirectAction(
  baseUrl: string,
  intentId: string,
  returnUrl: string | undefined,
): Stripe.PaymentIntent.NextAction {
  const url = new URL(`/_emulator/authenticate/${intentId}`, baseUrl);
  if (returnUrl) url.searchParams.set('return_url', returnUrl);
  return { type: 'redirect_to_url', redirect_to_url: { url: url.toString(), return_url: returnUrl ?? null } };
}
