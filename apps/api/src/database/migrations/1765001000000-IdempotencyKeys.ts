import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The first answer to each write made with an `Idempotency-Key`, replayed to its repeats for a
 * day (idempotency/idempotency.service.ts). `completed_at` is null while the first request runs;
 * `claim_id` is that request's, so its answer never lands on a claim taken over since.
 */
export class IdempotencyKeys1765001000000 implements MigrationInterface {
  name = 'IdempotencyKeys1765001000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE idempotency_keys (
        scope text NOT NULL,
        key text NOT NULL,
        claim_id uuid NOT NULL,
        request_hash text NOT NULL,
        status_code integer,
        response jsonb,
        created_at timestamptz NOT NULL DEFAULT now(),
        completed_at timestamptz,
        PRIMARY KEY (scope, key),
        CHECK ((status_code IS NULL) = (completed_at IS NULL))
      )`);
    await db.query(`CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE idempotency_keys`);
  }
}
