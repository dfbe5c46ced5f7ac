import { type CallHandler, type ExecutionContext, Injectable, Logger, type NestInterceptor } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { idempotencyKeySchema } from '@crowdstake/domain';
import type { Response } from 'express';
import { catchError, concatMap, from, type Observable, of } from 'rxjs';
import type { AuthenticatedRequest } from '../auth/request-auth';
import { ValidationFailedError } from '../common/errors/app-error';
import { IdempotencyService } from './idempotency.service';
import { NO_REPLAY } from './no-replay.decorator';
import { canonicalJson } from '../common/canonical-json';

const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

/**
 * Every write that carries an `Idempotency-Key` is carried out once per key: a repeat with the
 * same request answers the first answer (status and body); the same key with another request is
 * 409 `idempotency_key_reused`. A first request that fails (any error) lets go of its key, so the
 * corrected retry runs. Keys belong to the signed-in account (or, signed out, to the address), so
 * two clients never see each other's answers. Routes marked @NoReplay() are left alone.
 */
@Injectable()
export class IdempotencyInterceptor implements NestInterceptor {
  private readonly logger = new Logger(IdempotencyInterceptor.name);

  constructor(
    private readonly idempotency: IdempotencyService,
    private readonly reflector: Reflector,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const header = request.headers['idempotency-key'];
    if (header === undefined || !WRITES.has(request.method)) return next.handle();
    if (this.reflector.getAllAndOverride<boolean>(NO_REPLAY, [context.getHandler(), context.getClass()]))
      return next.handle();
    // A file upload's body is read by the route's own interceptor, after this one, so it cannot be
    // told apart from another upload to the same address: uploads are not replayed.
    if (request.is('multipart/form-data')) return next.handle();

    const parsed = idempotencyKeySchema.safeParse(Array.isArray(header) ? header.join(',') : header);
    if (!parsed.success) {
      const message = 'Idempotency-Key must be 1 to 255 printable characters without spaces.';
      throw new ValidationFailedError(message, [{ path: 'Idempotency-Key', message, code: 'invalid_format' }]);
    }
    const key = parsed.data;
    const scope = request.auth ? `user:${request.auth.userId}` : `address:${request.ip ?? 'unknown'}`;
    const response = context.switchToHttp().getResponse<Response>();

    return from(this.idempotency.claim(scope, key, this.idempotency.requestHash(describe(request)))).pipe(
      concatMap((claim) => {
        if (claim.kind === 'replay') {
          response.status(claim.answer.status);
          response.setHeader('Idempotent-Replayed', 'true');
          return of(claim.answer.body ?? undefined);
        }
        const { claimId } = claim;
        return next.handle().pipe(
          // A failure of the handler lets go of the key, so the corrected retry runs.
          catchError((error: unknown) =>
            from(this.idempotency.release(scope, key, claimId)).pipe(
              concatMap(() => {
                throw error;
              }),
            ),
          ),
          // The write is done: failing to store its answer must not let a repeat do it again. The
          // claim then stays open, and repeats wait, then are told to retry, until it is abandoned.
          concatMap((body: unknown) =>
            from(
              this.idempotency
                .complete(scope, key, claimId, { status: response.statusCode, body })
                .catch((error: unknown) =>
                  this.logger.error({ err: error }, 'The answer to an idempotent request could not be stored'),
                ),
            ).pipe(concatMap(() => of(body))),
          ),
        );
      }),
    );
  }
}

/** What makes two requests the same: method, address and body (keys in order). */
function describe(request: AuthenticatedRequest): string {
  return `${request.method} ${request.originalUrl}\n${canonicalJson(request.body ?? null)}`;
}
