import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The default listing spans three statuses, so (status, …) indexes could not
 * give it rows in order: every page sorted all listed campaigns (the listing
 * benchmark grew 4–7× from 1,000 to 20,000 campaigns). Partial indexes over
 * exactly the listed set, one per sort and matching its ORDER BY, let a page
 * read only its rows; single-status filters keep (status, …) indexes, now with
 * the same column order and null placement as the queries.
 */
export class ListingIndexes1763900200000 implements MigrationInterface {
  name = 'ListingIndexes1763900200000';

  async up(db: QueryRunner): Promise<void> {
    for (const index of [
      'campaigns_listing_newest_idx',
      'campaigns_listing_deadline_idx',
      'campaigns_listing_funded_idx',
      'campaigns_listing_rate_idx',
    ]) {
      await db.query(`DROP INDEX ${index}`);
    }
    const listed = `status IN ('live', 'succeeded', 'failed')`;
    await db.query(
      `CREATE INDEX campaigns_listed_newest_idx ON campaigns (live_at DESC NULLS LAST, id) WHERE ${listed}`,
    );
    await db.query(`CREATE INDEX campaigns_listed_deadline_idx ON campaigns (ends_at, id) WHERE ${listed}`);
    await db.query(`CREATE INDEX campaigns_listed_funded_idx ON campaigns (funded_ratio DESC, id) WHERE ${listed}`);
    await db.query(
      `CREATE INDEX campaigns_listed_rate_idx ON campaigns (annual_rate_bps DESC NULLS LAST, id) WHERE ${listed}`,
    );
    // A type filter on the default listing: its newest-first page and its count.
    await db.query(
      `CREATE INDEX campaigns_listed_type_idx ON campaigns (type, live_at DESC NULLS LAST, id) WHERE ${listed}`,
    );
    await db.query(
      `CREATE INDEX campaigns_featured_idx ON campaigns (backers_count DESC, live_at DESC NULLS LAST, id) WHERE status = 'live'`,
    );
    await db.query(`CREATE INDEX campaigns_status_newest_idx ON campaigns (status, live_at DESC NULLS LAST, id)`);
    await db.query(`CREATE INDEX campaigns_status_deadline_idx ON campaigns (status, ends_at, id)`);
    await db.query(`CREATE INDEX campaigns_status_funded_idx ON campaigns (status, funded_ratio DESC, id)`);
    await db.query(`CREATE INDEX campaigns_status_rate_idx ON campaigns (status, annual_rate_bps DESC NULLS LAST, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const index of [
      'campaigns_listed_newest_idx',
      'campaigns_listed_deadline_idx',
      'campaigns_listed_funded_idx',
      'campaigns_listed_rate_idx',
      'campaigns_listed_type_idx',
      'campaigns_featured_idx',
      'campaigns_status_newest_idx',
      'campaigns_status_deadline_idx',
      'campaigns_status_funded_idx',
      'campaigns_status_rate_idx',
    ]) {
      await db.query(`DROP INDEX ${index}`);
    }
    await db.query(`CREATE INDEX campaigns_listing_newest_idx ON campaigns (status, live_at DESC, id)`);
    await db.query(`CREATE INDEX campaigns_listing_deadline_idx ON campaigns (status, ends_at, id)`);
    await db.query(`CREATE INDEX campaigns_listing_funded_idx ON campaigns (status, funded_ratio DESC, id)`);
    await db.query(
      `CREATE INDEX campaigns_listing_rate_idx ON campaigns (status, annual_rate_bps DESC, id) WHERE annual_rate_bps IS NOT NULL`,
    );
  }
}
