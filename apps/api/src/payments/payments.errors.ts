import { AppError } from '../common/errors/app-error';

/**
 * The card was declined: nothing was taken. `declineCode` is the issuer's reason
 * (`insufficient_funds`, `generic_decline`…). Surfaces as 402 `card_declined`.
 */
export class CardDeclinedError extends AppError {
  constructor(
    message: string,
    readonly declineCode: string,
    readonly paymentId: string | null,
  ) {
    super('card_declined', message);
  }
}

/**
 * An off-session charge the bank will only take with the customer present (3-D Secure).
 * Nothing was taken; the backer must confirm in the browser. A decline of its own kind.
 */
export class AuthenticationRequiredError extends CardDeclinedError {
  constructor(paymentId: string | null) {
    super('Your bank asks you to confirm this payment.', 'authentication_required', paymentId);
  }
}

/**
 * The processor could not be reached or failed (timeout, connection, 5xx, rate limit).
 * `outcomeUnknown`: the request may have been carried out; retry with the same idempotency
 * key within 24 hours, or read the result back by reference. Not an AppError: the caller
 * decides what the person sees (usually a pending state resolved in the background).
 */
export class GatewayUnavailableError extends Error {
  constructor(
    message: string,
    readonly outcomeUnknown: boolean,
  ) {
    super(message);
    this.name = 'GatewayUnavailableError';
  }
}

/**
 * The processor refused the request as invalid (unknown object, a state that forbids it, an
 * idempotency key reused with other parameters): a defect on our side or a stale state.
 */
export class GatewayRejectedError extends Error {
  constructor(
    message: string,
    readonly code: string | null,
    readonly param: string | null,
  ) {
    super(message);
    this.name = 'GatewayRejectedError';
  }
}

/** The platform's available balance cannot cover a transfer (funds not yet available). */
export class InsufficientPlatformBalanceError extends GatewayRejectedError {
  constructor(message: string) {
    super(message, 'balance_insufficient', null);
    this.name = 'InsufficientPlatformBalanceError';
  }
}

/** A webhook whose signature does not verify: not from Stripe, or altered. Answered 400. */
export class WebhookSignatureError extends AppError {
  constructor() {
    super('validation_failed', 'The webhook signature does not verify.');
  }
}
