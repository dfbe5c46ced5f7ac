import { AppError } from '../common/errors/app-error';

/** The same Idempotency-Key with another request (another body, route or method): 409. */
export class IdempotentRequestMismatchError extends AppError {
  constructor() {
    super('idempotency_key_reused', 'This Idempotency-Key was already used for a different request.');
  }
}

/** The first request with this key is still being carried out: 409, to retry in a moment. */
export class IdempotentRequestInProgressError extends AppError {
  constructor() {
    super(
      'idempotency_key_in_use',
      'A request with this Idempotency-Key is still being carried out; retry in a moment to get its answer.',
    );
  }
}
