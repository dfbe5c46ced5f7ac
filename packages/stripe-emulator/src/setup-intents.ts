import type Stripe from 'stripe';
import * as build from './builders';
import { cardOutcome, redirectAction } from './card-outcome';
import { EmulatorError, invalidRequest, unexpectedState } from './errors';
import { metadata, oneOf, optionalBoolean, optionalString, type Params } from './params';
import { attach, resolvePaymentMethod } from './payment-methods';
import { list } from './lists';
import type { Handler, HandlerContext, RequestContext, Store } from './store';

export const createSetupIntent: Handler = (store, params, context) => {
  const customerId = optionalString(params, 'customer') ?? null;
  if (customerId) store.get('customer', customerId, 'customer');
  const intent = store.put(
    build.setupIntent(store.base('seti'), {
      customer: customerId,
      paymentMethod: null,
      usage: oneOf(params, 'usage', ['off_session', 'on_session'], 'off_session'),
      metadata: metadata(params),
      description: optionalString(params, 'description') ?? null,
    }),
  );
  const paymentMethodParam = optionalString(params, 'payment_method');
  if (paymentMethodParam) usePaymentMethod(store, intent, paymentMethodParam);
  store.emit('setup_intent.created', intent, context);
  if (optionalBoolean(params, 'confirm')) return confirm(store, intent, params, context);
  return intent;
};

/** Stripe's `GET /v1/setup_intents`, filtered by `customer` (and `payment_method`); newest first. */
export const listSetupIntents: Handler = (store, params) => {
  const customerId = optionalString(params, 'customer');
  const paymentMethodId = optionalString(params, 'payment_method');
  return list(
    store.all<Stripe.SetupIntent>(
      'setup_intent',
      (intent) =>
        (!customerId || intent.customer === customerId) &&
        (!paymentMethodId || intent.payment_method === paymentMethodId),
    ),
    params,
    '/v1/setup_intents',
  );
};

export const retrieveSetupIntent: Handler = (store, _params, { path }) => store.get('setup_intent', path[0]!);

export const confirmSetupIntent: Handler = (store, params, context) => {
  const intent = store.get<Stripe.SetupIntent>('setup_intent', context.path[0]!);
  const paymentMethodParam = optionalString(params, 'payment_method');
  if (paymentMethodParam) usePaymentMethod(store, intent, paymentMethodParam);
  return confirm(store, intent, params, context);
};

/** The customer's 3-D Secure step for a Stripe.SetupIntent (see authenticatePaymentIntent). */
export function authenticateSetupIntent(
  store: Store,
  intent: Stripe.SetupIntent,
  succeed: boolean,
  context: RequestContext | null,
): Stripe.SetupIntent {
  if (intent.status !== 'requires_action') {
    throw unexpectedState(
      `This Stripe.SetupIntent has a status of ${intent.status}; nothing to authenticate.`,
      'setup_intent_unexpected_state',
    );
  }
  intent.next_action = null;
  if (!succeed) {
    intent.status = 'requires_payment_method';
    intent.last_setup_error = {
      type: 'card_error',
      code: 'setup_intent_authentication_failure',
      message:
        'We are unable to authenticate your payment method. Please choose a different payment method and try again.',
    };
    intent.payment_method = null;
    store.emit('setup_intent.setup_failed', intent, context);
    return intent;
  }
  return succeedSetup(store, intent, context);
}

function usePaymentMethod(store: Store, intent: Stripe.SetupIntent, id: string): void {
  intent.payment_method = resolvePaymentMethod(store, id).id;
  if (intent.status === 'requires_payment_method') intent.status = 'requires_confirmation';
}

function confirm(
  store: Store,
  intent: Stripe.SetupIntent,
  params: Params,
  context: HandlerContext,
): Stripe.SetupIntent {
  if (!['requires_payment_method', 'requires_confirmation', 'requires_action'].includes(intent.status)) {
    throw unexpectedState(
      `You cannot confirm this Stripe.SetupIntent because it has a status of ${intent.status}.`,
      'setup_intent_unexpected_state',
    );
  }
  const paymentMethodId = typeof intent.payment_method === 'string' ? intent.payment_method : null;
  if (!paymentMethodId) {
    throw invalidRequest(
      "You cannot confirm this Stripe.SetupIntent because it's missing a payment method.",
      'payment_method',
      'setup_intent_unexpected_state',
    );
  }
  const outcome = cardOutcome(store, paymentMethodId, { offSession: false, forSetup: true });
  if (outcome.kind === 'authenticate') {
    intent.status = 'requires_action';
    intent.next_action = redirectAction(
      context.baseUrl,
      intent.id,
      optionalString(params, 'return_url'),
    ) as Stripe.SetupIntent.NextAction;
    store.emit('setup_intent.requires_action', intent, context);
    return intent;
  }
  if (outcome.kind === 'decline') {
    intent.status = 'requires_payment_method';
    intent.payment_method = null;
    intent.last_setup_error = {
      type: 'card_error',
      code: outcome.code as Stripe.SetupIntent.LastSetupError.Code,
      decline_code: outcome.declineCode,
      message: outcome.message,
      payment_method: store.get('payment_method', paymentMethodId),
    };
    store.emit('setup_intent.setup_failed', intent, context);
    throw new EmulatorError(402, {
      type: 'card_error',
      code: outcome.code,
      decline_code: outcome.declineCode,
      message: outcome.message,
      setup_intent: structuredClone(intent),
    });
  }
  return succeedSetup(store, intent, context);
}

/** A set-up card is attached to the customer and, used off-session, needs no further authentication. */
function succeedSetup(store: Store, intent: Stripe.SetupIntent, context: RequestContext | null): Stripe.SetupIntent {
  const paymentMethodId = intent.payment_method as string;
  if (intent.customer) attach(store, store.get('payment_method', paymentMethodId), intent.customer as string);
  if (intent.usage === 'off_session') store.card(paymentMethodId).setUpForOffSession = true;
  intent.status = 'succeeded';
  intent.last_setup_error = null;
  store.emit('setup_intent.succeeded', intent, context);
  return intent;
}

/**
 * Stripe's `POST /v1/setup_intents/:id/cancel`: a Stripe.SetupIntent not yet succeeded (waiting
 * for a card, a confirmation or 3-D Secure) becomes `canceled`; a finished one is refused.
 */
export const cancelSetupIntent: Handler = (store, params, context) => {
  const intent = store.get<Stripe.SetupIntent>('setup_intent', context.path[0]!);
  const cancellable: Stripe.SetupIntent.Status[] = [
    'requires_payment_method',
    'requires_confirmation',
    'requires_action',
  ];
  if (!cancellable.includes(intent.status)) {
    throw unexpectedState(
      `You cannot cancel this Stripe.SetupIntent because it has a status of ${intent.status}. Only a Stripe.SetupIntent with one of the following statuses may be canceled: ${cancellable.join(', ')}.`,
      'setup_intent_unexpected_state',
    );
  }
  intent.status = 'canceled';
  intent.next_action = null;
  const reason = oneOf(params, 'cancellation_reason', ['abandoned', 'duplicate', 'requested_by_customer', ''], '');
  intent.cancellation_reason = reason === '' ? null : (reason as Stripe.SetupIntent.CancellationReason);
  store.emit('setup_intent.canceled', intent, context);
  return intent;
};
