import type { FieldError } from '@crowdstake/domain';
import { AppError } from '../common/errors/app-error';

export class IdempotencyKeyReusedError extends AppError {
  constructor() {
    super('idempotency_key_reused', 'This Idempotency-Key was already used for a different pledge.');
  }
}

export class InvestorProfileRequiredError extends AppError {
  constructor(message = 'Complete your investor profile before investing in bonds or shares.') {
    super('investor_profile_required', message);
  }
}

export class InvestmentLimitExceededError extends AppError {
  constructor(remainingMinor: number) {
    super('investment_limit_exceeded', 'This investment would take you past your 12-month investment limit.', [
      {
        path: 'amount',
        message: 'Over your remaining investment limit.',
        code: 'too_large',
        params: { maximum: remainingMinor },
      } as FieldError,
    ]);
  }
}

export class RiskNotAcknowledgedError extends AppError {
  constructor() {
    super('risk_not_acknowledged', 'Read and acknowledge the risk warning before investing.');
  }
}

export class CancelWindowClosedError extends AppError {
  constructor() {
    super('cancel_window_closed', 'This pledge can no longer be cancelled: the cancellation window has closed.');
  }
}

/** A person of the campaign's company (now or before) pledging to it: it would buy its own success. */
export class OwnCampaignPledgeError extends AppError {
  constructor() {
    super('conflict_of_interest', 'You are one of this campaign’s company’s people, so you cannot pledge to it.');
  }
}
