import { AppError } from '../common/errors/app-error';

export class EmailTakenError extends AppError {
  constructor() {
    super('email_taken', 'An account with this email already exists.', [
      { path: 'email', code: 'email_taken', message: 'An account with this email already exists.' },
    ]);
  }
}

export class WeakPasswordError extends AppError {
  constructor(message: string) {
    super('validation_failed', message, [{ path: 'password', code: 'weak_password', message }]);
  }
}
