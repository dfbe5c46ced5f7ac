import { ERROR_CODES, type ApiErrorBody, type ErrorCode, type FieldError } from '@crowdstake/domain/core';

/**
 * An answer of the API that was not a success, or a request that never got one (status 0).
 * Components read `code` to decide what to say and `details` to put messages beside fields.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly code: ErrorCode | undefined;
  readonly details: FieldError[];
  readonly requestId: string | undefined;

  constructor(status: number, body: Partial<ApiErrorBody>, fallbackMessage: string) {
    super(typeof body.message === 'string' && body.message.length > 0 ? body.message : fallbackMessage);
    this.name = 'ApiError';
    this.status = status;
    this.code = isErrorCode(body.code) ? body.code : undefined;
    this.details = Array.isArray(body.details) ? body.details.filter(isFieldError) : [];
    this.requestId = typeof body.requestId === 'string' ? body.requestId : undefined;
  }

  /** The network failed or the server was unreachable; nothing about the request is known. */
  get isNetworkFailure(): boolean {
    return this.status === 0;
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}

function isErrorCode(value: unknown): value is ErrorCode {
  return typeof value === 'string' && (ERROR_CODES as readonly string[]).includes(value);
}

function isFieldError(value: unknown): value is FieldError {
  if (typeof value !== 'object' || value === null) return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate.path === 'string' && typeof candidate.message === 'string';
}

/** Reads an error body defensively: a proxy or a crash may answer HTML or nothing at all. */
export async function readErrorBody(response: Response): Promise<Partial<ApiErrorBody>> {
  const text = await response.text().catch(() => '');
  if (!text) return {};
  try {
    const parsed: unknown = JSON.parse(text);
    return typeof parsed === 'object' && parsed !== null ? (parsed as Partial<ApiErrorBody>) : {};
  } catch {
    return {};
  }
}
