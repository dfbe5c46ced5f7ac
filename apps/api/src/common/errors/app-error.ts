import type { ErrorCode, FieldError, FieldErrorCode } from '@crowdstake/domain';

/** A field error as a feature writes it; one without a code of its own is `invalid_value`. */
export type FieldErrorInput = Omit<FieldError, 'code'> & { code?: FieldErrorCode };

/**
 * A failure the caller can understand and act on. Features subclass it in
 * their own `<feature>.errors.ts`; the exception filter turns it into a 4xx
 * with `code`, using the one status table in error-status.ts.
 */
export class AppError extends Error {
  readonly details?: FieldError[];

  constructor(
    readonly code: ErrorCode,
    message: string,
    details?: FieldErrorInput[],
  ) {
    super(message);
    this.name = new.target.name;
    this.details = details?.map((detail) => ({ ...detail, code: detail.code ?? 'invalid_value' }));
  }
}

export class ValidationFailedError extends AppError {
  constructor(message: string, details?: FieldErrorInput[]) {
    super('validation_failed', message, details);
  }
}

export class NotFoundError extends AppError {
  constructor(what = 'The resource') {
    super('not_found', `${what} was not found.`);
  }
}

export class ForbiddenError extends AppError {
  constructor(message = 'You are not allowed to do this.') {
    super('forbidden', message);
  }
}

export class UnauthenticatedError extends AppError {
  constructor(message = 'Sign in to continue.') {
    super('unauthenticated', message);
  }
}

export class InvalidTransitionError extends AppError {
  constructor(message: string) {
    super('invalid_transition', message);
  }
}

export class TooManyRequestsError extends AppError {
  constructor(
    message: string,
    readonly retryAfterSeconds: number,
  ) {
    super('too_many_requests', message);
  }
}
