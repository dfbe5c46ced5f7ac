#!/usr/bin/env node
// The home page on a slow phone: the built app (API serving the built web, demo data on the
// embedded engine) loaded cold in Chromium with CDP throttling (4× CPU, 1.6 Mbps down,
// 750 kbps up, 150 ms round trip), as Lighthouse's "slow 4G" mobile profile does. Records first
// paint, first contentful paint, when the live campaigns show, and what went over the wire
// (JavaScript and CSS: bytes transferred, bytes decoded, and the gzip size of what was decoded).
//   node bench/web.bench.mjs [--runs 5] [--label after]
// Builds nothing: run `pnpm build` first. Uses DATABASE_URL when set (a fresh schema), else the
// embedded engine. Chromium from CHROMIUM_PATH or /usr/bin/chromium.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const { chromium } = createRequire(join(root, 'apps/web/package.json'))('playwright-core');

const arg = (name, fallback) => {
  const index = process.argv.indexOf(`--${name}`);
  return index > 0 ? process.argv[index + 1] : fallback;
};
const RUNS = Number(arg('runs', 5));
const LABEL = arg('label', 'run');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
// The flags of apps/web/e2e/support/browser.ts.
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
const NETWORK = {
  offline: false,
  latency: 150,
  downloadThroughput: (1.6 * 1024 * 1024) / 8,
  uploadThroughput: (750 * 1024) / 8,
};
const CPU_SLOWDOWN = 4;

const apiMain = join(root, 'apps/api/dist/main.js');
const webIndex = join(root, 'apps/web/dist/index.html');
for (const file of [apiMain, webIndex]) {
  if (!existsSync(file)) {
    console.error(`${file} is missing: run pnpm build first.`);
    process.exit(2);
  }
}

async function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The built app as `pnpm start` runs it, with the demo catalogue so the home page has campaigns. */
async function startApp() {
  const port = await freePort();
  const dataDir = mkdtempSync(join(tmpdir(), 'crowdstake-web-bench-'));
  const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dataDir, LOG_LEVEL: 'warn' };
  env.NODE_ENV = 'development';
  env.DEMO_DATA = 'on';
  if (process.env.DATABASE_URL) env.DATABASE_SCHEMA = `web_bench_${randomBytes(4).toString('hex')}`;
  const child = spawn(process.execPath, [apiMain], { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
  child.stderr.on('data', (chunk) => (output = (output + chunk).slice(-4000)));
  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`The app exited (${child.exitCode}):\n${output}`);
    try {
      // Ready once the demo catalogue is in: the home page lists live campaigns.
      const response = await fetch(`${base}/api/campaigns?status=live`);
      if (response.ok && (await response.json()).items?.length) break;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  return {
    base,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      }
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** One cold load of the home page (fresh context, cache disabled) under throttling. */
async function loadHome(browser, base) {
  const context = await browser.newContext({
    viewport: { width: 375, height: 812 },
    deviceScaleFactor: 2,
    isMobile: true,
    hasTouch: true,
    locale: 'en-US',
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', NETWORK);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });

  const requests = new Map();
  cdp.on('Network.responseReceived', ({ requestId, type, response }) => {
    requests.set(requestId, {
      type,
      url: response.url,
      encoding: Object.entries(response.headers).find(([name]) => name.toLowerCase() === 'content-encoding')?.[1] ?? '',
    });
  });
  const finished = [];
  cdp.on('Network.loadingFinished', ({ requestId, encodedDataLength }) => {
    const request = requests.get(requestId);
    if (request) finished.push({ ...request, requestId, transferred: encodedDataLength });
  });

  const started = Date.now();
  await page.goto(base + '/', { waitUntil: 'load', timeout: 120_000 });
  // The live campaigns (links to a campaign page) are the home page's live content.
  await page.locator('a[href^="/campaigns/"]').first().waitFor({ timeout: 120_000 });
  const contentMs = Date.now() - started;
  await page.waitForLoadState('networkidle', { timeout: 120_000 });
  const timing = await page.evaluate(() => {
    const paint = Object.fromEntries(performance.getEntriesByType('paint').map((e) => [e.name, e.startTime]));
    const [navigation] = performance.getEntriesByType('navigation');
    return {
      firstPaint: paint['first-paint'],
      firstContentfulPaint: paint['first-contentful-paint'],
      domContentLoaded: navigation.domContentLoadedEventEnd,
      load: navigation.loadEventEnd,
    };
  });

  const sizes = { Script: { n: 0, transferred: 0, decoded: 0, gzip: 0, encodings: new Set() } };
  sizes.Stylesheet = { n: 0, transferred: 0, decoded: 0, gzip: 0, encodings: new Set() };
  sizes.Document = { n: 0, transferred: 0, decoded: 0, gzip: 0, encodings: new Set() };
  let allTransferred = 0;
  for (const request of finished) {
    allTransferred += request.transferred;
    const bucket = sizes[request.type];
    if (!bucket) continue;
    const { body, base64Encoded } = await cdp.send('Network.getResponseBody', { requestId: request.requestId });
    const bytes = Buffer.from(body, base64Encoded ? 'base64' : 'utf8');
    bucket.n += 1;
    bucket.transferred += request.transferred;
    bucket.decoded += bytes.length;
    bucket.gzip += gzipSync(bytes, { level: 9 }).length;
    bucket.encodings.add(request.encoding || 'identity');
  }
  await context.close();
  return { ...timing, contentMs, allTransferred, sizes };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
};
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const ms = (value) => `${Math.round(value)} ms`;

const app = await startApp();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
try {
  await loadHome(browser, app.base); // warm-up: the server's first answers (JIT, file cache)
  const runs = [];
  for (let i = 0; i < RUNS; i += 1) runs.push(await loadHome(browser, app.base));
  const last = runs.at(-1);
  const result = {
    label: LABEL,
    date: new Date().toISOString(),
    runs: RUNS,
    throttling: { cpu: CPU_SLOWDOWN, downMbps: 1.6, upKbps: 750, rttMs: 150 },
    firstPaintMs: median(runs.map((r) => r.firstPaint)),
    firstContentfulPaintMs: median(runs.map((r) => r.firstContentfulPaint)),
    liveShownMs: median(runs.map((r) => r.contentMs)),
    loadMs: median(runs.map((r) => r.load)),
    transferredBytes: last.allTransferred,
    sizes: Object.fromEntries(
      Object.entries(last.sizes).map(([type, s]) => [type, { ...s, encodings: [...s.encodings].join(',') }]),
    ),
  };
  console.log(`Home page, cold, 375 px, ${RUNS} runs (median), 4× CPU, 1.6 Mbps, 150 ms RTT — ${LABEL}`);
  console.log(`  first paint               ${ms(result.firstPaintMs)}`);
  console.log(`  first contentful paint    ${ms(result.firstContentfulPaintMs)}`);
  console.log(`  live campaigns shown      ${ms(result.liveShownMs)}`);
  console.log(`  load event                ${ms(result.loadMs)}`);
  for (const [type, s] of Object.entries(result.sizes)) {
    console.log(
      `  ${type.padEnd(10)} ${String(s.n).padStart(2)} files: ${kb(s.transferred)} transferred (${s.encodings}), ` +
        `${kb(s.decoded)} decoded, ${kb(s.gzip)} gzipped`,
    );
  }
  console.log(`  everything transferred    ${kb(result.transferredBytes)}`);
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(join(root, `bench/results/web-${LABEL}.json`), JSON.stringify({ ...result, all: runs }, null, 2));
} finally {
  await browser.close();
  await app.stop();
}
