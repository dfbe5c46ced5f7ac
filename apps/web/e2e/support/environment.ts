import * as path from 'node:path';

/** Set by the global setup for the test files, which run in other processes. */
export const BASE_URL_VARIABLE = 'CROWDSTAKE_E2E_BASE_URL';
export const SKIP_REASON_VARIABLE = 'CROWDSTAKE_E2E_SKIP_REASON';

export const repositoryRoot = path.resolve(__dirname, '..', '..', '..', '..');
export const webDistIndex = path.join(repositoryRoot, 'apps', 'web', 'dist', 'index.html');
export const apiMain = path.join(repositoryRoot, 'apps', 'api', 'dist', 'main.js');
export const apiPackageJson = path.join(repositoryRoot, 'apps', 'api', 'package.json');
export const screenshotsDir = path.join(repositoryRoot, 'apps', 'web', 'e2e', 'screenshots');
export const artifactsDir = path.join(repositoryRoot, 'apps', 'web', 'e2e', 'artifacts');

export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** Where the API under test answers; only valid inside browser test files. */
export function baseUrl(): string {
  const url = process.env[BASE_URL_VARIABLE];
  if (!url) throw new Error(`${BASE_URL_VARIABLE} is not set: the browser tests' global setup did not start the API.`);
  return url;
}
