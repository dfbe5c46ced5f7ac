import type { DataSource } from 'typeorm';

/** Any fixed number: every replica that starts takes this lock, so migrations run exactly once. */
const MIGRATION_LOCK_KEY = 7_202_611;

/**
 * Brings the schema up to date. Replicas starting together serialize on an
 * advisory lock so that one runs the migrations and the others find them done.
 */
export async function runMigrations(dataSource: DataSource, schema: string): Promise<void> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    if (schema !== 'public') await runner.query(`CREATE SCHEMA IF NOT EXISTS "${schema}"`);
    await runner.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    try {
      await dataSource.runMigrations({ transaction: 'each' });
    } finally {
      await runner.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]);
    }
  } finally {
    await runner.release();
  }
}
