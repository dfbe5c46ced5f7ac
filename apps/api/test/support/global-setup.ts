import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { DataSource } from 'typeorm';
import { startEmbeddedPostgres } from '../../src/database/embedded-postgres';
import { MIGRATIONS } from '../../src/database/migrations';
import { SnakeNamingStrategy } from '../../src/database/naming-strategy';
import { runMigrations } from '../../src/database/run-migrations';

/**
 * Without DATABASE_URL every test file runs on its own in-memory PGlite. Booting
 * PGlite and migrating takes seconds, so it is done once here and saved as a
 * data-dir tarball that each file starts from (about a second).
 */
export default async function globalSetup(): Promise<void> {
  if (process.env.DATABASE_URL) {
    process.stdout.write(`\nAPI tests run on the PostgreSQL server (DATABASE_URL), one schema per test file.\n`);
    return;
  }
  process.stdout.write('\nAPI tests run on embedded PGlite (no DATABASE_URL), one database per test file.\n');
  const engine = await startEmbeddedPostgres({ dataDir: 'memory', maxConnections: 2 });
  const dataSource = new DataSource({
    type: 'postgres',
    host: engine.host,
    port: engine.port,
    username: 'postgres',
    database: 'postgres',
    namingStrategy: new SnakeNamingStrategy(),
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
  });
  await dataSource.initialize();
  await runMigrations(dataSource, 'public');
  await dataSource.destroy();
  const blob = await engine.dump();
  await engine.close();
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'crowdstake-template-')), 'pglite-template.tar');
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  process.env.CROWDSTAKE_PGLITE_TEMPLATE = file;
}
