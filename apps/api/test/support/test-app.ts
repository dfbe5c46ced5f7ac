import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { Client } from 'pg';
import request from 'supertest';
import { DataSource } from 'typeorm';
import { createApp } from '../../src/bootstrap';
import { loadConfig, type AppConfig } from '../../src/config/config.schema';
import { openDatabase, type DatabaseConnection } from '../../src/database/database-connection';

export interface TestApp {
  app: NestExpressApplication;
  config: AppConfig;
  dataSource: DataSource;
  /** supertest bound to the app's HTTP server */
  http: () => ReturnType<typeof request>;
  close(): Promise<void>;
}

/**
 * Boots the real application on a database of its own: a fresh schema on the
 * PostgreSQL server when DATABASE_URL is set, otherwise an in-memory PGlite
 * started from the migrated template made in global-setup.ts.
 */
/** `env` overrides the test defaults below; a value of `undefined` means the platform's own default. */
export async function startTestApp(env: Record<string, string | undefined> = {}): Promise<TestApp> {
  const schema = process.env.DATABASE_URL ? `t_${randomBytes(6).toString('hex')}` : 'public';
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crowdstake-test-'));
  const settings: Record<string, string | undefined> = {
    NODE_ENV: 'test',
    // A 500 is a bug: tests show its log line, and nothing quieter.
    LOG_LEVEL: process.env.TEST_LOG_LEVEL ?? 'error',
    DATA_DIR: dataDir,
    DATABASE_URL: process.env.DATABASE_URL,
    DATABASE_SCHEMA: schema,
    DATABASE_POOL_SIZE: '6',
    DEMO_DATA: 'off',
    // The web module is in the path exactly as in `pnpm start`: a small built web of its own.
    WEB_DIST_DIR: writeBuiltWeb(dataDir),
    // Generous by default so tests that sign in often are not throttled; rate-limit tests lower them.
    LOGIN_MAX_FAILURES_PER_IP: '10000',
    REGISTER_MAX_PER_IP: '10000',
    // Every test backer pledges from one address, often with the same test card; pledge-abuse tests lower these.
    PLEDGE_MAX_ATTEMPTS_PER_ACCOUNT: '100000',
    PLEDGE_MAX_ATTEMPTS_PER_IP: '100000',
    PLEDGE_MAX_ATTEMPTS_PER_CARD: '100000',
    PLEDGE_MAX_DECLINES_PER_ACCOUNT: '100000',
    PLEDGE_MAX_DECLINES_PER_IP: '100000',
    PLEDGE_MAX_DECLINES_PER_CARD: '100000',
    ...env,
  };
  const config = loadConfig(
    Object.fromEntries(Object.entries(settings).filter((entry): entry is [string, string] => entry[1] !== undefined)),
  );
  const template = process.env.CROWDSTAKE_PGLITE_TEMPLATE;
  const database: DatabaseConnection = await openDatabase(config, {
    as: 'platform',
    inMemory: config.database.url ? undefined : { template: template ? new Blob([readFileSync(template)]) : undefined },
  });
  const app = await createApp(config, database);
  await app.init();
  const dataSource = app.get(DataSource);
  return {
    app,
    config,
    dataSource,
    http: () => request(app.getHttpServer()),
    async close() {
      await app.close();
      await database.close();
      if (config.database.url) await dropSchema(config.database.url, schema);
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** The HTML every SPA route answers with in tests. */
export const TEST_INDEX_HTML =
  '<!doctype html><html><head><title>Crowdstake test web</title></head><body><div id="root"></div></body></html>';

/** A built asset with compressed copies: what each copy holds once decoded. */
export const PACKED_ASSET = {
  identity: 'console.log("plain");\n',
  gzip: 'console.log("gzip copy");\n',
  br: 'console.log("brotli copy");\n',
};

function writeBuiltWeb(dataDir: string): string {
  const webDir = path.join(dataDir, 'web');
  mkdirSync(path.join(webDir, 'assets'), { recursive: true });
  writeFileSync(path.join(webDir, 'index.html'), TEST_INDEX_HTML);
  writeFileSync(path.join(webDir, 'assets', 'app-test.js'), 'console.log("crowdstake");\n');
  // As the web's build writes them: compressed copies beside a file. Each copy says which it is,
  // so a test sees which one went out; index.html's is the page itself.
  writeFileSync(path.join(webDir, 'index.html.gz'), gzipSync(TEST_INDEX_HTML));
  writeFileSync(path.join(webDir, 'assets', 'app-packed.js'), PACKED_ASSET.identity);
  writeFileSync(path.join(webDir, 'assets', 'app-packed.js.gz'), gzipSync(PACKED_ASSET.gzip));
  writeFileSync(path.join(webDir, 'assets', 'app-packed.js.br'), brotliCompressSync(PACKED_ASSET.br));
  return webDir;
}

async function dropSchema(url: string, schema: string): Promise<void> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}

/**
 * A second instance of the application on `primary`'s database, with a data
 * folder of its own, as a replica runs beside another. PostgreSQL server
 * only (an embedded PGlite serves one process). Close it before `primary`,
 * which drops the schema.
 */
export async function startReplicaOf(primary: TestApp): Promise<TestApp> {
  if (!primary.config.database.url) throw new Error('A replica needs the PostgreSQL server (DATABASE_URL).');
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crowdstake-replica-'));
  const config: AppConfig = {
    ...primary.config,
    dataDir,
    storageDir: path.join(dataDir, 'files'),
    webDistDir: path.join(dataDir, 'no-web'),
  };
  const database = await openDatabase(config, { as: 'platform' });
  const app = await createApp(config, database);
  await app.init();
  return {
    app,
    config,
    dataSource: app.get(DataSource),
    http: () => request(app.getHttpServer()),
    async close() {
      await app.close();
      await database.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
