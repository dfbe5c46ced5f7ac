#!/usr/bin/env node
// Many backers pledging at once to one campaign: 64 concurrent clients through the HTTP API of
// the built app (payments on the in-process Stripe emulator), against pgbench running the same
// hot-row work (bench/pledge.pgbench.sql: campaign and tier conditional updates, the pledge row,
// a two-entry ledger transaction) with 64 clients, in the same run on the same server. The ratio
// says how much the platform's pledge path costs over the bare database work it must do.
//   DATABASE_URL=postgres://… node bench/pledge.bench.mjs [--clients 64] [--pledges 20] [--types reward,bond]
// Needs a PostgreSQL server (the hot row only contends there) and /usr/bin/pgbench. Loopback only.
import { createRequire } from 'node:module';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { performance } from 'node:perf_hooks';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'apps/api/package.json'));
require('reflect-metadata');
const { loadConfig } = require(join(root, 'apps/api/dist/config/config.schema.js'));
const { openDatabase } = require(join(root, 'apps/api/dist/database/database-connection.js'));
const { createApp } = require(join(root, 'apps/api/dist/bootstrap.js'));
const { SessionsService } = require(join(root, 'apps/api/dist/auth/sessions.service.js'));
const { DataSource } = require('typeorm');

const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const CLIENTS = Number(arg('clients', 64));
const PLEDGES = Number(arg('pledges', 20)); // per client: bounded, the run stops by itself
const TYPES = String(arg('types', 'reward,bond')).split(',');
const PGBENCH = process.env.PGBENCH ?? '/usr/bin/pgbench';

if (!process.env.DATABASE_URL) {
  console.error('bench:pledge needs DATABASE_URL (a PostgreSQL server): row contention is what it measures.');
  process.exit(2);
}
const url = new URL(process.env.DATABASE_URL);
if (!['127.0.0.1', 'localhost', '::1', '[::1]'].includes(url.hostname)) {
  console.error('bench:pledge runs against a loopback server only.');
  process.exit(2);
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))];
const summary = (latencies, wallMs) => {
  const sorted = [...latencies].sort((a, b) => a - b);
  return {
    n: sorted.length,
    p50: percentile(sorted, 0.5),
    p99: percentile(sorted, 0.99),
    perSecond: (sorted.length / wallMs) * 1000,
  };
};

/** A founder, a live campaign of the type with one unlimited tier or bond terms, and the backers with sessions. */
async function seed(app, type) {
  const db = app.get(DataSource);
  const [{ id: ownerId }] = await db.query(
    `INSERT INTO users (email, name, role, password_hash) VALUES ('founder-' || $1 || '@bench.test', 'Bench', 'founder', 'x') RETURNING id`,
    [type],
  );
  const [{ id: companyId }] = await db.query(
    `INSERT INTO companies (owner_id, legal_name, registration_number, registration_key, jurisdiction, founded_on, industry, employees, annual_revenue, total_debt, currency)
     VALUES ($1, 'Bench ' || $2, 'R-' || $2, 'R-' || $2, 'US-DE', '2015-01-01', 'retail', 10, 50000000, 1000000, 'USD') RETURNING id`,
    [ownerId, type],
  );
  const terms =
    type === 'bond'
      ? { annualRateBps: 600, termMonths: 12, repayment: 'bullet', denomination: 2_500, minUnits: 1 }
      : { allowDonations: true };
  const [{ id: campaignId }] = await db.query(
    `INSERT INTO campaigns (company_id, owner_id, type, status, title, summary, description, currency, goal_minor,
                            starts_at, ends_at, terms, live_at, annual_rate_bps)
     VALUES ($1, $2, $3, 'live', 'Bench ' || $3, 'Bench', 'Bench', 'USD', 100000000,
             now() - interval '1 day', now() + interval '20 days', $4, now() - interval '1 day', $5) RETURNING id`,
    [companyId, ownerId, type, JSON.stringify(terms), type === 'bond' ? 600 : null],
  );
  let tierId = null;
  if (type === 'reward')
    [{ id: tierId }] = await db.query(
      `INSERT INTO reward_tiers (campaign_id, position, title, description, price_minor, estimated_delivery)
       VALUES ($1, 0, 'Bench tier', 'Bench', 2500, '2027-06') RETURNING id`,
      [campaignId],
    );
  const backers = await db.query(
    `INSERT INTO users (email, name, role, password_hash)
     SELECT 'backer-' || $1 || '-' || g || '@bench.test', 'Backer ' || g, 'backer', 'x' FROM generate_series(1, $2) g RETURNING id`,
    [type, CLIENTS],
  );
  await db.query(
    `INSERT INTO investor_profiles (user_id, annual_income_minor, net_worth_minor, currency, accredited)
     SELECT id, 0, 0, 'USD', true FROM unnest($1::uuid[]) AS id`,
    [backers.map((b) => b.id)],
  );
  const sessions = app.get(SessionsService);
  const tokens = [];
  for (const backer of backers) tokens.push((await sessions.issue(backer.id)).token);
  return { db, campaignId, tierId, backerIds: backers.map((b) => b.id), tokens };
}

/** CLIENTS backers at once, each placing PLEDGES pledges one after the other. */
async function pledgeThroughApi(base, seeded, type) {
  const body = type === 'reward' ? { tierId: seeded.tierId } : { units: 1, acknowledgedRisk: true };
  const latencies = [];
  const failures = {};
  const client = async (token, c) => {
    for (let i = 0; i < PLEDGES; i += 1) {
      const started = performance.now();
      const response = await fetch(`${base}/api/campaigns/${seeded.campaignId}/pledges`, {
        method: 'POST',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': 'application/json',
          'idempotency-key': `bench-${type}-${c}-${i}`,
        },
        body: JSON.stringify({ ...body, paymentMethodId: 'pm_card_visa' }),
      });
      const answer = await response.json();
      latencies.push(performance.now() - started);
      if (response.status !== 201 || answer.status !== 'held') {
        const why = `${response.status} ${answer.code ?? answer.status}`;
        failures[why] = (failures[why] ?? 0) + 1;
      }
    }
  };
  const warm = await fetch(`${base}/api/campaigns/${seeded.campaignId}/pledges`, {
    method: 'POST',
    headers: {
      authorization: `Bearer ${seeded.tokens[0]}`,
      'content-type': 'application/json',
      'idempotency-key': `bench-${type}-warm`,
    },
    body: JSON.stringify({ ...body, paymentMethodId: 'pm_card_visa' }),
  });
  if (warm.status !== 201) throw new Error(`a warm-up pledge answered ${warm.status}: ${await warm.text()}`);
  const started = performance.now();
  await Promise.all(seeded.tokens.map((token, c) => client(token, c)));
  const wallMs = performance.now() - started;
  const result = summary(latencies, wallMs);
  // Throughput counts pledges that were taken, not answers: a failed request is no work done.
  const failed = Object.values(failures).reduce((sum, n) => sum + n, 0);
  result.perSecond = ((result.n - failed) / wallMs) * 1000;
  const [row] = await seeded.db.query(
    `SELECT raised_minor, reserved_minor, (SELECT count(*)::int FROM pledges WHERE campaign_id = $1 AND status = 'held') AS held
       FROM campaigns WHERE id = $1`,
    [seeded.campaignId],
  );
  return { ...result, failures, check: row };
}

/** The same hot rows through pgbench: per-transaction latencies from its log, throughput from its wall time. */
async function pgbenchSameWork(seeded, schema) {
  const db = seeded.db;
  const accounts = await db.query(
    `INSERT INTO ledger_accounts (kind, owner_id, currency) VALUES ('backer_funding', $1, 'USD'), ('campaign_escrow', $2, 'USD')
     ON CONFLICT (kind, owner_id, currency) DO UPDATE SET currency = EXCLUDED.currency RETURNING id, kind`,
    [seeded.backerIds[0], seeded.campaignId],
  );
  const idOf = (kind) => accounts.find((a) => a.kind === kind).id;
  const logDir = mkdtempSync(join(tmpdir(), 'crowdstake-pgbench-'));
  try {
    const started = performance.now();
    const output = execFileSync(
      PGBENCH,
      [
        '-n',
        '-c',
        String(CLIENTS),
        '-j',
        '2',
        '-t',
        String(PLEDGES),
        '-M',
        'simple',
        '-l',
        '--log-prefix',
        join(logDir, 'tx'),
        '-f',
        join(root, 'bench/pledge.pgbench.sql'),
        '-D',
        `campaign=${seeded.campaignId}`,
        '-D',
        `tier=${seeded.tierId}`,
        '-D',
        `backer=${seeded.backerIds[0]}`,
        '-D',
        `funding=${idOf('backer_funding')}`,
        '-D',
        `escrow=${idOf('campaign_escrow')}`,
        '-h',
        url.hostname.replace(/^\[|\]$/g, ''),
        '-p',
        url.port || '5432',
        '-U',
        decodeURIComponent(url.username || 'postgres'),
        url.pathname.slice(1) || 'postgres',
      ],
      {
        env: { ...process.env, PGOPTIONS: `-c search_path=${schema}` },
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'pipe'],
      },
    );
    const wallMs = performance.now() - started;
    const latencies = [];
    for (const file of readdirSync(logDir))
      for (const line of readFileSync(join(logDir, file), 'utf8').split('\n'))
        if (line.trim()) latencies.push(Number(line.split(' ')[2]) / 1000); // microseconds
    const tps = Number(/tps = ([\d.]+)/.exec(output)?.[1]);
    const failed = Number(/number of failed transactions: (\d+)/.exec(output)?.[1] ?? 0);
    return { ...summary(latencies, wallMs), perSecond: tps || (latencies.length / wallMs) * 1000, failures: failed };
  } finally {
    rmSync(logDir, { recursive: true, force: true });
  }
}

async function measure(type) {
  const dataDir = mkdtempSync(join(tmpdir(), 'crowdstake-bench-'));
  const schema = `bench_pledge_${type}_${Date.now().toString(36)}`;
  const config = loadConfig({
    DATA_DIR: dataDir,
    DATABASE_URL: process.env.DATABASE_URL,
    DATABASE_SCHEMA: schema,
    DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE, // the app's default (10) unless set
    // Failures are counted by status in the results; a log line per failed request would drown them.
    LOG_LEVEL: 'silent',
    DEMO_DATA: 'off',
    WEB_DIST_DIR: join(dataDir, 'none'),
    // Every client pledges from one address with the same test card: the card-testing limits would refuse them.
    PLEDGE_MAX_ATTEMPTS_PER_ACCOUNT: '1000000',
    PLEDGE_MAX_ATTEMPTS_PER_IP: '1000000',
    PLEDGE_MAX_ATTEMPTS_PER_CARD: '1000000',
    PLEDGE_MAX_DECLINES_PER_ACCOUNT: '1000000',
    PLEDGE_MAX_DECLINES_PER_IP: '1000000',
    PLEDGE_MAX_DECLINES_PER_CARD: '1000000',
  });
  const database = await openDatabase(config, { as: 'platform' });
  const app = await createApp(config, database);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
  try {
    const seeded = await seed(app, type);
    const api = await pledgeThroughApi(base, seeded, type);
    const floor = type === 'reward' ? await pgbenchSameWork(seeded, schema) : null;
    return { api, floor };
  } finally {
    await app.close();
    await database.close();
    const { Client } = require('pg');
    const client = new Client({ connectionString: process.env.DATABASE_URL });
    await client.connect();
    await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    await client.end();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

console.log(`Pledge benchmark on the PostgreSQL server: ${CLIENTS} clients × ${PLEDGES} pledges, one campaign\n`);
const results = {};
for (const type of TYPES) results[type] = await measure(type);
const floor = results.reward?.floor;
const fmt = (ms) => `${ms.toFixed(1)} ms`;
console.log('| path | pledges | p50 | p99 | per second | failures | throughput vs pgbench |');
console.log('| --- | --- | --- | --- | --- | --- | --- |');
if (floor)
  console.log(
    `| pgbench, same hot-row work | ${floor.n} | ${fmt(floor.p50)} | ${fmt(floor.p99)} | ${floor.perSecond.toFixed(0)} | ${floor.failures} | 1 |`,
  );
for (const [type, { api }] of Object.entries(results))
  console.log(
    `| API, ${type} pledge | ${api.n} | ${fmt(api.p50)} | ${fmt(api.p99)} | ${api.perSecond.toFixed(0)} | ${
      Object.entries(api.failures)
        .map(([why, n]) => `${n} × ${why}`)
        .join(', ') || 0
    } | ${floor ? (api.perSecond / floor.perSecond).toFixed(3) : '–'} |`,
  );
for (const [type, { api }] of Object.entries(results))
  console.log(`${type} campaign after the run:`, JSON.stringify(api.check));
mkdirSync(join(root, 'bench/results'), { recursive: true });
const file = join(root, 'bench/results', 'pledge-server.json');
writeFileSync(
  file,
  JSON.stringify({ at: new Date().toISOString(), clients: CLIENTS, pledges: PLEDGES, results }, null, 2),
);
console.log(`\nWritten to ${file}`);
