import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The periodic sync looks for pledges still pending after a while. Pending
 * pledges are few among many; this partial index holds only them, by the
 * time they last changed, so the sweep never reads the pledges table.
 */
export class PendingPledgesIndex1765000100000 implements MigrationInterface {
  name = 'PendingPledgesIndex1765000100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`CREATE INDEX pledges_pending_idx ON pledges (updated_at) WHERE status = 'pending'`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX pledges_pending_idx`);
  }
}
