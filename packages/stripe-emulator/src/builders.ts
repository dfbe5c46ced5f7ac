import type Stripe from 'stripe';
import { cardFingerprint, type CardProfile } from './cards';

/**
 * Builders of Stripe objects with every field the `stripe` package's types require, so the
 * compiler checks the emulator's answers against the SDK's own description of the API.
 */

export interface Base {
  id: string;
  created: number;
}

export function customer(
  base: Base,
  params: { email?: string; name?: string; metadata: Stripe.Metadata },
): Stripe.Customer {
  return {
    ...base,
    object: 'customer',
    balance: 0,
    default_source: null,
    description: null,
    email: params.email ?? null,
    name: params.name ?? null,
    invoice_settings: { custom_fields: null, default_payment_method: null, footer: null, rendering_options: null },
    livemode: false,
    metadata: params.metadata,
    shipping: null,
  };
}

export function paymentMethod(base: Base, profile: CardProfile, customerId: string | null): Stripe.PaymentMethod {
  return {
    ...base,
    object: 'payment_method',
    billing_details: { address: null, email: null, name: null, phone: null, tax_id: null },
    card: {
      brand: profile.brand,
      checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: 'pass' },
      country: 'US',
      display_brand: profile.brand,
      exp_month: 12,
      exp_year: new Date().getUTCFullYear() + 3,
      fingerprint: cardFingerprint(profile),
      funding: 'credit',
      generated_from: null,
      last4: profile.last4,
      networks: { available: [profile.brand], preferred: null },
      regulated_status: 'unregulated',
      three_d_secure_usage: { supported: true },
      wallet: null,
    },
    customer: customerId,
    customer_account: null,
    livemode: false,
    metadata: {},
    type: 'card',
  };
}

export interface PaymentIntentParams {
  amount: number;
  currency: string;
  customer: string | null;
  paymentMethod: string | null;
  captureMethod: Stripe.PaymentIntent.CaptureMethod;
  metadata: Stripe.Metadata;
  description: string | null;
  transferGroup: string | null;
  setupFutureUsage: Stripe.PaymentIntent.SetupFutureUsage | null;
}

export function paymentIntent(base: Base, params: PaymentIntentParams): Stripe.PaymentIntent {
  return {
    ...base,
    object: 'payment_intent',
    allowed_payment_method_types: null,
    amount: params.amount,
    amount_capturable: 0,
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: params.captureMethod,
    client_secret: `${base.id}_secret_${base.id.slice(3, 15)}`,
    confirmation_method: 'automatic',
    currency: params.currency,
    customer: params.customer,
    customer_account: null,
    description: params.description,
    excluded_payment_method_types: null,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    managed_payments: null,
    metadata: params.metadata,
    next_action: null,
    on_behalf_of: null,
    payment_method: params.paymentMethod,
    payment_method_configuration_details: null,
    payment_method_options: null,
    payment_method_types: ['card'],
    payment_record: null,
    processing: null,
    receipt_email: null,
    review: null,
    setup_future_usage: params.setupFutureUsage,
    shipping: null,
    source: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: params.paymentMethod ? 'requires_confirmation' : 'requires_payment_method',
    transfer_group: params.transferGroup,
  };
}

export interface SetupIntentParams {
  customer: string | null;
  paymentMethod: string | null;
  usage: string;
  metadata: Stripe.Metadata;
  description: string | null;
}

export function setupIntent(base: Base, params: SetupIntentParams): Stripe.SetupIntent {
  return {
    ...base,
    object: 'setup_intent',
    allowed_payment_method_types: null,
    application: null,
    automatic_payment_methods: null,
    cancellation_reason: null,
    client_secret: `${base.id}_secret_${base.id.slice(5, 17)}`,
    customer: params.customer,
    description: params.description,
    excluded_payment_method_types: null,
    last_setup_error: null,
    latest_attempt: null,
    livemode: false,
    mandate: null,
    metadata: params.metadata,
    next_action: null,
    on_behalf_of: null,
    payment_method: params.paymentMethod,
    payment_method_configuration_details: null,
    payment_method_options: null,
    payment_method_types: ['card'],
    single_use_mandate: null,
    status: params.paymentMethod ? 'requires_confirmation' : 'requires_payment_method',
    usage: params.usage,
  };
}

export interface ChargeParams {
  amount: number;
  currency: string;
  customer: string | null;
  paymentIntent: string;
  paymentMethod: string;
  profile: CardProfile;
  captured: boolean;
  failure: { code: string; declineCode: string; message: string } | null;
  metadata: Stripe.Metadata;
  description: string | null;
  transferGroup: string | null;
}

export function charge(base: Base, params: ChargeParams): Stripe.Charge {
  const failed = params.failure !== null;
  return {
    ...base,
    object: 'charge',
    amount: params.amount,
    amount_captured: params.captured && !failed ? params.amount : 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction: null,
    billing_details: { address: null, email: null, name: null, phone: null, tax_id: null },
    calculated_statement_descriptor: 'CROWDSTAKE',
    captured: params.captured && !failed,
    currency: params.currency,
    customer: params.customer,
    description: params.description,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: params.failure?.code ?? null,
    failure_message: params.failure?.message ?? null,
    fraud_details: {},
    livemode: false,
    metadata: params.metadata,
    on_behalf_of: null,
    outcome: {
      advice_code: null,
      network_advice_code: null,
      network_decline_code: null,
      network_status: failed ? 'declined_by_network' : 'approved_by_network',
      reason: params.failure?.declineCode ?? null,
      risk_level: 'normal',
      seller_message: failed ? 'The bank did not return any further details with this decline.' : 'Payment complete.',
      type: failed ? 'issuer_declined' : 'authorized',
    },
    paid: !failed,
    payment_intent: params.paymentIntent,
    payment_method: params.paymentMethod,
    payment_method_details: null,
    receipt_email: null,
    receipt_number: null,
    receipt_url: null,
    refunded: false,
    review: null,
    shipping: null,
    source: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: failed ? 'failed' : 'succeeded',
    transfer_data: null,
    transfer_group: params.transferGroup,
  };
}

export function balanceTransaction(
  base: Base,
  params: {
    amount: number;
    fee: number;
    currency: string;
    type: Stripe.BalanceTransaction.Type;
    source: string;
    description?: string;
  },
): Stripe.BalanceTransaction {
  return {
    ...base,
    object: 'balance_transaction',
    amount: params.amount,
    available_on: base.created,
    balance_type: 'payments',
    currency: params.currency,
    description: params.description ?? null,
    exchange_rate: null,
    fee: params.fee,
    fee_details: params.fee
      ? [
          {
            amount: params.fee,
            application: null,
            currency: params.currency,
            description: 'Stripe processing fees',
            type: 'stripe_fee',
          },
        ]
      : [],
    net: params.amount - params.fee,
    reporting_category: params.type === 'transfer_refund' ? 'transfer_reversal' : params.type,
    source: params.source,
    status: 'available',
    type: params.type,
  };
}
