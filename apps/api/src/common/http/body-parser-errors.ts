import type { NextFunction, Request, Response } from 'express';
import { AppError } from '../errors/app-error';

const KNOWN: Record<
  string,
  { code: 'validation_failed' | 'payload_too_large' | 'unsupported_media_type'; message: string }
> = {
  'entity.parse.failed': { code: 'validation_failed', message: 'The request body is not valid JSON.' },
  'entity.too.large': { code: 'payload_too_large', message: 'The request body is too large.' },
  'encoding.unsupported': {
    code: 'unsupported_media_type',
    message: 'The request body has an unsupported content encoding.',
  },
  'charset.unsupported': {
    code: 'unsupported_media_type',
    message: 'The request body has an unsupported character set.',
  },
  'request.aborted': { code: 'validation_failed', message: 'The request was aborted before its body arrived.' },
  'request.size.invalid': {
    code: 'validation_failed',
    message: 'The request body does not match its declared length.',
  },
};

/**
 * Turns the body parser's errors into our own before Nest sees them: Nest
 * would answer invalid JSON with the parser's message (which names positions
 * and tokens) and lose the distinction between the kinds of failure.
 */
export function translateBodyParserErrors(
  error: unknown,
  _request: Request,
  _response: Response,
  next: NextFunction,
): void {
  const { type, status } =
    typeof error === 'object' && error !== null ? (error as { type?: unknown; status?: unknown }) : {};
  const known = typeof type === 'string' ? KNOWN[type] : undefined;
  if (known) {
    next(new AppError(known.code, known.message));
    return;
  }
  // Untyped client errors from reading the body, e.g. a gzip body that does not decompress.
  if (status === 400) {
    next(new AppError('validation_failed', 'The request body could not be read.'));
    return;
  }
  next(error);
}
