import type { Locator, Page } from 'playwright-core';
import { expectFieldError, field } from './support/forms';

export { expectFieldError, field };

/**
 * Steps the founder's browser tests share. Not a test file itself (the browser project only runs
 * `*.e2e.ts`).
 */

/** By accessible name, which leaves out the required asterisk that the label's text includes. */

/** The smallest file the API recognises as a PDF (it reads the first bytes, not the name). */
export function pdfFile(name: string) {
  return {
    name,
    mimeType: 'application/pdf',
    buffer: Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n'),
  };
}

/** A 1×1 PNG, enough for a cover image or a picture in the story. */
export function pngFile(name: string) {
  return {
    name,
    mimeType: 'image/png',
    buffer: Buffer.from(
      'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
      'base64',
    ),
  };
}

const pad = (value: number) => String(value).padStart(2, '0');

/** A `datetime-local` value in the machine's time zone, which is also the browser's. */
export function localInput(instant: Date): string {
  return `${instant.getFullYear()}-${pad(instant.getMonth() + 1)}-${pad(instant.getDate())}T${pad(instant.getHours())}:${pad(instant.getMinutes())}`;
}

/** A `month` value (`2026-05`) of an instant, in UTC like the domain's delivery months. */
export function monthOf(instant: Date): string {
  return instant.toISOString().slice(0, 7);
}

export const DAY_MS = 86_400_000;

/** Tomorrow at 09:00 local time, the wizard's own starting point. */
export function tomorrowMorning(): Date {
  const start = new Date(Date.now() + DAY_MS);
  start.setHours(9, 0, 0, 0);
  return start;
}

/** The wizard's step heading, which takes focus whenever the step changes. */
export const stepHeading = (page: Page, number: number, name: string) =>
  page.getByRole('heading', { level: 2, name: `Step ${number} of 6: ${name}` });

/** "Save and continue", then wait for the next step to be on screen. */
export async function continueTo(page: Page, number: number, name: string): Promise<void> {
  await page.getByRole('button', { name: 'Save and continue' }).click();
  await stepHeading(page, number, name).waitFor();
}

/** The founder's own words replace the outline the draft starts with. */
export const STORY = [
  '## Who we are',
  '',
  'A family bakery by the river since 2019: fourteen people, one oven, sold out by noon.',
  '',
  '## What we will do',
  '',
  'Install a second oven and bake for the cafés on our street.',
].join('\n');

/** Closes the notifications still on screen, so that a screenshot shows the page rather than toasts. */
export async function dismissNotifications(page: Page): Promise<void> {
  const closeButtons = page.locator('.mantine-Notification-root button');
  // A notification may close by itself mid-click (it then leaves the DOM): that is fine, it is gone.
  for (let round = 0; round < 20 && (await closeButtons.count()) > 0; round += 1) {
    await closeButtons
      .first()
      .click({ timeout: 2_000 })
      .catch(() => undefined);
    await page.waitForTimeout(50);
  }
  await page
    .locator('.mantine-Notification-root')
    .first()
    .waitFor({ state: 'detached' })
    .catch(() => undefined);
}

/** Step 1 of a new campaign from the dashboard: type, title and summary, then on to funding. */
export async function startCampaign(page: Page, type: 'Reward' | 'Bond' | 'Shares', title: string, summary: string) {
  await page.getByRole('link', { name: 'New campaign' }).click();
  await stepHeading(page, 1, 'Basics').waitFor();
  await page.getByRole('radio', { name: type }).check();
  await field(page, 'Title').fill(title);
  await field(page, 'Summary').fill(summary);
  await continueTo(page, 2, 'Funding');
}

/** From the terms step: the story, a look at the preview, then the confirmation and submission. */
export async function writeStoryAndSubmit(page: Page, checkPreview: (preview: Locator) => Promise<void>) {
  // A bond or share offering states what a backer must know, and its risks and use of funds, to be submitted.
  const investment = await fillBackerTerms(page);
  await continueTo(page, 4, 'Story');
  await field(page, 'Story').fill(STORY);
  if (investment) {
    await field(page, 'Risks').fill(
      'Sales may fall short of the plan; if they do we may repay late or not at all, and you could lose all of it.',
    );
    await field(page, 'Use of funds').fill('The van 80%, fitting it out 15%, the first year of insurance 5%.');
  }
  await continueTo(page, 5, 'Preview');
  await checkPreview(page.getByTestId('wizard-preview'));
  await continueTo(page, 6, 'Submit');
  // The company's documents load apart; a missing-documents alert then appears above the checkbox.
  await page.locator('[data-testid="checklist-documents"]:not([data-state="reviewer"])').waitFor();
  await page.getByRole('checkbox', { name: 'I have checked my campaign and everything in it is true.' }).check();
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await page.getByRole('heading', { level: 1, name: 'Your businesses and campaigns' }).waitFor();
}

/** On the Terms step of a bond or share offering: the terms a backer must know. False for a reward campaign. */
export async function fillBackerTerms(page: Page): Promise<boolean> {
  if ((await page.getByTestId('bond-backer-terms').count()) > 0) {
    await page.getByRole('radio', { name: 'No, it is unsecured' }).check();
    await page.getByRole('radio', { name: 'Yes, with interest to the day of repayment' }).check();
    await field(page, 'Late payment and default').fill(
      'A late instalment carries 2% a year extra interest; 60 days late, the whole bond falls due.',
    );
    return true;
  }
  if ((await page.getByTestId('share-backer-terms').count()) > 0) {
    await page.getByRole('radio', { name: 'No vote' }).check();
    await page.getByRole('radio', { name: 'Directly, in the register in their own name' }).check();
    return true;
  }
  return false;
}
