import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { apiMain, apiPackageJson, artifactsDir, repositoryRoot } from './environment';

export interface RunningApi {
  baseUrl: string;
  child: ChildProcess;
  dataDir: string;
  /** Set when the API runs on a PostgreSQL server: the schema made for this run, dropped after. */
  databaseSchema?: string;
  logFile: string;
}

const HEALTH_TIMEOUT_MS = 120_000;

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
}

/**
 * Starts the built API exactly as `pnpm start` would, on a fresh database: an empty embedded
 * one in a temporary folder, or, with DATABASE_URL, a new schema of that server so runs never
 * see each other's accounts. `extraEnv` adds settings (e.g. `TEST_CLOCK: 'on'`).
 */
export async function startApi(extraEnv: Record<string, string> = {}): Promise<RunningApi> {
  const port = await freePort();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'crowdstake-web-e2e-'));
  const databaseSchema = process.env.DATABASE_URL ? `w_${randomBytes(6).toString('hex')}` : undefined;
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.DATABASE_URL;
  delete env.DATABASE_SCHEMA;
  Object.assign(env, {
    PORT: String(port),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO_DATA: 'off',
    LOG_LEVEL: 'warn',
    NODE_ENV: 'test',
    WEB_DIST_DIR: path.join(repositoryRoot, 'apps', 'web', 'dist'),
    ...extraEnv,
  });
  if (databaseSchema) Object.assign(env, { DATABASE_URL: process.env.DATABASE_URL, DATABASE_SCHEMA: databaseSchema });

  mkdirSync(artifactsDir, { recursive: true });
  const logFile = path.join(artifactsDir, 'api.log');
  const log = createWriteStream(logFile);
  const child = spawn(process.execPath, [apiMain], { cwd: repositoryRoot, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let recentOutput = '';
  const keep = (chunk: Buffer) => {
    log.write(chunk);
    recentOutput = (recentOutput + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  child.on('exit', () => log.end());

  const running: RunningApi = { baseUrl: `http://127.0.0.1:${port}`, child, dataDir, databaseSchema, logFile };
  try {
    await waitForHealth(running, () => recentOutput);
  } catch (error) {
    await stopApi(running);
    throw error;
  }
  return running;
}

async function waitForHealth(api: RunningApi, output: () => string): Promise<void> {
  const deadline = Date.now() + HEALTH_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (api.child.exitCode !== null) {
      throw new Error(`The API exited with code ${api.child.exitCode} before answering /api/health:\n${output()}`);
    }
    try {
      const response = await fetch(`${api.baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`The API did not answer /api/health within ${HEALTH_TIMEOUT_MS / 1000}s:\n${output()}`);
}

export async function stopApi(api: RunningApi): Promise<void> {
  if (api.child.exitCode === null && api.child.signalCode === null) {
    const exited = new Promise<void>((resolve) => api.child.once('exit', () => resolve()));
    api.child.kill('SIGTERM');
    const killer = setTimeout(() => api.child.kill('SIGKILL'), 10_000);
    await exited;
    clearTimeout(killer);
  }
  rmSync(api.dataDir, { recursive: true, force: true });
  if (api.databaseSchema) await dropSchema(api.databaseSchema);
}

interface PgClient {
  connect(): Promise<void>;
  query(sql: string): Promise<unknown>;
  end(): Promise<void>;
}

/** `pg` is the API's dependency; borrowing it keeps the web free of a database driver. */
async function dropSchema(schema: string): Promise<void> {
  const { Client } = createRequire(apiPackageJson)('pg') as {
    Client: new (config: { connectionString?: string }) => PgClient;
  };
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  try {
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
  } finally {
    await client.end();
  }
}
