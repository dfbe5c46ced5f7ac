import type Stripe from 'stripe';
import * as money from './builders-money';
import { invalidRequest, missingParam, unexpectedState } from './errors';
import { list } from './lists';
import { metadata, oneOf, optionalString, positiveAmount } from './params';
import type { Handler } from './store';

/**
 * A refund of a captured charge, whole or in part. Stripe keeps its processing fee, so the
 * platform's balance loses the full refunded amount.
 */
export const createRefund: Handler = (store, params, context) => {
  const paymentIntentId = optionalString(params, 'payment_intent');
  const chargeId = optionalString(params, 'charge');
  if (!paymentIntentId && !chargeId) throw missingParam('payment_intent');
  let charge: Stripe.Charge;
  if (paymentIntentId) {
    const intent = store.get<Stripe.PaymentIntent>('payment_intent', paymentIntentId, 'payment_intent');
    if (intent.status !== 'succeeded' || typeof intent.latest_charge !== 'string') {
      throw unexpectedState(
        `This PaymentIntent does not have a successful charge to refund (status: ${intent.status}).`,
        intent.status === 'requires_capture' ? 'charge_not_captured' : 'payment_intent_unexpected_state',
      );
    }
    charge = store.get<Stripe.Charge>('charge', intent.latest_charge);
  } else {
    charge = store.get<Stripe.Charge>('charge', chargeId!, 'charge');
  }
  if (!charge.captured) throw unexpectedState(`Charge ${charge.id} has not been captured.`, 'charge_not_captured');
  const refundable = charge.amount_captured - charge.amount_refunded;
  if (refundable === 0)
    throw unexpectedState(`Charge ${charge.id} has already been refunded.`, 'charge_already_refunded');
  const amount = positiveAmount(params, 'amount', false) ?? refundable;
  if (amount > refundable) {
    throw invalidRequest(
      `Refund amount (${amount}) is greater than unrefunded amount on charge (${refundable})`,
      'amount',
      'amount_too_large',
    );
  }
  const base = store.base('re');
  const refund = store.put(
    money.refund(base, {
      amount,
      currency: charge.currency,
      charge: charge.id,
      paymentIntent: charge.payment_intent as string,
      paymentMethod: charge.payment_method,
      customer: charge.customer as string | null,
      reason: oneOf(params, 'reason', ['duplicate', 'fraudulent', 'requested_by_customer', ''], '') || null,
      metadata: metadata(params),
      balanceTransaction: store.move(null, {
        amount: -amount,
        fee: 0,
        currency: charge.currency,
        type: 'refund',
        source: base.id,
      }),
    }),
  );
  const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded === charge.amount_captured;
  store.emit('refund.created', refund, context);
  store.emit('charge.refunded', charge, context, previous);
  return refund;
};

export const retrieveCharge: Handler = (store, _params, { path }) => store.get('charge', path[0]!);

export const retrieveRefund: Handler = (store, _params, { path }) => store.get('refund', path[0]!);

export const listRefunds: Handler = (store, params) => {
  const paymentIntentId = optionalString(params, 'payment_intent');
  const chargeId = optionalString(params, 'charge');
  return list(
    store.all<Stripe.Refund>(
      'refund',
      (refund) =>
        (!paymentIntentId || refund.payment_intent === paymentIntentId) && (!chargeId || refund.charge === chargeId),
    ),
    params,
    '/v1/refunds',
  );
};
