import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The featured listing counts each live campaign's distinct backers with a
 * committed pledge made in the last seven days. This partial index holds
 * exactly the committed pledges, by campaign and time, with the backer, so
 * each count reads one short range of the index and never the pledges table.
 */
export class FeaturedRecentBackers1764000900000 implements MigrationInterface {
  name = 'FeaturedRecentBackers1764000900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(
      `CREATE INDEX pledges_recent_committed_idx ON pledges (campaign_id, created_at, backer_id)
        WHERE status IN ('held', 'settled', 'action_required')`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX pledges_recent_committed_idx`);
  }
}
