import type { Page } from 'playwright-core';
import type { RunningApi } from './support/api-server';
import { type BrowserSession, describeInBrowser, openBrowser, saveScreenshot } from './support/browser';
import { signIn, startReviewApi } from './support/review-pages';
import {
  aFounder,
  aWellDocumentedCompany,
  rewardCampaign,
  type SeededFounder,
  submitCampaign,
} from './support/review-seeds';
import { createReviewer, type StaffAccount } from './support/staff-accounts';
import { continueTo, dismissNotifications, expectFieldError, field, stepHeading } from './founder-steps';

/**
 * What a founder sees after review, on an API of the file's own (reviewers are made with the
 * CLI against its database): changes requested, with the reasons on the dashboard and on top of
 * the wizard, fixed and submitted again; and an approved campaign cancelled with reasons.
 */

const FULL_CHECKLIST = { identity: true, documents: true, financials: true, terms: true, risks: true };
const CHANGES = 'Harbour Bakery’s changes';
const APPROVED = 'Harbour Bakery’s market stall';
const CHANGE_REASONS = 'Say who installs the oven and when; the risks section is empty.';

/** A reviewer's decision through the API, as the review page would send it. */
async function decide(api: RunningApi, reviewer: StaffAccount, campaignId: string, decision: string, reasons: string) {
  const login = await fetch(`${api.baseUrl}/api/auth/login`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email: reviewer.email, password: reviewer.password }),
  }).then((response) => response.json() as Promise<{ accessToken: string }>);
  const response = await fetch(`${api.baseUrl}/api/campaigns/${campaignId}/reviews`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${login.accessToken}` },
    body: JSON.stringify({ decision, reasons, checklist: FULL_CHECKLIST }),
  });
  if (response.status !== 201) throw new Error(`Deciding answered ${response.status}: ${await response.text()}`);
}

const card = (page: Page, title: string) => page.getByRole('article', { name: title });

describeInBrowser('a founder after review', () => {
  let stop: () => Promise<void>;
  let session: BrowserSession;
  let founder: SeededFounder;

  beforeAll(async () => {
    const started = await startReviewApi();
    stop = started.stop;
    founder = await aFounder(started.api.baseUrl, 'Hana Okafor');
    const companyId = await aWellDocumentedCompany(founder, 'Harbour Bakery LLC');
    const changesId = await submitCampaign(founder, rewardCampaign(companyId, CHANGES));
    const approvedId = await submitCampaign(founder, rewardCampaign(companyId, APPROVED));
    const reviewer = await createReviewer(started.api, 'Rita Reviewer');
    await decide(started.api, reviewer, changesId, 'request_changes', CHANGE_REASONS);
    await decide(started.api, reviewer, approvedId, 'approve', 'Clear terms, complete documents.');
    session = await openBrowser();
  });

  afterAll(async () => {
    await session?.close();
    await stop?.();
  });

  it('reads each decision and its reasons on the dashboard', async () => {
    const { page } = session;
    await signIn(page, founder, '/founder');
    await page.getByRole('heading', { level: 1, name: 'Your businesses and campaigns' }).waitFor();
    const changes = card(page, CHANGES);
    await changes.getByText('Changes requested', { exact: true }).first().waitFor();
    await changes.getByTestId('last-decision').getByText(CHANGE_REASONS).waitFor();
    expect(await changes.getByTestId('last-decision').innerText()).toMatch(/Changes requested by Rita Reviewer on/);
    const approved = card(page, APPROVED);
    await approved.getByText('Approved — coming soon', { exact: true }).waitFor();
    await approved.getByTestId('last-decision').getByText('Clear terms, complete documents.').waitFor();
    await approved.getByRole('link', { name: 'View the public page' }).waitFor();
    await dismissNotifications(page);
    await saveScreenshot(page, 'founder-dashboard-decisions');
  });

  it('makes the changes with the reasons on top of the wizard, and submits again', async () => {
    const { page } = session;
    await card(page, CHANGES).getByRole('link', { name: 'Make the changes' }).click();
    await page.getByTestId('reviewer-reasons').getByText(CHANGE_REASONS).waitFor();
    await stepHeading(page, 1, 'Basics').waitFor();
    await dismissNotifications(page);
    await saveScreenshot(page, 'founder-wizard-changes-requested');
    await continueTo(page, 2, 'Funding');
    await continueTo(page, 3, 'Terms');
    await continueTo(page, 4, 'Story');
    await field(page, 'Risks').fill(
      'Our installer, Ovenworks, has a slot in March; a delay of a month would not change deliveries.',
    );
    await continueTo(page, 5, 'Preview');
    await page
      .getByTestId('wizard-preview')
      .getByText(/Our installer, Ovenworks/)
      .waitFor();
    await continueTo(page, 6, 'Submit');
    await page.getByRole('checkbox', { name: 'I have checked my campaign and everything in it is true.' }).check();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await card(page, CHANGES).getByText('Waiting for review', { exact: true }).waitFor();
  });

  it('cancels an approved campaign, giving reasons', async () => {
    const { page } = session;
    await card(page, APPROVED).getByRole('button', { name: 'Cancel the campaign' }).click();
    const dialog = page.getByRole('dialog', { name: `Cancel “${APPROVED}”?` });
    await dialog.getByRole('button', { name: 'Cancel the campaign' }).click();
    await expectFieldError(page, 'Reasons', 'Write your reasons.');
    await field(page, 'Reasons').fill(
      'Our market pitch was withdrawn by the council; we will come back with a new site.',
    );
    await dismissNotifications(page);
    await saveScreenshot(page, 'founder-cancel-campaign', { fullPage: false });
    await dialog.getByRole('button', { name: 'Cancel the campaign' }).click();
    await dialog.waitFor({ state: 'hidden' });
    await card(page, APPROVED).getByText('Cancelled', { exact: true }).waitFor();
  });

  it('sees a campaign in review as read-only, with where it stands', async () => {
    const { page } = session;
    await card(page, CHANGES).getByRole('link', { name: 'View details' }).click();
    await page.getByTestId('campaign-standing').getByText('This campaign can no longer be edited').waitFor();
    expect(await page.getByRole('button', { name: 'Save and continue' }).count()).toBe(0);
    await dismissNotifications(page);
    await saveScreenshot(page, 'founder-campaign-read-only');
  });
});
