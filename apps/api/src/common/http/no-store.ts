import type { NextFunction, Request, Response } from 'express';
import { readSessionToken } from '../../auth/session-cookies';

/**
 * Answers to a request that carries a session (bearer or cookie) are personal:
 * no shared or browser cache may keep them. Set before the handler runs, so
 * errors are covered too; a handler that serves public content may override it.
 */
export function noStoreForSignedInCallers(request: Request, response: Response, next: NextFunction): void {
  if (readSessionToken(request)) response.setHeader('Cache-Control', 'no-store');
  next();
}
