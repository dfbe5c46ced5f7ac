import { createHmac, randomUUID } from 'node:crypto';
import { Injectable, type OnModuleDestroy, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { deploymentSecret } from '../database/deployment-secret';
import { returnedRows } from '../database/returned-rows';
import { IdempotentRequestInProgressError, IdempotentRequestMismatchError } from './idempotency.errors';

/** A request's first answer, as replayed. */
export interface StoredAnswer {
  status: number;
  body: unknown;
}

/** Keys live as long as Stripe's do: a day. After that the same key is a new request. */
const KEY_LIFETIME = '24 hours';
/**
 * A first request that has not answered in this long is taken to have died with its process
 * (well beyond any request's time: Stripe calls with the SDK's retries, a test-clock advance).
 */
const ABANDONED_AFTER = '10 minutes';
/** How long a repeat waits for the first request's answer before being told to retry. */
const WAIT_FOR_FIRST_MS = 10_000;
const POLL_MS = 100;
const SECRET_NAME = 'idempotency_request_hmac';

/** The first request holds its claim by this id, so a late answer never lands on a claim taken over since. */
export type Claim = { kind: 'first'; claimId: string } | { kind: 'replay'; answer: StoredAnswer };

/**
 * The record of requests made with an `Idempotency-Key` (DESIGN.md: "a repeated Idempotency-Key
 * returns the first response; the same key with another body → 409"). One row per (scope, key):
 * the first request claims it with one INSERT, so of two at the same instant exactly one runs;
 * the other waits for its answer and replays it. Requests are compared by an HMAC of their
 * body under a per-deployment secret: a body may hold a password, which must not be stored in
 * a form anyone can test guesses against.
 */
@Injectable()
export class IdempotencyService implements OnModuleInit, OnModuleDestroy {
  private purging?: NodeJS.Timeout;
  private key: Buffer | null = null;

  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async onModuleInit(): Promise<void> {
    this.key = await deploymentSecret(this.dataSource, SECRET_NAME);
    // Expired keys are cleared hourly (every replica may do it: the DELETE is the same).
    this.purging = setInterval(() => void this.purgeExpired().catch(() => undefined), 60 * 60_000);
    this.purging.unref();
  }

  onModuleDestroy(): void {
    clearInterval(this.purging);
  }

  /** What two requests are compared by: a keyed hash of their method, address and canonical body. */
  requestHash(request: string): string {
    if (!this.key) throw new Error('IdempotencyService used before it started');
    return createHmac('sha256', this.key).update(request).digest('base64url');
  }

  async purgeExpired(): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_keys WHERE created_at < now() - interval '${KEY_LIFETIME}'`);
  }

  async claim(scope: string, key: string, requestHash: string): Promise<Claim> {
    const deadline = Date.now() + WAIT_FOR_FIRST_MS;
    for (;;) {
      // Expired keys, and a first request that died without answering, make way.
      await this.dataSource.query(
        `DELETE FROM idempotency_keys
          WHERE scope = $1 AND key = $2
            AND (created_at < now() - interval '${KEY_LIFETIME}'
                 OR (completed_at IS NULL AND created_at < now() - interval '${ABANDONED_AFTER}'))`,
        [scope, key],
      );
      const claimId = randomUUID();
      const inserted = returnedRows(
        await this.dataSource.query(
          `INSERT INTO idempotency_keys (scope, key, claim_id, request_hash) VALUES ($1, $2, $3, $4)
           ON CONFLICT (scope, key) DO NOTHING RETURNING key`,
          [scope, key, claimId, requestHash],
        ),
      );
      if (inserted.length > 0) return { kind: 'first', claimId };
      const [row] = (await this.dataSource.query(
        `SELECT request_hash, status_code, response FROM idempotency_keys WHERE scope = $1 AND key = $2`,
        [scope, key],
      )) as { request_hash: string; status_code: number | null; response: { body: unknown } | null }[];
      if (!row) continue; // the first request failed and let go of the key meanwhile: claim it again
      if (row.request_hash !== requestHash) throw new IdempotentRequestMismatchError();
      if (row.status_code !== null)
        return { kind: 'replay', answer: { status: row.status_code, body: row.response?.body } };
      if (Date.now() > deadline) throw new IdempotentRequestInProgressError();
      await new Promise((resolve) => setTimeout(resolve, POLL_MS));
    }
  }

  async complete(scope: string, key: string, claimId: string, answer: StoredAnswer): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_keys SET status_code = $4, response = $5, completed_at = now()
        WHERE scope = $1 AND key = $2 AND claim_id = $3`,
      [scope, key, claimId, answer.status, JSON.stringify({ body: answer.body ?? null })],
    );
  }

  /** The first request failed: the key is free again, so a corrected retry is carried out. */
  async release(scope: string, key: string, claimId: string): Promise<void> {
    await this.dataSource.query(
      `DELETE FROM idempotency_keys WHERE scope = $1 AND key = $2 AND claim_id = $3 AND completed_at IS NULL`,
      [scope, key, claimId],
    );
  }
}
