import { AppError, TooManyRequestsError } from '../common/errors/app-error';

export class InvalidCredentialsError extends AppError {
  constructor() {
    super('unauthenticated', 'The email or password is incorrect.');
  }
}

export class AccountSuspendedError extends AppError {
  constructor() {
    super('account_suspended', 'This account is suspended. Contact support if you think this is a mistake.');
  }
}

export class CsrfFailedError extends AppError {
  constructor() {
    super('csrf_failed', 'The request is missing its CSRF token; reload the page and try again.');
  }
}

export class TooManyAttemptsError extends TooManyRequestsError {
  constructor(retryAfterSeconds: number) {
    super(
      `Too many attempts. Try again in ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} minute(s).`,
      retryAfterSeconds,
    );
  }
}
