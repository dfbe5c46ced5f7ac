import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { buildOpenApiDocument, createApp } from '../bootstrap';
import { loadConfig } from '../config/config.schema';
import { openDatabase } from '../database/database-connection';

/**
 * `pnpm --filter @crowdstake/api openapi:write`: boots the API on an in-memory
 * database, with the configuration production has (no test clock), and writes
 * the OpenAPI document it serves to the given file; the script then generates
 * the web's types from it (apps/web/src/api/schema.d.ts). A test
 * (test/openapi.e2e-spec.ts) fails when the committed files are out of date.
 */
async function main(output: string): Promise<void> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crowdstake-openapi-'));
  const webDir = path.join(dataDir, 'web');
  mkdirSync(webDir, { recursive: true });
  writeFileSync(path.join(webDir, 'index.html'), '<!doctype html><title>Crowdstake</title>');
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'error',
    DATA_DIR: dataDir,
    DEMO_DATA: 'off',
    WEB_DIST_DIR: webDir,
  });
  const database = await openDatabase(config, { as: 'platform', inMemory: {} });
  try {
    const app = await createApp(config, database);
    try {
      writeFileSync(output, `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`);
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const output = process.argv[2];
if (!output) {
  console.error('usage: node dist/openapi/write-openapi.js <openapi.json>');
  process.exit(2);
}
main(path.resolve(output)).catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
