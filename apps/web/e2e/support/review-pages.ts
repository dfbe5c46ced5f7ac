import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { type RunningApi, startApi, stopApi } from './api-server';
import { BASE_URL_VARIABLE, screenshotsDir } from './environment';
import type { SeededFounder } from './review-seeds';

/** Steps a reviewer takes in the browser, shared by the review test files. */

export const ALL_BOXES = ['Founder identity', 'Documents', 'Financials', 'Terms', 'Risks disclosed'];

/**
 * An API of the file's own, so its review queue holds exactly what the file submits; the
 * browser helpers (`openBrowser`) point at it until `stop`.
 */
export async function startReviewApi(): Promise<{ api: RunningApi; stop: () => Promise<void> }> {
  const previous = process.env[BASE_URL_VARIABLE];
  const api = await startApi();
  process.env[BASE_URL_VARIABLE] = api.baseUrl;
  return {
    api,
    stop: async () => {
      process.env[BASE_URL_VARIABLE] = previous;
      await stopApi(api);
    },
  };
}

/** Signs in on the page a visitor of `to` is sent to, and lands back there. */
export async function signIn(
  page: Page,
  account: { email: string; password: string; name: string },
  to: string,
): Promise<void> {
  await page.goto(to);
  await page.getByRole('heading', { name: 'Welcome back' }).waitFor();
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(account.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: `Account menu: ${account.name}` }).waitFor();
  // The account menu shows before the page sends the person on to where they were going.
  const target = new URL(to, 'http://localhost').pathname;
  if (target !== '/sign-in') await page.waitForURL((url) => url.pathname === target);
}

/** The segmented filters hide their radios under the labels, so a person clicks the label. */
export async function filterQueue(page: Page, group: string, option: string): Promise<void> {
  await page.getByRole('radiogroup', { name: group }).getByText(option, { exact: true }).click();
}

export const queueRows = (page: Page) => page.getByTestId('review-queue-item');
export const queueRow = (page: Page, title: string) => queueRows(page).filter({ hasText: title });

/** From the queue to a campaign's review, once its panels have loaded; returns the decision panel. */
export async function openReview(page: Page, title: string): Promise<Locator> {
  await page.getByRole('link', { name: `Review ${title}` }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByTestId('company-profile').waitFor();
  await page.getByTestId('decision-history').waitFor();
  return page.getByTestId('decision-panel');
}

export async function fillDecision(panel: Locator, decision: string, reasons: string, boxes: string[]): Promise<void> {
  for (const box of boxes) await panel.getByRole('checkbox', { name: box }).check();
  await panel.getByRole('radio', { name: decision }).check();
  await panel.getByRole('textbox', { name: 'Reasons' }).fill(reasons);
}

/**
 * The viewport with `element` scrolled into view: the decision panel is sticky and scrolls on
 * its own, so this is what the reviewer sees (an element screenshot would cut it).
 */
export async function saveScreenshotAt(element: Locator, name: string): Promise<void> {
  await element.scrollIntoViewIfNeeded();
  await element.page().screenshot({ path: path.join(screenshotsDir, `${name}.png`), animations: 'disabled' });
}

export async function statusOf(founder: SeededFounder, campaignId: string): Promise<string> {
  return (await founder.call<{ status: string }>('GET', `/api/campaigns/${campaignId}`)).status;
}
