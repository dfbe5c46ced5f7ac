import type Stripe from 'stripe';
import type { Base } from './builders';

/** Builders of refunds, Connect objects, transfers, balances and events (see builders.ts). */

export function refund(
  base: Base,
  params: {
    amount: number;
    currency: string;
    charge: string;
    paymentIntent: string;
    paymentMethod: string | null;
    customer: string | null;
    reason: Stripe.Refund.Reason | null;
    metadata: Stripe.Metadata;
    balanceTransaction: string;
  },
): Stripe.Refund {
  return {
    ...base,
    object: 'refund',
    amount: params.amount,
    balance_transaction: params.balanceTransaction,
    charge: params.charge,
    currency: params.currency,
    customer: params.customer,
    customer_account: null,
    destination_details: { card: { type: 'refund' }, type: 'card' } as Stripe.Refund.DestinationDetails,
    metadata: params.metadata,
    payment_intent: params.paymentIntent,
    payment_method: params.paymentMethod,
    reason: params.reason,
    receipt_number: null,
    source_transfer_reversal: null,
    status: 'succeeded',
    transfer_reversal: null,
  };
}

export function account(
  base: Base,
  params: { type: Stripe.Account.Type; country: string; email: string | null; metadata: Stripe.Metadata },
): Stripe.Account {
  return {
    ...base,
    object: 'account',
    business_type: null,
    capabilities: { card_payments: 'active', transfers: 'active' },
    charges_enabled: true,
    country: params.country,
    default_currency: params.country === 'US' ? 'usd' : 'eur',
    details_submitted: true,
    email: params.email,
    metadata: params.metadata,
    payouts_enabled: true,
    type: params.type,
  };
}

export function accountLink(created: number, url: string): Stripe.AccountLink {
  return { object: 'account_link', created, expires_at: created + 300, url };
}

export function transfer(
  base: Base,
  params: {
    amount: number;
    currency: string;
    destination: string;
    transferGroup: string | null;
    description: string | null;
    metadata: Stripe.Metadata;
    balanceTransaction: string;
    destinationPayment: string;
  },
): Stripe.Transfer {
  return {
    ...base,
    object: 'transfer',
    amount: params.amount,
    amount_reversed: 0,
    balance_transaction: params.balanceTransaction,
    currency: params.currency,
    description: params.description,
    destination: params.destination,
    destination_payment: params.destinationPayment,
    livemode: false,
    metadata: params.metadata,
    reversals: { object: 'list', data: [], has_more: false, url: `/v1/transfers/${base.id}/reversals` },
    reversed: false,
    source_transaction: null,
    source_type: 'card',
    transfer_group: params.transferGroup,
  };
}

export function transferReversal(
  base: Base,
  params: { amount: number; currency: string; transfer: string; metadata: Stripe.Metadata; balanceTransaction: string },
): Stripe.TransferReversal {
  return {
    ...base,
    object: 'transfer_reversal',
    amount: params.amount,
    balance_transaction: params.balanceTransaction,
    currency: params.currency,
    destination_payment_refund: null,
    metadata: params.metadata,
    source_refund: null,
    transfer: params.transfer,
  };
}

export function balance(available: Map<string, number>): Stripe.Balance {
  const amounts = [...available.entries()].map(([currency, amount]) => ({
    amount,
    currency,
    source_types: { card: amount },
  }));
  return {
    object: 'balance',
    available: amounts.length ? amounts : [{ amount: 0, currency: 'usd', source_types: { card: 0 } }],
    livemode: false,
    pending: (amounts.length ? amounts : [{ currency: 'usd' }]).map(({ currency }) => ({
      amount: 0,
      currency,
      source_types: { card: 0 },
    })),
  };
}

export function event(
  base: Base,
  params: {
    type: Stripe.Event.Type;
    object: unknown;
    previousAttributes?: Record<string, unknown>;
    apiVersion: string;
    request: { id: string | null; idempotency_key: string | null } | null;
    account?: string;
  },
): Stripe.Event {
  return {
    ...base,
    object: 'event',
    api_version: params.apiVersion,
    data: {
      object: params.object as Stripe.Event.Data.Object,
      ...(params.previousAttributes ? { previous_attributes: params.previousAttributes } : {}),
    },
    livemode: false,
    pending_webhooks: 0,
    request: params.request,
    type: params.type,
    ...(params.account ? { account: params.account } : {}),
  } as Stripe.Event;
}
