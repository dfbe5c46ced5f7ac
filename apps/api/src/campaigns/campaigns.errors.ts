import type { CampaignAction, CampaignStatus, FieldError, TransitionRefusal } from '@crowdstake/domain';
import { AppError, ForbiddenError, InvalidTransitionError, ValidationFailedError } from '../common/errors/app-error';

const STATUS_WORDS: Record<CampaignStatus, string> = {
  draft: 'a draft',
  submitted: 'waiting for review',
  in_review: 'waiting for a second review',
  changes_requested: 'waiting for the founder’s changes',
  rejected: 'rejected',
  approved: 'approved',
  live: 'live',
  succeeded: 'funded',
  failed: 'closed unfunded',
  cancelled: 'cancelled',
};

const ACTION_WORDS: Record<CampaignAction, string> = {
  submit: 'submitted for review',
  approve: 'approved',
  request_changes: 'sent back for changes',
  reject: 'rejected',
  go_live: 'put live',
  expire_unstarted: 'expired',
  close_succeeded: 'closed as funded',
  close_failed: 'closed as unfunded',
  cancel: 'cancelled',
};

export class SecondReviewerRequiredError extends AppError {
  constructor() {
    super('second_reviewer_required', 'This campaign needs its second approval from a different reviewer.');
  }
}

export function transitionRefused(reason: TransitionRefusal, from: CampaignStatus, action: CampaignAction): AppError {
  switch (reason) {
    case 'second_reviewer_required':
      return new SecondReviewerRequiredError();
    case 'forbidden':
      return new ForbiddenError(`You may not have this campaign ${ACTION_WORDS[action]}.`);
    case 'invalid_transition':
      return new InvalidTransitionError(`A campaign that is ${STATUS_WORDS[from]} cannot be ${ACTION_WORDS[action]}.`);
  }
}

export class NotEditableError extends InvalidTransitionError {
  constructor(status: CampaignStatus) {
    super(
      `The campaign is ${STATUS_WORDS[status]}; it can be edited only as a draft or when the reviewer asked for changes.`,
    );
  }
}

export class CampaignRulesError extends ValidationFailedError {
  constructor(details: FieldError[], prefix = 'The campaign is not valid') {
    super(
      `${prefix}: ${details[0]?.path ? `${details[0].path}: ` : ''}${details[0]?.message ?? ''}${details.length > 1 ? ` (and ${details.length - 1} more)` : ''}`,
      details,
    );
  }
}

export class ConflictOfInterestError extends AppError {
  constructor() {
    super(
      'conflict_of_interest',
      'You are or were one of this campaign’s company’s people, so you cannot review or cancel it.',
    );
  }
}
