import { mkdirSync } from 'node:fs';
import * as path from 'node:path';
import { type Browser, type BrowserContext, chromium, type Page } from 'playwright-core';
import { baseUrl, chromiumPath, screenshotsDir, SKIP_REASON_VARIABLE } from './environment';

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

export interface BrowserSession {
  browser: Browser;
  context: BrowserContext;
  page: Page;
  close(): Promise<void>;
}

/** A browser with a fresh temporary profile (no cookies, no storage) pointed at the API under test. */
export async function openBrowser(
  options: { viewport?: { width: number; height: number } } = {},
): Promise<BrowserSession> {
  const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
  const context = await browser.newContext({
    baseURL: baseUrl(),
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'en-US',
    reducedMotion: 'reduce',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  return { browser, context, page, close: () => browser.close() };
}

/**
 * `describe`, or a skipped `describe` whose name carries the reason when the global setup found
 * no Chromium, so a run without a browser says so instead of passing silently.
 */
export function describeInBrowser(name: string, suite: () => void): void {
  const skipReason = process.env[SKIP_REASON_VARIABLE];
  if (skipReason) describe.skip(`${name} (${skipReason})`, suite);
  else describe(name, suite);
}

/** A full-page screenshot under e2e/screenshots, once fonts have loaded, for people to look at. */
export async function saveScreenshot(page: Page, name: string, options: { fullPage?: boolean } = {}): Promise<void> {
  mkdirSync(screenshotsDir, { recursive: true });
  // From the top, so the sticky header sits where a person sees it rather than mid-page.
  await page.evaluate(async () => {
    window.scrollTo(0, 0);
    await document.fonts.ready;
  });
  await page.screenshot({
    path: path.join(screenshotsDir, `${name}.png`),
    fullPage: options.fullPage ?? true,
    animations: 'disabled',
  });
}

/** Makes an account straight through the API, for tests that need one to exist already. */
export async function registerThroughApi(account: {
  email: string;
  password: string;
  name: string;
  role: 'backer' | 'founder';
}): Promise<void> {
  const response = await fetch(`${baseUrl()}/api/auth/register`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(account),
  });
  if (response.status !== 201)
    throw new Error(`Registering ${account.email} answered ${response.status}: ${await response.text()}`);
}

let emailCounter = 0;
/** An address no other test or run has used. */
export function uniqueEmail(label: string): string {
  emailCounter += 1;
  return `${label}-${Date.now().toString(36)}-${process.pid}-${emailCounter}@e2e.crowdstake.test`;
}
