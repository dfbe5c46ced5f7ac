import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';

const apiRoot = path.resolve(__dirname, '..');
const cliEntry = path.join(apiRoot, 'dist/cli/main.js');
const mainEntry = path.join(apiRoot, 'dist/main.js');

/** The compiled commands, as `pnpm cli` and `pnpm start` run them (turbo builds the API before its tests). */
function run(entry: string, args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, [entry, ...args], {
    env: { PATH: process.env.PATH ?? '', ...env },
    encoding: 'utf8',
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

// Each command starts Node and opens a database; on a busy machine that takes long.
jest.setTimeout(300_000);

/** `pnpm start` in the background, resolved once it says it is running. */
function startPlatform(env: Record<string, string>) {
  const child = spawn(process.execPath, [mainEntry], {
    env: { PATH: process.env.PATH ?? '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const running = new Promise<void>((resolve, reject) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Crowdstake is running')) resolve();
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the platform exited (${code}): ${output}`)));
  });
  const stopped = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    running,
    async stop() {
      child.kill('SIGTERM');
      await stopped;
    },
  };
}

describe('pnpm cli and start-up', () => {
  let dataDir: string;
  let env: Record<string, string>;
  const schema = `c_${randomBytes(5).toString('hex')}`;

  beforeAll(() => {
    if (!existsSync(cliEntry)) throw new Error(`${cliEntry} is missing: run pnpm build first`);
    dataDir = mkdtempSync(path.join(tmpdir(), 'crowdstake-cli-'));
    env = { DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
    if (process.env.DATABASE_URL) env = { ...env, DATABASE_URL: process.env.DATABASE_URL, DATABASE_SCHEMA: schema };
  });

  afterAll(async () => {
    rmSync(dataDir, { recursive: true, force: true });
    if (process.env.DATABASE_URL) {
      const client = new Client({ connectionString: process.env.DATABASE_URL });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
  });

  it('user:create makes a reviewer, persists it, and refuses the same email twice', () => {
    const args = [
      'user:create',
      '--email',
      'Rita@Example.test',
      '--password',
      'a long reviewer passphrase',
      '--name',
      'Rita Reviewer',
      '--role',
      'reviewer',
    ];
    const first = run(cliEntry, args, env);
    expect(first.stderr).toBe('');
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/Created reviewer rita@example\.test/);

    const again = run(cliEntry, args, env);
    expect(again.status).toBe(1);
    expect(again.stderr).toMatch(/already exists/);
  });

  it('user:create refuses self-service roles and weak passwords', () => {
    const founder = run(
      cliEntry,
      [
        'user:create',
        '--email',
        'f@example.test',
        '--password',
        'a long founder passphrase',
        '--name',
        'F',
        '--role',
        'founder',
      ],
      env,
    );
    expect(founder.status).not.toBe(0);
    expect(founder.stderr).toMatch(/reviewer or admin/);
    const weak = run(
      cliEntry,
      ['user:create', '--email', 'a@example.test', '--password', 'password123', '--name', 'A', '--role', 'admin'],
      env,
    );
    expect(weak.status).not.toBe(0);
    expect(weak.stderr).toMatch(/too common/);
  });

  it('ledger:verify reports intact audit and ledger chains', () => {
    const result = run(cliEntry, ['ledger:verify'], env);
    expect(result.stderr).toBe('');
    expect(result.status).toBe(0);
    expect(result.stdout).toMatch(/Audit log chain intact: 1 entries/);
    expect(result.stdout).toMatch(/Ledger chains intact: 0 transactions/);
  });

  it('works while the platform runs, through its engine', async () => {
    const platform = startPlatform({ ...env, PORT: '0', DEMO_DATA: 'off' });
    try {
      await platform.running;
      if (!process.env.DATABASE_URL) {
        // The embedded engine is on a Unix socket in a private folder, not on TCP.
        const owner = JSON.parse(readFileSync(path.join(dataDir, 'embedded-postgres.json'), 'utf8')) as {
          host: string;
        };
        expect(owner.host).toBe(path.join(dataDir, 'run'));
        expect(statSync(owner.host).mode & 0o777).toBe(0o700);
      }
      const result = run(
        cliEntry,
        [
          'user:create',
          '--email',
          'ada@example.test',
          '--password',
          'a long admin passphrase',
          '--name',
          'Ada Admin',
          '--role',
          'admin',
        ],
        env,
      );
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      expect(result.stdout).toMatch(/Created admin ada@example\.test/);
    } finally {
      await platform.stop();
    }
  });

  it('reconcile without STRIPE_SECRET_KEY says where the emulator’s payments can be reconciled, and fails', () => {
    const result = run(cliEntry, ['reconcile'], env);
    expect(result.status).toBe(2);
    expect(result.stderr).toMatch(/STRIPE_SECRET_KEY/);
    expect(result.stderr).toMatch(/GET \/api\/admin\/reconciliation/);
  });

  it('pledge:refund refuses what is not a settled pledge, and changes nothing', () => {
    const badId = run(cliEntry, ['pledge:refund', '--pledge', 'not-an-id', '--reason', 'dispute lost'], env);
    expect(badId.status).toBe(1);
    expect(badId.stderr).toMatch(/must be a pledge id/);
    const missing = run(
      cliEntry,
      ['pledge:refund', '--pledge', '00000000-0000-4000-8000-000000000000', '--reason', 'dispute lost'],
      env,
    );
    expect(missing.status).toBe(1);
    expect(missing.stderr).toMatch(/No pledge 00000000-0000-4000-8000-000000000000/);
  });

  it.each([
    [{ PORT: 'not-a-port' }, /PORT/],
    [{ DATABASE_URL: 'mysql://nope' }, /DATABASE_URL/],
    [{ TEST_CLOCK: 'sometimes' }, /TEST_CLOCK/],
  ])('the API refuses to start on %j and names the variable', (bad, named) => {
    const result = run(mainEntry, [], { ...env, ...bad });
    expect(result.status).toBe(78);
    expect(result.stderr).toMatch(/Invalid configuration/);
    expect(result.stderr).toMatch(named);
  });
});
