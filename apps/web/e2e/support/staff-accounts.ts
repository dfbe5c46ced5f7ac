import { execFile } from 'node:child_process';
import * as path from 'node:path';
import { promisify } from 'node:util';
import type { RunningApi } from './api-server';
import { repositoryRoot } from './environment';

const run = promisify(execFile);
const cliMain = path.join(repositoryRoot, 'apps', 'api', 'dist', 'cli', 'main.js');

export interface StaffAccount {
  email: string;
  password: string;
  name: string;
  role: 'reviewer' | 'admin';
}

let counter = 0;

/**
 * Reviewers and admins cannot sign up on the web: an operator creates them with the CLI. This
 * runs that CLI with the same database settings as the API under test, so on the embedded
 * engine it connects to the running API's socket (recorded in its DATA_DIR) and on a
 * PostgreSQL server it writes to the same schema.
 */
export async function createStaffAccount(
  api: Pick<RunningApi, 'dataDir' | 'databaseSchema'>,
  account: { name: string; role?: StaffAccount['role']; password?: string },
): Promise<StaffAccount> {
  counter += 1;
  const created: StaffAccount = {
    name: account.name,
    role: account.role ?? 'reviewer',
    password: account.password ?? 'careful reviewer passphrase 9',
    email: `${account.role ?? 'reviewer'}-${Date.now().toString(36)}-${process.pid}-${counter}@e2e.crowdstake.test`,
  };
  const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: api.dataDir, LOG_LEVEL: 'warn', NODE_ENV: 'test' };
  delete env.DATABASE_SCHEMA;
  if (api.databaseSchema) env.DATABASE_SCHEMA = api.databaseSchema;
  else delete env.DATABASE_URL; // the embedded engine of this API, not a server the shell happens to name
  const args = ['user:create', '--email', created.email, '--password', created.password, '--name', created.name];
  try {
    await run(process.execPath, [cliMain, ...args, '--role', created.role], {
      cwd: repositoryRoot,
      env,
      timeout: 60_000,
    });
  } catch (error) {
    const { stderr = '', stdout = '' } = error as { stderr?: string; stdout?: string };
    throw new Error(`Creating ${created.role} ${created.email} with the CLI failed:\n${stdout}${stderr}`, {
      cause: error,
    });
  }
  return created;
}

export function createReviewer(
  api: Pick<RunningApi, 'dataDir' | 'databaseSchema'>,
  name: string,
): Promise<StaffAccount> {
  return createStaffAccount(api, { name, role: 'reviewer' });
}
