import type { ErrorCode, FieldError } from '@crowdstake/domain';

/**
 * A failure the caller can understand and act on. Features subclass it in
 * their own `<feature>.errors.ts`; the exception filter turns it into a 4xx
 * with `code`, using the one status table in error-status.ts.
 */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: FieldError[],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

export class ValidationFailedError extends AppError {
  constructor(message: string, details?: FieldError[]) {
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
