#!/usr/bin/env node
// Listing speed with many campaigns: the same queries against a small catalogue (the baseline)
// and a large one, in one run, on the same engine. With the right indexes a page costs about
// the same whatever the catalogue's size, so the ratios should stay near 1.
//   node bench/listing.bench.mjs [--large 20000] [--baseline 1000] [--rounds 40]
// Uses DATABASE_URL when set (a fresh schema each size), else the embedded engine.
import { createRequire } from 'node:module';
import { mkdtempSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
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
const { DataSource } = require('typeorm');
const { Client } = require('pg');

const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? Number(process.argv[index + 1]) : fallback;
};
const LARGE = arg('large', 20_000);
const BASELINE = arg('baseline', 1_000);
const ROUNDS = arg('rounds', 40);

const QUERIES = {
  'default listing': '/api/campaigns',
  'type filter': '/api/campaigns?type=bond',
  'search (prefix)': '/api/campaigns?q=oven%20bak',
  'sort by % funded': '/api/campaigns?sort=funded',
  'sort by deadline': '/api/campaigns?status=live&sort=deadline',
  'ending soonest (all)': '/api/campaigns?sort=deadline',
  'sort by rate': '/api/campaigns?sort=rate&type=bond',
  'page 20 of 100': '/api/campaigns?page=20&pageSize=100',
  featured: '/api/campaigns?featured=true',
};

const WORDS = [
  'oven',
  'bakery',
  'bikes',
  'brewery',
  'studio',
  'kiln',
  'market',
  'farm',
  'solar',
  'workshop',
  'café',
  'garden',
  'press',
  'mill',
  'van',
  'clinic',
];

async function seed(dataSource, campaigns) {
  const [{ id: ownerId }] = await dataSource.query(
    `INSERT INTO users (email, name, role, password_hash) VALUES ('bench@example.test', 'Bench', 'founder', 'x') RETURNING id`,
  );
  await dataSource.query(
    `INSERT INTO companies (owner_id, legal_name, registration_number, registration_key, jurisdiction, founded_on, industry, employees, annual_revenue, total_debt, currency)
     SELECT $1, 'Company ' || g, 'R' || g, 'R' || g, 'US-DE', '2015-01-01', 'retail', 10, 50000000, 1000000, 'USD' FROM generate_series(1, 200) g`,
    [ownerId],
  );
  // Mostly live and finished (what the listing shows), with drafts and reviews mixed in as in real life.
  await dataSource.query(
    `INSERT INTO campaigns (company_id, owner_id, type, status, title, summary, description, currency, goal_minor, max_amount_minor,
                            starts_at, ends_at, terms, annual_rate_bps, raised_minor, backers_count, live_at, submitted_at)
     SELECT c.id, $1, t.type, s.status,
            initcap(($2::text[])[1 + g % 16]) || ' for ' || c.legal_name,
            'We need a new ' || ($2::text[])[1 + (g * 7) % 16] || ' and a ' || ($2::text[])[1 + (g * 3) % 16] || ' for the neighbourhood.',
            'Story', 'USD', 1000000 + (g % 50) * 100000, 5000000 + (g % 50) * 100000,
            now() - (g % 30) * interval '1 day', now() + (1 + g % 60) * interval '1 day',
            CASE t.type WHEN 'bond' THEN '{"annualRateBps":600,"termMonths":12,"repayment":"bullet","denomination":10000,"minUnits":1}'::jsonb ELSE '{"allowDonations":true}'::jsonb END,
            CASE t.type WHEN 'bond' THEN 300 + g % 700 END,
            -- Within the hard cap (the campaigns_within_cap CHECK since the pledges migration).
            (g * 7919) % (5000000 + (g % 50) * 100000), g % 500,
            CASE WHEN s.status IN ('live','succeeded','failed') THEN now() - (g % 30) * interval '1 day' END,
            now() - (g % 90) * interval '1 day'
       FROM generate_series(1, $3) g
       JOIN LATERAL (SELECT (ARRAY['reward','bond','shareholding'])[1 + g % 3] AS type) t ON true
       JOIN LATERAL (SELECT (ARRAY['live','live','live','succeeded','failed','draft','submitted','approved','cancelled','rejected'])[1 + g % 10] AS status) s ON true
       JOIN LATERAL (SELECT id, legal_name FROM companies OFFSET (g % 200) LIMIT 1) c ON true`,
    [ownerId, WORDS, campaigns],
  );
  // As autovacuum would soon after: index-only scans need the visibility map.
  await dataSource.query('VACUUM ANALYZE campaigns');
}

async function measure(size) {
  const dataDir = mkdtempSync(join(tmpdir(), 'crowdstake-bench-'));
  const schema = `bench_${size}_${Date.now().toString(36)}`;
  const config = loadConfig({
    DATA_DIR: dataDir,
    DATABASE_URL: process.env.DATABASE_URL,
    DATABASE_SCHEMA: process.env.DATABASE_URL ? schema : undefined,
    LOG_LEVEL: 'error',
    DEMO_DATA: 'off',
    WEB_DIST_DIR: join(dataDir, 'none'),
  });
  const database = await openDatabase(config, { as: 'platform', inMemory: config.database.url ? undefined : {} });
  const app = await createApp(config, database);
  await app.listen(0, '127.0.0.1');
  const base = `http://127.0.0.1:${app.getHttpServer().address().port}`;
  try {
    const seedStart = performance.now();
    await seed(app.get(DataSource), size);
    const seedMs = performance.now() - seedStart;
    const results = {};
    for (const [name, path] of Object.entries(QUERIES)) {
      for (let i = 0; i < 5; i += 1) await (await fetch(base + path)).arrayBuffer(); // warm up
      const times = [];
      for (let i = 0; i < ROUNDS; i += 1) {
        const started = performance.now();
        const response = await fetch(base + path);
        await response.arrayBuffer();
        if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
        times.push(performance.now() - started);
      }
      times.sort((a, b) => a - b);
      results[name] = { p50: times[Math.floor(times.length * 0.5)], p95: times[Math.floor(times.length * 0.95)] };
    }
    return { seedMs, results };
  } finally {
    await app.close();
    await database.close();
    if (config.database.url) {
      const client = new Client({ connectionString: config.database.url });
      await client.connect();
      await client.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await client.end();
    }
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const engine = process.env.DATABASE_URL ? 'PostgreSQL server' : 'embedded PGlite';
console.log(
  `Listing benchmark on ${engine}: ${BASELINE} campaigns (baseline) vs ${LARGE}, ${ROUNDS} rounds per query\n`,
);
const baseline = await measure(BASELINE);
const large = await measure(LARGE);
const rows = Object.keys(QUERIES).map((name) => {
  const b = baseline.results[name];
  const l = large.results[name];
  return { query: name, baselineP50: b.p50, largeP50: l.p50, largeP95: l.p95, ratioP50: l.p50 / b.p50 };
});
const fmt = (ms) => `${ms.toFixed(1)} ms`;
console.log(`| query | p50 at ${BASELINE} | p50 at ${LARGE} | p95 at ${LARGE} | ratio (p50) |`);
console.log('| --- | --- | --- | --- | --- |');
for (const r of rows)
  console.log(
    `| ${r.query} | ${fmt(r.baselineP50)} | ${fmt(r.largeP50)} | ${fmt(r.largeP95)} | ${r.ratioP50.toFixed(2)} |`,
  );
mkdirSync(join(root, 'bench/results'), { recursive: true });
const file = join(root, 'bench/results', `listing-${process.env.DATABASE_URL ? 'server' : 'embedded'}.json`);
writeFileSync(
  file,
  JSON.stringify(
    { at: new Date().toISOString(), engine, baseline: BASELINE, large: LARGE, rounds: ROUNDS, rows },
    null,
    2,
  ),
);
console.log(`\nWritten to ${file}`);
