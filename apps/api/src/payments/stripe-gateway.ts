import { isCurrencyCode, type CurrencyCode, type Money } from '@crowdstake/domain';
import Stripe from 'stripe';
import type {
  Balance,
  CardDetails,
  ChargeRequest,
  ConnectedAccount,
  GatewayEvent,
  Payment,
  PaymentGateway,
  PaymentStatus,
  Refund,
  SavedCard,
  Transfer,
  TransferReversal,
} from './payment-gateway';
import {
  AuthenticationRequiredError,
  CardDeclinedError,
  GatewayRejectedError,
  GatewayUnavailableError,
  InsufficientPlatformBalanceError,
  WebhookSignatureError,
} from './payments.errors';

/** Pinned: the version the `stripe` package (23.1.0) is typed for; Stripe answers in it whatever the account's default. */
export const STRIPE_API_VERSION = '2026-10-28.endive' as const;

/** The metadata key holding our reference; payments are read back by it. */
const REFERENCE = 'crowdstake_reference';

export interface StripeGatewayOptions {
  secretKey: string;
  webhookSecret: string;
  mode: 'stripe' | 'emulator';
  /** The emulator's address (absent: api.stripe.com). */
  endpoint?: { host: string; port: number; protocol: 'http' | 'https' };
  timeoutMs?: number;
  /** The SDK retries connection errors, 409 and 5xx with the same idempotency key. */
  maxNetworkRetries?: number;
}

/** The only file that imports `stripe` (an ESLint rule keeps it so): our PaymentGateway over the official SDK. */
export class StripeGateway implements PaymentGateway {
  readonly mode: 'stripe' | 'emulator';
  private readonly stripe: Stripe;

  constructor(private readonly options: StripeGatewayOptions) {
    this.mode = options.mode;
    this.stripe = new Stripe(options.secretKey, {
      apiVersion: STRIPE_API_VERSION,
      timeout: options.timeoutMs ?? 20_000,
      maxNetworkRetries: options.maxNetworkRetries ?? 2,
      appInfo: { name: 'Crowdstake' },
      ...(options.endpoint ?? {}),
    });
  }

  async createCustomer(input: { reference: string; email?: string; name?: string; idempotencyKey: string }) {
    const customer = await this.call(() =>
      this.stripe.customers.create(
        { email: input.email, name: input.name, metadata: { [REFERENCE]: input.reference } },
        { idempotencyKey: input.idempotencyKey },
      ),
    );
    return { customerId: customer.id };
  }

  async saveCard(input: {
    customerId: string;
    paymentMethodId: string;
    reference: string;
    returnUrl?: string;
    idempotencyKey: string;
  }): Promise<SavedCard> {
    const setup = await this.call(() =>
      this.stripe.setupIntents.create(
        {
          customer: input.customerId,
          payment_method: input.paymentMethodId,
          confirm: true,
          usage: 'off_session',
          allowed_payment_method_types: ['card'],
          return_url: input.returnUrl,
          metadata: { [REFERENCE]: input.reference },
        },
        { idempotencyKey: input.idempotencyKey },
      ),
    );
    return toSavedCard(setup);
  }

  async cancelSavedCard(input: { setupId: string; idempotencyKey: string }): Promise<SavedCard> {
    const setup = await this.call(() =>
      this.stripe.setupIntents.cancel(
        input.setupId,
        { cancellation_reason: 'abandoned' },
        { idempotencyKey: input.idempotencyKey },
      ),
    );
    return toSavedCard(setup);
  }

  async findSavedCardsByReference(customerId: string, reference: string): Promise<SavedCard[]> {
    // Stripe has no search for SetupIntents; a customer has few, listed newest first.
    const found = await this.call(() => this.stripe.setupIntents.list({ customer: customerId, limit: 100 }));
    return found.data.filter((setup) => setup.metadata?.[REFERENCE] === reference).map(toSavedCard);
  }

  async describeCard(paymentMethodId: string): Promise<CardDetails> {
    const method = await this.call(() => this.stripe.paymentMethods.retrieve(paymentMethodId));
    return {
      paymentMethodId: method.id,
      fingerprint: method.card?.fingerprint ?? null,
      brand: method.card?.brand ?? null,
      last4: method.card?.last4 ?? null,
      customerId: idOf(method.customer),
    };
  }

  chargeNow(input: ChargeRequest): Promise<Payment> {
    return this.charge(input, false);
  }

  chargeSavedCard(input: ChargeRequest & { customerId: string }): Promise<Payment> {
    return this.charge(input, true);
  }

  async capturePayment(input: { paymentId: string; amountMinor?: number; idempotencyKey: string }): Promise<Payment> {
    const intent = await this.call(() =>
      this.stripe.paymentIntents.capture(
        input.paymentId,
        { amount_to_capture: input.amountMinor, expand: ['latest_charge.balance_transaction'] },
        { idempotencyKey: input.idempotencyKey },
      ),
    );
    return toPayment(intent);
  }

  async cancelPayment(input: { paymentId: string; idempotencyKey: string }): Promise<Payment> {
    const intent = await this.call(() =>
      this.stripe.paymentIntents.cancel(
        input.paymentId,
        { expand: ['latest_charge'] },
        { idempotencyKey: input.idempotencyKey },
      ),
    );
    return toPayment(intent);
  }

  async retrievePayment(paymentId: string): Promise<Payment> {
    return toPayment(
      await this.call(() =>
        this.stripe.paymentIntents.retrieve(paymentId, { expand: ['latest_charge.balance_transaction'] }),
      ),
    );
  }

  /** Stripe's search index lags writes by up to a minute: a miss right after a call is not proof of absence. */
  async findPaymentsByReference(reference: string): Promise<Payment[]> {
    const escaped = reference.replace(/['\\]/g, (character) => `\\${character}`);
    const found = await this.call(() =>
      this.stripe.paymentIntents.search({
        query: `metadata['${REFERENCE}']:'${escaped}'`,
        limit: 100,
        expand: ['data.latest_charge.balance_transaction'],
      }),
    );
    return found.data.map(toPayment);
  }

  async refund(input: {
    paymentId: string;
    amountMinor?: number;
    reference: string;
    idempotencyKey: string;
  }): Promise<Refund> {
    const refund = await this.call(() =>
      this.stripe.refunds.create(
        { payment_intent: input.paymentId, amount: input.amountMinor, metadata: { [REFERENCE]: input.reference } },
        { idempotencyKey: input.idempotencyKey },
      ),
    );
    return {
      refundId: refund.id,
      paymentId: idOf(refund.payment_intent) ?? input.paymentId,
      amount: money(refund.amount, refund.currency),
      status: (refund.status as Refund['status'] | null) ?? 'pending',
      reference: refund.metadata?.[REFERENCE] ?? null,
    };
  }

  async createConnectedAccount(input: {
    reference: string;
    email?: string;
    country: string;
    idempotencyKey: string;
  }): Promise<ConnectedAccount> {
    const account = await this.call(() =>
      this.stripe.accounts.create(
        {
          type: 'express',
          country: input.country,
          email: input.email,
          capabilities: { transfers: { requested: true } },
          metadata: { [REFERENCE]: input.reference },
        },
        { idempotencyKey: input.idempotencyKey },
      ),
    );
    return toAccount(account);
  }

  async retrieveConnectedAccount(accountId: string): Promise<ConnectedAccount> {
    return toAccount(await this.call(() => this.stripe.accounts.retrieve(accountId)));
  }

  async createOnboardingLink(input: { accountId: string; refreshUrl: string; returnUrl: string }) {
    const link = await this.call(() =>
      this.stripe.accountLinks.create({
        account: input.accountId,
        type: 'account_onboarding',
        refresh_url: input.refreshUrl,
        return_url: input.returnUrl,
      }),
    );
    return { url: link.url, expiresAt: new Date(link.expires_at * 1000) };
  }

  async transfer(input: {
    amount: Money;
    destinationAccountId: string;
    transferGroup: string;
    reference: string;
    idempotencyKey: string;
  }): Promise<Transfer> {
    const transfer = await this.call(() =>
      this.stripe.transfers.create(
        {
          amount: input.amount.amountMinor,
          currency: input.amount.currency.toLowerCase(),
          destination: input.destinationAccountId,
          transfer_group: input.transferGroup,
          metadata: { [REFERENCE]: input.reference },
        },
        { idempotencyKey: input.idempotencyKey },
      ),
    );
    return toTransfer(transfer);
  }

  async reverseTransfer(input: {
    transferId: string;
    amountMinor?: number;
    reference: string;
    idempotencyKey: string;
  }): Promise<TransferReversal> {
    const reversal = await this.call(() =>
      this.stripe.transfers.createReversal(
        input.transferId,
        { amount: input.amountMinor, metadata: { [REFERENCE]: input.reference } },
        { idempotencyKey: input.idempotencyKey },
      ),
    );
    return toReversal(reversal, input.transferId);
  }

  async listTransferReversals(transferId: string): Promise<TransferReversal[]> {
    const reversals: TransferReversal[] = [];
    await this.call(() =>
      this.stripe.transfers.listReversals(transferId, { limit: 100 }).autoPagingEach((reversal) => {
        reversals.push(toReversal(reversal, transferId));
      }),
    );
    return reversals;
  }

  async listTransfers(transferGroup: string): Promise<Transfer[]> {
    const transfers: Transfer[] = [];
    await this.call(() =>
      this.stripe.transfers.list({ transfer_group: transferGroup, limit: 100 }).autoPagingEach((transfer) => {
        transfers.push(toTransfer(transfer));
      }),
    );
    return transfers;
  }

  async retrieveBalance(): Promise<Balance> {
    const balance = await this.call(() => this.stripe.balance.retrieve());
    const amounts = (entries: { amount: number; currency: string }[]) =>
      entries
        .filter((entry) => isCurrencyCode(entry.currency.toUpperCase()))
        .map((entry) => money(entry.amount, entry.currency));
    return { available: amounts(balance.available), pending: amounts(balance.pending) };
  }

  parseWebhook(rawBody: Buffer | string, signature: string | undefined): GatewayEvent {
    if (!signature) throw new WebhookSignatureError();
    let event: Stripe.Event;
    try {
      event = this.stripe.webhooks.constructEvent(rawBody, signature, this.options.webhookSecret);
    } catch (error) {
      if (error instanceof Stripe.errors.StripeSignatureVerificationError) throw new WebhookSignatureError();
      throw error;
    }
    const object = event.data.object as { id?: string; object?: string };
    const parsed: GatewayEvent = {
      id: event.id,
      type: event.type,
      createdAt: new Date(event.created * 1000),
      objectId: object.id ?? null,
    };
    if (object.object === 'payment_intent') parsed.payment = toPayment(object as Stripe.PaymentIntent);
    if (object.object === 'setup_intent') parsed.savedCard = toSavedCard(object as Stripe.SetupIntent);
    if (object.object === 'transfer') parsed.transfer = toTransfer(object as Stripe.Transfer);
    if (object.object === 'account') parsed.account = toAccount(object as Stripe.Account);
    if (object.object === 'refund') {
      const refund = object as Stripe.Refund;
      parsed.refund = {
        refundId: refund.id,
        paymentId: idOf(refund.payment_intent) ?? '',
        amount: money(refund.amount, refund.currency),
        status: (refund.status as Refund['status'] | null) ?? 'pending',
        reference: refund.metadata?.[REFERENCE] ?? null,
      };
    }
    return parsed;
  }

  private async charge(input: ChargeRequest, offSession: boolean): Promise<Payment> {
    const intent = await this.call(() =>
      this.stripe.paymentIntents.create(
        {
          amount: input.amount.amountMinor,
          currency: input.amount.currency.toLowerCase(),
          customer: input.customerId,
          payment_method: input.paymentMethodId,
          allowed_payment_method_types: ['card'],
          confirm: true,
          off_session: offSession || undefined,
          capture_method: input.captureLater ? 'manual' : 'automatic',
          setup_future_usage: !offSession && input.saveCard ? 'off_session' : undefined,
          return_url: offSession ? undefined : input.returnUrl,
          transfer_group: input.transferGroup,
          description: input.description,
          metadata: { ...input.metadata, [REFERENCE]: input.reference },
          expand: ['latest_charge.balance_transaction'],
        },
        { idempotencyKey: input.idempotencyKey },
      ),
    );
    return toPayment(intent);
  }

  /** Runs one SDK call and turns Stripe's errors into ours. */
  private async call<T>(operation: () => Promise<T>): Promise<T> {
    try {
      return await operation();
    } catch (error) {
      throw translateError(error);
    }
  }
}

function translateError(error: unknown): unknown {
  if (!(error instanceof Stripe.errors.StripeError)) return error;
  if (error instanceof Stripe.errors.StripeCardError) {
    const paymentId = error.payment_intent?.id ?? null;
    if (error.code === 'authentication_required') return new AuthenticationRequiredError(paymentId);
    return new CardDeclinedError(error.message, error.decline_code ?? error.code ?? 'card_declined', paymentId);
  }
  if (error instanceof Stripe.errors.StripeConnectionError) {
    return new GatewayUnavailableError('Stripe could not be reached.', true);
  }
  if (error instanceof Stripe.errors.StripeRateLimitError)
    return new GatewayUnavailableError('Stripe is limiting our requests.', false);
  if (error instanceof Stripe.errors.StripeIdempotencyError && error.statusCode === 409) {
    return new GatewayUnavailableError('The same request is still being processed by Stripe.', true);
  }
  if (error instanceof Stripe.errors.StripeAPIError || (error.statusCode ?? 0) >= 500) {
    return new GatewayUnavailableError('Stripe failed to process the request.', true);
  }
  if (error.code === 'balance_insufficient') return new InsufficientPlatformBalanceError(error.message);
  return new GatewayRejectedError(error.message, error.code ?? error.type ?? null, error.param ?? null);
}

function toReversal(reversal: Stripe.TransferReversal, transferId: string): TransferReversal {
  return {
    reversalId: reversal.id,
    transferId: idOf(reversal.transfer) ?? transferId,
    amount: money(reversal.amount, reversal.currency),
    reference: reversal.metadata?.[REFERENCE] ?? null,
  };
}

function idOf(value: string | { id: string } | null | undefined): string | null {
  if (!value) return null;
  return typeof value === 'string' ? value : value.id;
}

function money(amountMinor: number, currency: string): Money {
  const code = currency.toUpperCase();
  if (!isCurrencyCode(code))
    throw new GatewayRejectedError(`Unsupported currency from Stripe: ${currency}`, 'currency', null);
  return { amountMinor, currency: code as CurrencyCode };
}

const statuses: Partial<Record<Stripe.PaymentIntent.Status, PaymentStatus>> = {
  succeeded: 'succeeded',
  requires_capture: 'authorized',
  requires_action: 'requires_action',
  requires_payment_method: 'pending',
  requires_confirmation: 'pending',
  processing: 'pending',
  canceled: 'canceled',
};

function toPayment(intent: Stripe.PaymentIntent): Payment {
  const charge = typeof intent.latest_charge === 'object' ? intent.latest_charge : null;
  const transaction = charge && typeof charge.balance_transaction === 'object' ? charge.balance_transaction : null;
  const lastError = intent.last_payment_error;
  const failed = intent.status === 'requires_payment_method' && lastError !== null;
  return {
    paymentId: intent.id,
    status: failed ? 'failed' : (statuses[intent.status] ?? 'pending'),
    amount: money(intent.amount, intent.currency),
    receivedMinor: intent.amount_received,
    refundedMinor: charge?.amount_refunded ?? 0,
    feeMinor: transaction?.fee ?? null,
    reference: intent.metadata[REFERENCE] ?? null,
    customerId: idOf(intent.customer),
    paymentMethodId: idOf(intent.payment_method) ?? idOf(lastError?.payment_method ?? null),
    clientSecret: intent.status === 'requires_action' ? intent.client_secret : null,
    failure: lastError
      ? {
          code: lastError.code ?? 'card_declined',
          declineCode: lastError.decline_code ?? null,
          message: lastError.message ?? 'The payment failed.',
        }
      : null,
    transferGroup: intent.transfer_group,
    metadata: Object.fromEntries(Object.entries(intent.metadata).filter(([key]) => key !== REFERENCE)),
    createdAt: new Date(intent.created * 1000),
  };
}

function toAccount(account: Stripe.Account): ConnectedAccount {
  return {
    accountId: account.id,
    chargesEnabled: account.charges_enabled,
    payoutsEnabled: account.payouts_enabled,
    detailsSubmitted: account.details_submitted,
    reference: account.metadata?.[REFERENCE] ?? null,
  };
}

function toTransfer(transfer: Stripe.Transfer): Transfer {
  return {
    transferId: transfer.id,
    amount: money(transfer.amount, transfer.currency),
    reversedMinor: transfer.amount_reversed,
    destinationAccountId: idOf(transfer.destination) ?? '',
    transferGroup: transfer.transfer_group,
    reference: transfer.metadata[REFERENCE] ?? null,
  };
}

function toSavedCard(setup: Stripe.SetupIntent): SavedCard {
  const status =
    setup.status === 'succeeded' ? 'succeeded' : setup.status === 'requires_action' ? 'requires_action' : 'failed';
  return {
    setupId: setup.id,
    status,
    paymentMethodId: idOf(setup.payment_method),
    clientSecret: setup.client_secret,
    reference: setup.metadata?.[REFERENCE] ?? null,
  };
}
