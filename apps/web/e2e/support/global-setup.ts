import { existsSync } from 'node:fs';
import { startApi, type RunningApi } from './api-server';
import { apiMain, BASE_URL_VARIABLE, chromiumPath, SKIP_REASON_VARIABLE, webDistIndex } from './environment';

declare global {
  var crowdstakeE2eApi: RunningApi | undefined;
}

/**
 * Once for all browser files: make sure there is a browser and something to test, then start
 * the real API (which serves the built web) on a fresh database. Test files run in worker
 * processes and learn the URL, or why they are skipped, from the environment.
 */
export default async function globalSetup(): Promise<void> {
  const executable = chromiumPath();
  if (!existsSync(executable)) {
    const reason = `Browser tests skipped: Chromium not found at ${executable} (set CHROMIUM_PATH to use another).`;
    process.stdout.write(`\n${reason}\n`);
    process.env[SKIP_REASON_VARIABLE] = reason;
    return;
  }

  const missing = [webDistIndex, apiMain].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `Browser tests need the built web and API; missing ${missing.join(' and ')}. Run \`pnpm build\` first.`,
    );
  }

  const api = await startApi();
  globalThis.crowdstakeE2eApi = api;
  process.env[BASE_URL_VARIABLE] = api.baseUrl;
  const database = api.databaseSchema ? `PostgreSQL server, schema ${api.databaseSchema}` : 'embedded PostgreSQL';
  process.stdout.write(
    `\nBrowser tests: Chromium at ${executable}; API and web at ${api.baseUrl} (${database}); API log in ${api.logFile}\n`,
  );
}
