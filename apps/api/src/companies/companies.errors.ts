import { AppError, ValidationFailedError } from '../common/errors/app-error';

export class FoundedInFutureError extends ValidationFailedError {
  constructor() {
    super('The founding date cannot be in the future.', [
      { path: 'foundedOn', message: 'The founding date cannot be in the future.' },
    ]);
  }
}

export class MemberAlreadyAddedError extends AppError {
  constructor() {
    super('conflict', 'This person is already a member of the company.');
  }
}

export class InvitationAlreadySentError extends AppError {
  constructor() {
    super('conflict', 'This email already has an open invitation to the company.');
  }
}

export class InvitationAlreadyAnsweredError extends AppError {
  constructor() {
    super('conflict', 'This invitation has already been answered or withdrawn.');
  }
}
