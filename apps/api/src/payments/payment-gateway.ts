import type { CurrencyCode, Money } from '@crowdstake/domain';

/**
 * The payment-gateway port (after Medusa's payment providers): everything Crowdstake asks of a
 * payment processor, in our own terms. StripeGateway is the one implementation; it speaks to
 * Stripe or, offline, to the local emulator. Every call that creates or moves something takes
 * an idempotency key from the caller, derived from our own ids, so a retry can never repeat it.
 *
 * `reference` is our id for what a call is about (a pledge, a payout); it is stored in the
 * processor's metadata so that an outcome we never heard (a lost answer, a key older than
 * Stripe's 24 hours) can be read back by it instead of being retried.
 */
export const PAYMENT_GATEWAY = Symbol('PAYMENT_GATEWAY');

export interface IdempotentCall {
  /** Unique per intended operation, e.g. `pledge:<id>:charge`; reused verbatim on every retry of it. */
  idempotencyKey: string;
}

export type PaymentStatus =
  /** Money collected (captured). */
  | 'succeeded'
  /** Authorized, held on the card, not yet captured. */
  | 'authorized'
  /** The customer must authenticate (3-D Secure) in the browser with `clientSecret`. */
  | 'requires_action'
  /** Declined or failed authentication; nothing taken. */
  | 'failed'
  | 'canceled'
  /** Not finished by the processor yet (created, unconfirmed or processing). */
  | 'pending';

export interface Payment {
  paymentId: string;
  status: PaymentStatus;
  amount: Money;
  /** What was actually taken (0 until captured). */
  receivedMinor: number;
  refundedMinor: number;
  /** The processor's fee on the captured charge, borne by the platform; null before capture. */
  feeMinor: number | null;
  reference: string | null;
  customerId: string | null;
  paymentMethodId: string | null;
  /** For the browser's authentication step when `requires_action`. */
  clientSecret: string | null;
  failure: { code: string; declineCode: string | null; message: string } | null;
  transferGroup: string | null;
  metadata: Record<string, string>;
  createdAt: Date;
}

export interface ChargeRequest extends IdempotentCall {
  amount: Money;
  paymentMethodId: string;
  customerId?: string;
  reference: string;
  /** Groups the charges a later transfer pays out (a campaign). */
  transferGroup?: string;
  metadata?: Record<string, string>;
  description?: string;
  /** Authorize now, capture later (capturePayment), instead of collecting at once. */
  captureLater?: boolean;
  /** Keep the card for later off-session charges (needs customerId). */
  saveCard?: boolean;
  /** Where the browser returns after authentication. */
  returnUrl?: string;
}

export interface SavedCard {
  setupId: string;
  status: 'succeeded' | 'requires_action' | 'failed';
  paymentMethodId: string | null;
  clientSecret: string | null;
  /** Our id for what the card was saved for (a pledge). */
  reference: string | null;
}

export interface CardDetails {
  paymentMethodId: string;
  /** The same for every PaymentMethod made from one card number: what card-testing defences count. */
  fingerprint: string | null;
  brand: string | null;
  last4: string | null;
  customerId: string | null;
}

export interface Refund {
  refundId: string;
  paymentId: string;
  amount: Money;
  status: 'succeeded' | 'pending' | 'failed' | 'canceled';
  reference: string | null;
}

export interface ConnectedAccount {
  accountId: string;
  chargesEnabled: boolean;
  payoutsEnabled: boolean;
  detailsSubmitted: boolean;
  reference: string | null;
}

export interface Transfer {
  transferId: string;
  amount: Money;
  reversedMinor: number;
  destinationAccountId: string;
  transferGroup: string | null;
  reference: string | null;
}

export interface TransferReversal {
  reversalId: string;
  transferId: string;
  amount: Money;
  /** Our id for what the reversal is about (a refunded pledge). */
  reference: string | null;
}

export interface Balance {
  available: Money[];
  pending: Money[];
}

/** A verified webhook event, with the object it is about in our terms when we know its kind. */
export interface GatewayEvent {
  id: string;
  type: string;
  createdAt: Date;
  objectId: string | null;
  payment?: Payment;
  savedCard?: SavedCard;
  refund?: Refund;
  transfer?: Transfer;
  account?: ConnectedAccount;
}

export interface PaymentGateway {
  /** 'emulator' when no STRIPE_SECRET_KEY is set: the local Stripe-compatible server. */
  readonly mode: 'stripe' | 'emulator';

  createCustomer(
    input: IdempotentCall & { reference: string; email?: string; name?: string },
  ): Promise<{ customerId: string }>;
  /** Saves a card for off-session charges later (a SetupIntent, confirmed at once). */
  saveCard(
    input: IdempotentCall & { customerId: string; paymentMethodId: string; reference: string; returnUrl?: string },
  ): Promise<SavedCard>;
  /** Abandons a card saving the backer never finished (3-D Secure); refused once it has succeeded. */
  cancelSavedCard(input: IdempotentCall & { setupId: string }): Promise<SavedCard>;
  /** The cards saved for our reference on the customer, newest first (read back when the outcome is unknown). */
  findSavedCardsByReference(customerId: string, reference: string): Promise<SavedCard[]>;
  describeCard(paymentMethodId: string): Promise<CardDetails>;

  /** The backer is present: may answer `requires_action`. Declines throw CardDeclinedError. */
  chargeNow(input: ChargeRequest): Promise<Payment>;
  /** The backer is absent (a saved card at campaign success): AuthenticationRequiredError when the bank insists. */
  chargeSavedCard(input: ChargeRequest & { customerId: string }): Promise<Payment>;
  capturePayment(input: IdempotentCall & { paymentId: string; amountMinor?: number }): Promise<Payment>;
  /** Releases an authorization or abandons an unfinished payment. */
  cancelPayment(input: IdempotentCall & { paymentId: string }): Promise<Payment>;
  retrievePayment(paymentId: string): Promise<Payment>;
  /** Every payment made for our reference, newest first (more than one means a retry under a new key). */
  findPaymentsByReference(reference: string): Promise<Payment[]>;

  /** Refunds a collected payment in full (no amount) or in part. */
  refund(input: IdempotentCall & { paymentId: string; amountMinor?: number; reference: string }): Promise<Refund>;

  createConnectedAccount(
    input: IdempotentCall & { reference: string; email?: string; country: string },
  ): Promise<ConnectedAccount>;
  retrieveConnectedAccount(accountId: string): Promise<ConnectedAccount>;
  createOnboardingLink(input: {
    accountId: string;
    refreshUrl: string;
    returnUrl: string;
  }): Promise<{ url: string; expiresAt: Date }>;

  transfer(
    input: IdempotentCall & { amount: Money; destinationAccountId: string; transferGroup: string; reference: string },
  ): Promise<Transfer>;
  reverseTransfer(
    input: IdempotentCall & { transferId: string; amountMinor?: number; reference: string },
  ): Promise<TransferReversal>;
  listTransfers(transferGroup: string): Promise<Transfer[]>;
  /** The reversals of a transfer, newest first: one made before (a lost answer, a key older than 24 hours) is found here. */
  listTransferReversals(transferId: string): Promise<TransferReversal[]>;

  retrieveBalance(): Promise<Balance>;

  /** Verifies the signature over the raw body; throws WebhookSignatureError when it does not hold. */
  parseWebhook(rawBody: Buffer | string, signature: string | undefined): GatewayEvent;
}

export type { CurrencyCode, Money };
