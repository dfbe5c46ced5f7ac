import type { FieldError } from './field-errors';

/**
 * Stable machine codes of API errors (`code` in the error body). Clients act
 * on these, so they never change meaning; the web translates each one.
 */
export const ERROR_CODES = [
  // 400
  'validation_failed',
  // 401
  'unauthenticated',
  // 403
  'forbidden',
  'csrf_failed',
  'account_suspended',
  // 404
  'not_found',
  // 409
  'conflict',
  'invalid_transition',
  'email_taken',
  'idempotency_key_reused',
  // the first request with this Idempotency-Key is still running: retry in a moment
  'idempotency_key_in_use',
  'cap_reached',
  'tier_sold_out',
  'campaign_not_live',
  'cancel_window_closed',
  'second_reviewer_required',
  'conflict_of_interest',
  // 413
  'payload_too_large',
  // 415
  'unsupported_media_type',
  // 422
  'investor_profile_required',
  'investment_limit_exceeded',
  'risk_not_acknowledged',
  'checklist_incomplete',
  // 402
  'card_declined',
  // 429
  'too_many_requests',
  // 500
  'internal_error',
  // 503: a dependency (the database) is unreachable; retry after `Retry-After`
  'service_unavailable',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

/** The body of every API error. */
export interface ApiErrorBody {
  statusCode: number;
  error: string;
  message: string;
  code?: ErrorCode;
  details?: FieldError[];
  requestId?: string;
}
