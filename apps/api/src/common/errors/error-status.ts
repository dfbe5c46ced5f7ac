import type { ErrorCode } from '@crowdstake/domain';

/** The HTTP status of each stable error code; exhaustive, so a new code cannot be forgotten here. */
export function statusForCode(code: ErrorCode): number {
  switch (code) {
    case 'validation_failed':
      return 400;
    case 'unauthenticated':
      return 401;
    case 'card_declined':
      return 402;
    case 'forbidden':
    case 'csrf_failed':
    case 'account_suspended':
      return 403;
    case 'not_found':
      return 404;
    case 'conflict':
    case 'invalid_transition':
    case 'email_taken':
    case 'idempotency_key_reused':
    case 'idempotency_key_in_use':
    case 'cap_reached':
    case 'tier_sold_out':
    case 'campaign_not_live':
    case 'cancel_window_closed':
    case 'second_reviewer_required':
    case 'conflict_of_interest':
      return 409;
    case 'payload_too_large':
      return 413;
    case 'unsupported_media_type':
      return 415;
    case 'investor_profile_required':
    case 'investment_limit_exceeded':
    case 'risk_not_acknowledged':
    case 'checklist_incomplete':
      return 422;
    case 'too_many_requests':
      return 429;
    case 'internal_error':
      return 500;
    case 'service_unavailable':
      return 503;
    default: {
      const unhandled: never = code;
      throw new Error(`no HTTP status for error code ${String(unhandled)}`);
    }
  }
}

/** The code an HTTP status implies when nothing more specific was given. */
export function codeForStatus(status: number): ErrorCode {
  switch (status) {
    case 400:
      return 'validation_failed';
    case 401:
      return 'unauthenticated';
    case 402:
      return 'card_declined';
    case 403:
      return 'forbidden';
    case 404:
      return 'not_found';
    case 409:
      return 'conflict';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 429:
      return 'too_many_requests';
    case 503:
      return 'service_unavailable';
    default:
      return status >= 500 ? 'internal_error' : 'validation_failed';
  }
}
