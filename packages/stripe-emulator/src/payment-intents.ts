import type Stripe from 'stripe';
import * as build from './builders';
import { cardOutcome, processingFee, redirectAction } from './card-outcome';
import { EmulatorError, invalidRequest, unexpectedState } from './errors';
import { list, search } from './lists';
import { currency, metadata, oneOf, optionalBoolean, optionalString, positiveAmount, type Params } from './params';
import { attach, resolvePaymentMethod } from './payment-methods';
import type { Handler, HandlerContext, RequestContext, Store } from './store';

export const createPaymentIntent: Handler = (store, params, context) => {
  const customerId = optionalString(params, 'customer') ?? null;
  if (customerId) store.get('customer', customerId, 'customer');
  const paymentMethodParam = optionalString(params, 'payment_method');
  const intent = store.put(
    build.paymentIntent(store.base('pi'), {
      amount: positiveAmount(params, 'amount', true)!,
      currency: currency(params),
      customer: customerId,
      paymentMethod: null,
      captureMethod: oneOf(params, 'capture_method', ['automatic', 'automatic_async', 'manual'], 'automatic_async'),
      metadata: metadata(params),
      description: optionalString(params, 'description') ?? null,
      transferGroup: optionalString(params, 'transfer_group') ?? null,
      setupFutureUsage: oneOf(params, 'setup_future_usage', ['off_session', 'on_session', ''], '') || null,
    }),
  );
  if (paymentMethodParam) usePaymentMethod(store, intent, paymentMethodParam);
  store.emit('payment_intent.created', intent, context);
  if (optionalBoolean(params, 'confirm')) return confirm(store, intent, params, context);
  return intent;
};

export const retrievePaymentIntent: Handler = (store, _params, { path }) => store.get('payment_intent', path[0]!);

export const confirmPaymentIntent: Handler = (store, params, context) => {
  const intent = store.get<Stripe.PaymentIntent>('payment_intent', context.path[0]!);
  const paymentMethodParam = optionalString(params, 'payment_method');
  if (paymentMethodParam) usePaymentMethod(store, intent, paymentMethodParam);
  return confirm(store, intent, params, context);
};

export const capturePaymentIntent: Handler = (store, params, context) => {
  const intent = store.get<Stripe.PaymentIntent>('payment_intent', context.path[0]!);
  if (intent.status !== 'requires_capture') {
    throw unexpectedState(
      `This Stripe.PaymentIntent could not be captured because it has a status of ${intent.status}. Only a Stripe.PaymentIntent with one of the following statuses may be captured: requires_capture.`,
      'payment_intent_unexpected_state',
    );
  }
  const amount = positiveAmount(params, 'amount_to_capture', false) ?? intent.amount_capturable;
  if (amount > intent.amount_capturable)
    throw invalidRequest(
      'The amount to capture exceeds the amount capturable.',
      'amount_to_capture',
      'amount_too_large',
    );
  collect(store, intent, amount, context);
  return intent;
};

export const cancelPaymentIntent: Handler = (store, params, context) => {
  const intent = store.get<Stripe.PaymentIntent>('payment_intent', context.path[0]!);
  const cancellable: Stripe.PaymentIntent.Status[] = [
    'requires_payment_method',
    'requires_confirmation',
    'requires_action',
    'requires_capture',
  ];
  if (!cancellable.includes(intent.status)) {
    throw unexpectedState(
      `You cannot cancel this Stripe.PaymentIntent because it has a status of ${intent.status}. Only a Stripe.PaymentIntent with one of the following statuses may be canceled: ${cancellable.join(', ')}.`,
      'payment_intent_unexpected_state',
    );
  }
  if (intent.status === 'requires_capture' && typeof intent.latest_charge === 'string') {
    // Cancelling an authorization releases the hold: the uncaptured charge counts as refunded.
    const charge = store.get<Stripe.Charge>('charge', intent.latest_charge);
    charge.amount_refunded = charge.amount;
    charge.refunded = true;
  }
  intent.status = 'canceled';
  intent.canceled_at = store.clock.nowSeconds();
  intent.amount_capturable = 0;
  intent.next_action = null;
  intent.cancellation_reason = oneOf(
    params,
    'cancellation_reason',
    ['duplicate', 'fraudulent', 'requested_by_customer', 'abandoned', ''],
    '',
  ) as Stripe.PaymentIntent.CancellationReason;
  if ((intent.cancellation_reason as string) === '') intent.cancellation_reason = null;
  store.emit('payment_intent.canceled', intent, context);
  return intent;
};

export const listPaymentIntents: Handler = (store, params) => {
  const customerId = optionalString(params, 'customer');
  return list(
    store.all<Stripe.PaymentIntent>('payment_intent', (intent) => !customerId || intent.customer === customerId),
    params,
    '/v1/payment_intents',
  );
};

export const searchPaymentIntents: Handler = (store, params) =>
  search(store.all<Stripe.PaymentIntent>('payment_intent'), params, '/v1/payment_intents/search');

/**
 * The customer's step in the browser (3-D Secure): Stripe.js would show the bank's page; the
 * emulator's authentication page or control API completes or fails it.
 */
export function authenticatePaymentIntent(
  store: Store,
  intent: Stripe.PaymentIntent,
  succeed: boolean,
  context: RequestContext | null,
): Stripe.PaymentIntent {
  if (intent.status !== 'requires_action') {
    throw unexpectedState(
      `This Stripe.PaymentIntent has a status of ${intent.status}; nothing to authenticate.`,
      'payment_intent_unexpected_state',
    );
  }
  intent.next_action = null;
  const paymentMethodId = intent.payment_method as string;
  if (!succeed) {
    fail(
      store,
      intent,
      paymentMethodId,
      {
        code: 'payment_intent_authentication_failure',
        declineCode: '',
        message:
          'We are unable to authenticate your payment method. Please choose a different payment method and try again.',
      },
      context,
      false,
    );
    return intent;
  }
  if (intent.setup_future_usage === 'off_session') store.card(paymentMethodId).setUpForOffSession = true;
  approve(store, intent, paymentMethodId, context);
  return intent;
}

function usePaymentMethod(store: Store, intent: Stripe.PaymentIntent, id: string): void {
  const paymentMethod = resolvePaymentMethod(store, id);
  if (paymentMethod.customer && paymentMethod.customer !== intent.customer) {
    throw invalidRequest(
      `The provided PaymentMethod was previously used with a Stripe.PaymentIntent without Customer attachment, shared with a connected account without Customer attachment, or was detached from a Customer. It may not be used again.`,
      'payment_method',
      'payment_method_unexpected_state',
    );
  }
  intent.payment_method = paymentMethod.id;
  if (intent.status === 'requires_payment_method') intent.status = 'requires_confirmation';
}

function confirm(
  store: Store,
  intent: Stripe.PaymentIntent,
  params: Params,
  context: HandlerContext,
): Stripe.PaymentIntent {
  const confirmable: Stripe.PaymentIntent.Status[] = [
    'requires_payment_method',
    'requires_confirmation',
    'requires_action',
  ];
  if (!confirmable.includes(intent.status)) {
    throw unexpectedState(
      `This Stripe.PaymentIntent's payment_method could not be updated because it has a status of ${intent.status}. You may only update the payment_method of a Stripe.PaymentIntent with one of the following statuses: ${confirmable.join(', ')}.`,
      'payment_intent_unexpected_state',
    );
  }
  const paymentMethodId = typeof intent.payment_method === 'string' ? intent.payment_method : null;
  if (!paymentMethodId) {
    throw invalidRequest(
      "You cannot confirm this Stripe.PaymentIntent because it's missing a payment method. You can either update the Stripe.PaymentIntent with a payment method and then confirm it again, or confirm it again directly with a payment method.",
      'payment_method',
      'payment_intent_unexpected_state',
    );
  }
  const offSessionParam = optionalString(params, 'off_session');
  const offSession = offSessionParam !== undefined && offSessionParam !== 'false';
  if (offSession && !intent.customer) {
    throw invalidRequest(
      'When confirming a Stripe.PaymentIntent with off_session, you must provide a customer.',
      'off_session',
    );
  }
  const outcome = cardOutcome(store, paymentMethodId, { offSession });
  if (outcome.kind === 'decline') return fail(store, intent, paymentMethodId, outcome, context, true);
  if (outcome.kind === 'authenticate') {
    intent.status = 'requires_action';
    intent.next_action = redirectAction(context.baseUrl, intent.id, optionalString(params, 'return_url'));
    store.emit('payment_intent.requires_action', intent, context);
    return intent;
  }
  return approve(store, intent, paymentMethodId, context);
}

function approve(
  store: Store,
  intent: Stripe.PaymentIntent,
  paymentMethodId: string,
  context: RequestContext | null,
): Stripe.PaymentIntent {
  const charge = store.put(
    build.charge(store.base('ch'), {
      amount: intent.amount,
      currency: intent.currency,
      customer: intent.customer as string | null,
      paymentIntent: intent.id,
      paymentMethod: paymentMethodId,
      profile: store.card(paymentMethodId).profile,
      captured: false,
      failure: null,
      metadata: { ...intent.metadata },
      description: intent.description,
      transferGroup: intent.transfer_group,
    }),
  );
  intent.latest_charge = charge.id;
  intent.last_payment_error = null;
  if (intent.setup_future_usage && intent.customer) {
    attach(store, store.get('payment_method', paymentMethodId), intent.customer as string);
  }
  if (intent.capture_method === 'manual') {
    intent.status = 'requires_capture';
    intent.amount_capturable = intent.amount;
    store.emit('charge.succeeded', charge, context);
    store.emit('payment_intent.amount_capturable_updated', intent, context);
    return intent;
  }
  intent.amount_capturable = intent.amount;
  collect(store, intent, intent.amount, context);
  return intent;
}

/** Captures the charge: the platform's balance gains the amount less Stripe's fee. */
function collect(store: Store, intent: Stripe.PaymentIntent, amount: number, context: RequestContext | null): void {
  const charge = store.get<Stripe.Charge>('charge', intent.latest_charge as string);
  charge.captured = true;
  charge.amount_captured = amount;
  charge.balance_transaction = store.move(null, {
    amount,
    fee: processingFee(amount),
    currency: charge.currency,
    type: 'charge',
    source: charge.id,
  });
  intent.status = 'succeeded';
  intent.amount_received = amount;
  intent.amount_capturable = 0;
  store.emit(intent.capture_method === 'manual' ? 'charge.captured' : 'charge.succeeded', charge, context);
  store.emit('payment_intent.succeeded', intent, context);
}

function fail(
  store: Store,
  intent: Stripe.PaymentIntent,
  paymentMethodId: string,
  failure: { code: string; declineCode: string; message: string },
  context: RequestContext | null,
  answerWithError: boolean,
): Stripe.PaymentIntent {
  const charge = store.put(
    build.charge(store.base('ch'), {
      amount: intent.amount,
      currency: intent.currency,
      customer: intent.customer as string | null,
      paymentIntent: intent.id,
      paymentMethod: paymentMethodId,
      profile: store.card(paymentMethodId).profile,
      captured: false,
      failure,
      metadata: { ...intent.metadata },
      description: intent.description,
      transferGroup: intent.transfer_group,
    }),
  );
  intent.latest_charge = charge.id;
  intent.status = 'requires_payment_method';
  intent.payment_method = null;
  intent.next_action = null;
  intent.last_payment_error = {
    type: 'card_error',
    code: failure.code as Stripe.PaymentIntent.LastPaymentError.Code,
    ...(failure.declineCode ? { decline_code: failure.declineCode } : {}),
    message: failure.message,
    charge: charge.id,
    payment_method: store.get('payment_method', paymentMethodId),
  };
  store.emit('charge.failed', charge, context);
  store.emit('payment_intent.payment_failed', intent, context);
  if (!answerWithError) return intent;
  throw new EmulatorError(402, {
    type: 'card_error',
    code: failure.code,
    ...(failure.declineCode ? { decline_code: failure.declineCode } : {}),
    message: failure.message,
    charge: charge.id,
    payment_intent: structuredClone(intent),
    doc_url: `https://stripe.com/docs/error-codes/${failure.code.replace(/_/g, '-')}`,
  });
}
