import { STATUS_CODES } from 'node:http';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException } from '@nestjs/common';
import { isFieldErrorCode, type ApiErrorBody, type ErrorCode, type FieldError } from '@crowdstake/domain';
import type { Request, Response } from 'express';
import { InjectPinoLogger, PinoLogger } from 'nestjs-pino';
import { ZodValidationException } from 'nestjs-zod';
import { ZodError, type core } from 'zod';
import { AppError, TooManyRequestsError } from './app-error';
import { isDatabaseUnreachable } from './database-unreachable';
import { codeForStatus, statusForCode } from './error-status';

/** How long a client should wait before retrying while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

/**
 * The one place errors become HTTP answers: `{statusCode, error, message, code, details?, requestId}`.
 * Anything unexpected is a 500 whose details stay in the log, never in the answer.
 */
@Catch()
export class AllExceptionsFilter implements ExceptionFilter {
  constructor(@InjectPinoLogger('Errors') private readonly logger: PinoLogger) {}

  catch(exception: unknown, host: ArgumentsHost): void {
    const context = host.switchToHttp();
    const request = context.getRequest<Request & { id?: string }>();
    const response = context.getResponse<Response>();
    const { status, code, message, details } = this.describe(exception);

    if (code === 'service_unavailable') {
      this.logger.warn(
        { err: exception, requestId: request.id },
        'A dependency is unreachable (database or payment processor)',
      );
      response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    } else if (status >= 500) {
      this.logger.error({ err: exception, requestId: request.id }, 'Unhandled error');
    }
    if (exception instanceof TooManyRequestsError) {
      response.setHeader('Retry-After', String(exception.retryAfterSeconds));
    }
    if (response.headersSent) return;

    const body: ApiErrorBody = {
      statusCode: status,
      error: STATUS_CODES[status] ?? 'Error',
      message,
      code,
      ...(details && details.length > 0 ? { details } : {}),
      ...(request.id ? { requestId: String(request.id) } : {}),
    };
    response.status(status).json(body);
  }

  private describe(exception: unknown): { status: number; code: ErrorCode; message: string; details?: FieldError[] } {
    if (exception instanceof AppError) {
      return {
        status: statusForCode(exception.code),
        code: exception.code,
        message: exception.message,
        details: exception.details,
      };
    }
    if (exception instanceof ZodValidationException) {
      const zodError = exception.getZodError();
      if (zodError instanceof ZodError) return describeZodError(zodError);
    }
    if (exception instanceof ZodError) return describeZodError(exception);
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return { status, code: codeForStatus(status), message: httpExceptionMessage(exception, status) };
    }
    if (isDatabaseUnreachable(exception)) {
      return {
        status: 503,
        code: 'service_unavailable',
        message: 'Crowdstake is briefly unavailable. Please try again in a moment.',
      };
    }
    return { status: 500, code: 'internal_error', message: 'Something went wrong on our side. Please try again.' };
  }
}

/** The most field errors one answer lists. */
export const MAX_ERROR_DETAILS = 50;

export function describeZodError(error: ZodError): {
  status: 400;
  code: 'validation_failed';
  message: string;
  details: FieldError[];
} {
  const all = error.issues.flatMap(issueToFieldErrors);
  // A body with thousands of unknown keys must not get a megabyte back; the message still counts them all.
  const details = all.slice(0, MAX_ERROR_DETAILS);
  const first = all[0];
  const message =
    first === undefined
      ? 'The request is invalid.'
      : `${first.path ? `${first.path}: ` : ''}${first.message}${all.length > 1 ? ` (and ${all.length - 1} more problem${all.length > 2 ? 's' : ''})` : ''}`;
  return { status: 400, code: 'validation_failed', message, details };
}

function issueToFieldErrors(issue: core.$ZodIssue): FieldError[] {
  const base = issue.path.map(String).join('.');
  if (base === '' && issue.code === 'invalid_type')
    return [
      {
        path: '',
        code: 'invalid_type',
        params: { expected: issue.expected },
        message: `The request ${issue.expected === 'object' ? 'body must be a JSON object' : `must be ${issue.expected}`}.`,
      },
    ];
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: base ? `${base}.${key}` : key,
      code: 'unknown_field',
      message: 'Unknown field.',
    }));
  }
  return [{ path: base, message: humanMessage(issue), ...codeOf(issue) }];
}

function humanMessage(issue: core.$ZodIssue): string {
  if (issue.code === 'invalid_type' && issue.input === undefined) return 'This field is required.';
  if (issue.code === 'invalid_type') return `Expected ${issue.expected}.`;
  return issue.message.endsWith('.') ? issue.message : `${issue.message}.`;
}

/**
 * The stable code of a zod issue and the numbers a client words it with.
 * The shared schemas' own refinements name their code in `params.code`
 * (`issueParams`); zod's built-in issues are named by kind and origin.
 */
function codeOf(issue: core.$ZodIssue): Pick<FieldError, 'code' | 'params'> {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.input === undefined) return { code: 'required' };
      if (issue.expected === 'int') return { code: 'not_integer' };
      return { code: 'invalid_type', params: { expected: issue.expected } };
    case 'too_small': {
      const params = { minimum: Number(issue.minimum), inclusive: issue.inclusive !== false };
      if (issue.origin === 'string')
        return Number(issue.minimum) <= 1 ? { code: 'required' } : { code: 'too_short', params };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'too_short', params };
      return { code: 'too_small', params };
    }
    case 'too_big': {
      const params = { maximum: Number(issue.maximum), inclusive: issue.inclusive !== false };
      if (issue.origin === 'string') return { code: 'too_long', params };
      if (issue.origin === 'array' || issue.origin === 'set') return { code: 'too_many', params };
      return { code: 'too_large', params };
    }
    case 'invalid_format':
      if (issue.format === 'date' || issue.format === 'datetime') return { code: 'invalid_date' };
      return { code: 'invalid_format', params: { format: issue.format } };
    case 'invalid_value':
      return { code: 'invalid_value', params: { options: issue.values.map(String).join(', ') } };
    case 'custom':
      return customCode(issue.params);
    default:
      return { code: 'invalid_value' };
  }
}

function customCode(params: Record<string, unknown> | undefined): Pick<FieldError, 'code' | 'params'> {
  const { code, ...rest } = params ?? {};
  if (!isFieldErrorCode(code)) return { code: 'invalid_value' };
  const numbers = Object.entries(rest).filter((entry): entry is [string, string | number | boolean] =>
    ['string', 'number', 'boolean'].includes(typeof entry[1]),
  );
  return numbers.length > 0 ? { code, params: Object.fromEntries(numbers) } : { code };
}

function httpExceptionMessage(exception: HttpException, status: number): string {
  const response = exception.getResponse();
  if (status === 404) return 'The resource was not found.';
  if (status === 413) return 'The request body is too large.';
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.join('; ');
  return STATUS_CODES[status] ?? 'Error';
}
