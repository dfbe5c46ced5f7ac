import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NextFunction, Request, Response } from 'express';

const REQUEST_ID = /^[\w-]{8,64}$/;

/** The caller's X-Request-Id when it is sane, else a fresh one; echoed back and on every log line. */
export function requestIdFor(request: IncomingMessage & { id?: unknown }, response: ServerResponse): string {
  if (typeof request.id === 'string') return request.id;
  const incoming = request.headers['x-request-id'];
  const id = typeof incoming === 'string' && REQUEST_ID.test(incoming) ? incoming : randomUUID();
  request.id = id;
  response.setHeader('X-Request-Id', id);
  return id;
}

/** First middleware of all, so even a request refused by the body parser has an id. */
export function assignRequestId(request: Request, response: Response, next: NextFunction): void {
  requestIdFor(request, response);
  next();
}
