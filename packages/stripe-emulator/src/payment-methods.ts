import type Stripe from 'stripe';
import * as build from './builders';
import { testCard } from './cards';
import { invalidRequest, noSuchObject } from './errors';
import { metadata, optionalString, requiredString } from './params';
import type { Handler, Store } from './store';

/**
 * A test id (`pm_card_visa`) stands for a card; like Stripe, each use of one makes a new
 * PaymentMethod (`pm_…`) that remembers which card it is.
 */
export function resolvePaymentMethod(store: Store, id: string, customerId: string | null = null): Stripe.PaymentMethod {
  const profile = testCard(id);
  if (profile) {
    const created = store.put(build.paymentMethod(store.base('pm'), profile, customerId));
    store.rememberCard(created.id, profile);
    return created;
  }
  const found = store.find(id);
  if (!found || found.object !== 'payment_method') throw noSuchObject('PaymentMethod', id, 'payment_method');
  return found as unknown as Stripe.PaymentMethod;
}

export function attach(store: Store, paymentMethod: Stripe.PaymentMethod, customerId: string): void {
  if (paymentMethod.customer && paymentMethod.customer !== customerId) {
    throw invalidRequest(
      'The payment method you provided has already been attached to a customer.',
      'payment_method',
      'payment_method_unexpected_state',
    );
  }
  paymentMethod.customer = customerId;
}

export const createCustomer: Handler = (store, params) =>
  store.put(
    build.customer(store.base('cus'), {
      email: optionalString(params, 'email'),
      name: optionalString(params, 'name'),
      metadata: metadata(params),
    }),
  );

export const retrieveCustomer: Handler = (store, _params, { path }) => store.get('customer', path[0]!);

export const retrievePaymentMethod: Handler = (store, _params, { path }) => resolvePaymentMethod(store, path[0]!);

export const attachPaymentMethod: Handler = (store, params, { path }) => {
  const customerId = requiredString(params, 'customer');
  store.get('customer', customerId, 'customer');
  const paymentMethod = resolvePaymentMethod(store, path[0]!);
  attach(store, paymentMethod, customerId);
  return paymentMethod;
};
