import type { MigrationInterface, QueryRunner } from 'typeorm';

/** "Ending soonest" lists live campaigns before finished ones; this index gives rows in that order. */
export class DeadlineSortLiveFirst1763900300000 implements MigrationInterface {
  name = 'DeadlineSortLiveFirst1763900300000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX campaigns_listed_deadline_idx`);
    await db.query(
      `CREATE INDEX campaigns_listed_deadline_idx ON campaigns ((status <> 'live'), ends_at, id) WHERE status IN ('live', 'succeeded', 'failed')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX campaigns_listed_deadline_idx`);
    await db.query(
      `CREATE INDEX campaigns_listed_deadline_idx ON campaigns (ends_at, id) WHERE status IN ('live', 'succeeded', 'failed')`,
    );
  }
}
