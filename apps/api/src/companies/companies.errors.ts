import type { FieldError } from '@crowdstake/domain';
import { AppError, ValidationFailedError } from '../common/errors/app-error';

/** A founding or birth date in the future (`checkCompanyDates`). */
export class CompanyDatesError extends ValidationFailedError {
  constructor(details: FieldError[]) {
    super(details[0]?.message ?? 'A date of the company is not valid.', details);
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
