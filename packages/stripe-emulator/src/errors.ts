/** The `error` member of a Stripe error answer; the SDK picks its error class from the status and `type`. */
export interface StripeErrorBody {
  type: 'api_error' | 'card_error' | 'idempotency_error' | 'invalid_request_error';
  code?: string;
  decline_code?: string;
  message: string;
  param?: string;
  doc_url?: string;
  charge?: string;
  payment_intent?: unknown;
  setup_intent?: unknown;
  payment_method?: unknown;
  request_log_url?: string;
}

/**
 * An answer Stripe would give as an error. `saved` says whether the idempotency layer keeps it:
 * Stripe keeps the outcome of a request that started executing (a decline) but not one refused
 * by parameter validation, so a corrected retry under the same key still runs.
 */
export class EmulatorError extends Error {
  constructor(
    readonly status: number,
    readonly body: StripeErrorBody,
    readonly saved = true,
  ) {
    super(body.message);
  }
}

export function invalidRequest(message: string, param?: string, code = 'parameter_invalid_empty'): EmulatorError {
  return new EmulatorError(400, { type: 'invalid_request_error', code, message, ...(param ? { param } : {}) }, false);
}

export function missingParam(param: string): EmulatorError {
  return new EmulatorError(
    400,
    { type: 'invalid_request_error', code: 'parameter_missing', message: `Missing required param: ${param}.`, param },
    false,
  );
}

export function noSuchObject(kind: string, id: string, param?: string): EmulatorError {
  return new EmulatorError(
    404,
    {
      type: 'invalid_request_error',
      code: 'resource_missing',
      message: `No such ${kind}: '${id}'`,
      ...(param ? { param } : {}),
    },
    false,
  );
}

/** A request the object's state forbids (refund of an uncaptured payment, cancel of a succeeded one…). */
export function unexpectedState(message: string, code: string): EmulatorError {
  return new EmulatorError(400, { type: 'invalid_request_error', code, message });
}
