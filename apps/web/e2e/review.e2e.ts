import * as path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { type RunningApi, startApi, stopApi } from './support/api-server';
import { type BrowserSession, describeInBrowser, openBrowser, saveScreenshot } from './support/browser';
import { BASE_URL_VARIABLE, screenshotsDir } from './support/environment';
import {
  aFounder,
  aRiskyCompany,
  aWellDocumentedCompany,
  bondCampaign,
  rewardCampaign,
  type SeededFounder,
  submitCampaign,
} from './support/review-seeds';
import { createReviewer, type StaffAccount } from './support/staff-accounts';

/**
 * The reviewer's side, on an API of its own so the queue holds exactly what this file submits:
 * a well-documented campaign gets changes requested, is fixed by its founder and approved; a
 * grade E one needs two different reviewers; a reviewer who belongs to the company may not decide.
 */

const BAKERY = 'Harbour Bakery’s second oven';
const DRONES = 'Nightjar Drones fleet bond';
const ALL_BOXES = ['Founder identity', 'Documents', 'Financials', 'Terms', 'Risks disclosed'];

let api: RunningApi;

/** Signs in on the page a visitor of `to` is sent to, and lands back there. */
async function signIn(page: Page, account: { email: string; password: string; name: string }, to: string) {
  await page.goto(to);
  await page.getByRole('heading', { name: 'Welcome back' }).waitFor();
  await page.getByRole('textbox', { name: 'Email', exact: true }).fill(account.email);
  await page.getByRole('textbox', { name: 'Password', exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('button', { name: `Account menu: ${account.name}` }).waitFor();
}

/** The segmented filters hide their radios under the labels, so a person clicks the label. */
async function filter(page: Page, group: string, option: string): Promise<void> {
  await page.getByRole('radiogroup', { name: group }).getByText(option, { exact: true }).click();
}

const queueRows = (page: Page) => page.getByTestId('review-queue-item');
const queueRow = (page: Page, title: string) => queueRows(page).filter({ hasText: title });

async function openReview(page: Page, title: string): Promise<Locator> {
  await page.getByRole('link', { name: `Review ${title}` }).click();
  await page.getByRole('heading', { level: 1, name: title }).waitFor();
  await page.getByTestId('company-profile').waitFor();
  await page.getByTestId('decision-history').waitFor();
  return page.getByTestId('decision-panel');
}

async function fillDecision(panel: Locator, decision: string, reasons: string, boxes: string[]): Promise<void> {
  for (const box of boxes) await panel.getByRole('checkbox', { name: box }).check();
  await panel.getByRole('radio', { name: decision }).check();
  await panel.getByRole('textbox', { name: 'Reasons' }).fill(reasons);
}

/**
 * The viewport with `element` scrolled into view: the decision panel is sticky and scrolls on
 * its own, so this is what the reviewer sees (an element screenshot would cut it).
 */
async function saveScreenshotAt(element: Locator, name: string): Promise<void> {
  await element.scrollIntoViewIfNeeded();
  await element.page().screenshot({ path: path.join(screenshotsDir, `${name}.png`), animations: 'disabled' });
}

const statusOf = async (founder: SeededFounder, campaignId: string) =>
  (await founder.call<{ status: string }>('GET', `/api/campaigns/${campaignId}`)).status;

describeInBrowser('reviewing campaigns', () => {
  let rita: StaffAccount;
  let sam: StaffAccount;
  let cora: StaffAccount;
  let ada: SeededFounder;
  let nils: SeededFounder;
  let bakeryId: string;
  let dronesId: string;
  let session: BrowserSession;
  const previousBaseUrl = process.env[BASE_URL_VARIABLE];

  beforeAll(async () => {
    api = await startApi();
    process.env[BASE_URL_VARIABLE] = api.baseUrl;
    [rita, sam, cora] = await Promise.all([
      createReviewer(api, 'Rita Reviewer'),
      createReviewer(api, 'Sam Second'),
      createReviewer(api, 'Cora Colleague'),
    ]);
    [ada, nils] = await Promise.all([aFounder(api.baseUrl, 'Ada Baker'), aFounder(api.baseUrl, 'Nils Nightjar')]);
    session = await openBrowser();
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    process.env[BASE_URL_VARIABLE] = previousBaseUrl;
    if (api) await stopApi(api);
  });

  it('tells a founder that the queue is for reviewers', async () => {
    const founder = await openBrowser();
    try {
      await founder.context.request.post('/api/auth/login', { data: { email: ada.email, password: ada.password } });
      await founder.page.goto('/review');
      await founder.page.getByRole('heading', { level: 1, name: 'This page is for reviewers' }).waitFor();
      await saveScreenshot(founder.page, 'review-not-a-reviewer', { fullPage: false });
    } finally {
      await founder.close();
    }
  });

  it('shows a reviewer an empty queue, then the submissions oldest first', async () => {
    const { page } = session;
    await signIn(page, rita, '/review');
    expect(new URL(page.url()).pathname).toBe('/review');
    await page.getByText('Nothing waiting for review').waitFor();
    await saveScreenshot(page, 'review-queue-empty', { fullPage: false });

    bakeryId = await submitCampaign(
      ada,
      rewardCampaign(await aWellDocumentedCompany(ada, 'Harbour Bakery Ltd'), BAKERY),
    );
    const earlier = await aFounder(api.baseUrl, 'Someone Earlier');
    const dronesCompany = await aRiskyCompany(nils, earlier, 'Nightjar Drones Ltd');
    // Cora belongs to the drone company: she must never decide its campaign.
    await nils.call('POST', `/api/companies/${dronesCompany}/members`, { email: cora.email });
    dronesId = await submitCampaign(nils, bondCampaign(dronesCompany, DRONES));

    await page.reload();
    await queueRows(page).nth(1).waitFor();
    expect(await queueRows(page).locator('th').allInnerTexts()).toEqual([
      expect.stringContaining(BAKERY),
      expect.stringContaining(DRONES),
    ]);
    await page.getByText('2 campaigns waiting').waitFor();
    await queueRow(page, DRONES).getByText('Risk E').waitFor();
    await saveScreenshot(page, 'review-queue');
  });

  it('filters the queue by type and grade, and keeps the filters in the URL', async () => {
    const { page } = session;
    await filter(page, 'Campaign type', 'Reward');
    await page.waitForURL(/\?type=reward$/);
    await page.getByText('1 campaign waiting').waitFor();
    await filter(page, 'Risk grade', 'E');
    await page.waitForURL(/grade=E/);
    await page.getByText('Nothing matches these filters').waitFor();
    await saveScreenshot(page, 'review-queue-filtered-empty', { fullPage: false });

    await page.goto('/review?type=reward');
    await queueRow(page, BAKERY).waitFor();
    expect(await queueRows(page).count()).toBe(1);
  });

  it('shows the risk factors, the company and its documents, and opens a document in a new tab', async () => {
    const { page, context } = session;
    await openReview(page, BAKERY);
    expect(await page.getByTestId('risk-factor').count()).toBe(10);
    await page.getByTestId('risk-assessment').getByText('Score 88 of 100').waitFor();
    await page.getByTestId('company-financials').getByText('14.7% of annual revenue').waitFor();
    await page.getByTestId('founder-identity').getByText('Private: staff only').waitFor();
    const documents = page.getByTestId('company-document');
    expect(await documents.count()).toBe(3);
    await documents.filter({ hasText: 'passport.pdf' }).getByText('Private', { exact: true }).waitFor();
    await saveScreenshot(page, 'review-page-top', { fullPage: false });
    await saveScreenshot(page, 'review-page');
    // Reviewers work on desktops, but a tablet must not break the page.
    await page.setViewportSize({ width: 820, height: 1180 });
    await saveScreenshot(page, 'review-page-tablet', { fullPage: false });
    await page.setViewportSize({ width: 1280, height: 800 });

    const [tab] = await Promise.all([
      context.waitForEvent('page'),
      page.getByRole('link', { name: 'Open business-licence-2024.pdf in a new tab' }).click(),
    ]);
    await tab.waitForLoadState();
    expect(new URL(tab.url()).pathname).toMatch(/^\/api\/documents\//);
    await tab.close();
  });

  it('cannot approve with a box unticked, and requests changes with reasons', async () => {
    const { page } = session;
    const panel = page.getByTestId('decision-panel');
    await fillDecision(panel, 'Approve', 'Looks complete.', ALL_BOXES.slice(0, 4));
    await panel.getByText('Tick all five checklist items to approve. Still open: Risks disclosed.').waitFor();
    expect(await panel.getByRole('button', { name: 'Record decision' }).isDisabled()).toBe(true);
    await saveScreenshotAt(panel.getByRole('button', { name: 'Record decision' }), 'review-decision-approve-blocked');

    // The API holds the same rule, whatever a client sends.
    const refused = await page.evaluate(async (campaignId) => {
      const csrf = decodeURIComponent(document.cookie.match(/cs_csrf=([^;]+)/)?.[1] ?? '');
      const response = await fetch(`/api/campaigns/${campaignId}/reviews`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': csrf },
        body: JSON.stringify({
          decision: 'approve',
          reasons: 'Trying anyway.',
          checklist: { identity: true, documents: true, financials: true, terms: true, risks: false },
        }),
      });
      return { status: response.status, body: (await response.json()) as { code: string } };
    }, bakeryId);
    expect(refused).toMatchObject({ status: 422, body: { code: 'checklist_incomplete' } });

    await panel.getByRole('radio', { name: 'Request changes' }).check();
    await panel.getByRole('textbox', { name: 'Reasons' }).fill('');
    await panel.getByRole('button', { name: 'Record decision' }).click();
    await panel.getByText('Write the reasons the founder will read.').waitFor();
    await saveScreenshotAt(panel.getByRole('textbox', { name: 'Reasons' }), 'review-decision-reasons-required');

    const reasons = 'Please add the risk of the oven arriving late, and say what happens to pledges then.';
    await panel.getByRole('textbox', { name: 'Reasons' }).fill(reasons);
    await panel.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText(`Changes requested for “${BAKERY}”. The founder will see your reasons.`).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
    // Back to the queue as it was filtered (rewards), where nothing else waits.
    await page.waitForURL(/\/review\?type=reward$/);
    await page.getByText('Nothing matches these filters').waitFor();
    expect(await statusOf(ada, bakeryId)).toBe('changes_requested');

    // The founder reads the decision and its reasons.
    const { items } = await ada.call<{ items: { decision: string; reasons: string; reviewerName: string }[] }>(
      'GET',
      `/api/campaigns/${bakeryId}/reviews`,
    );
    expect(items[0]).toMatchObject({ decision: 'request_changes', reasons, reviewerName: 'Rita Reviewer' });
  });

  it('approves the campaign its founder fixed and submitted again', async () => {
    await ada.call('PATCH', `/api/campaigns/${bakeryId}`, {
      risks: 'The oven may arrive late; if it misses the deadline we cancel and every pledge is refunded.',
    });
    await ada.call('POST', `/api/campaigns/${bakeryId}/submit`);

    const { page } = session;
    await page.reload();
    const panel = await openReview(page, BAKERY);
    const history = page.getByTestId('decision-history-entry');
    expect(await history.count()).toBe(1);
    await history.getByText('Changes requested', { exact: true }).waitFor();

    await fillDecision(
      panel,
      'Approve',
      'Identity, documents and financials check out; risks now disclosed.',
      ALL_BOXES,
    );
    await panel.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText(`Approved “${BAKERY}”.`).waitFor();
    await page.getByRole('heading', { level: 1, name: 'Review queue' }).waitFor();
    expect(['approved', 'live']).toContain(await statusOf(ada, bakeryId));
  });

  it('needs a second, different reviewer for a grade E campaign', async () => {
    const { page } = session;
    await page.goto('/review?grade=E');
    await queueRow(page, DRONES).waitFor();
    const panel = await openReview(page, DRONES);
    await page.getByText('Grade E: two different reviewers must approve.').waitFor();
    expect(await page.locator('[data-penalty="applied"]').count()).toBe(1);
    await page.getByText('The company has uploaded no documents.').waitFor();
    await saveScreenshot(page, 'review-page-grade-e');

    await fillDecision(panel, 'Approve', 'Young company, but the plan is sound and the risks are stated.', ALL_BOXES);
    await panel.getByText('Grade E: your approval will be the first of two.').waitFor();
    await panel.getByRole('button', { name: 'Record decision' }).click();
    await page.getByText(`First approval recorded for “${DRONES}”. It now needs a second reviewer.`).waitFor();
    await page.waitForURL(/\/review\?grade=E$/); // back to the queue as the reviewer filtered it
    await queueRow(page, DRONES).getByText('Needs second review — approved by Rita Reviewer').waitFor();
    expect(await statusOf(nils, dronesId)).toBe('in_review');
    await saveScreenshot(page, 'review-queue-second-review', { fullPage: false });

    // Approving twice is not a second opinion.
    const again = await openReview(page, DRONES);
    await page
      .getByTestId('first-approval')
      .getByText(/You approved this campaign/)
      .waitFor();
    await again.getByText(/you gave the first approval, so a different reviewer must give the second/).waitFor();
    await fillDecision(again, 'Approve', 'Approving again.', ALL_BOXES);
    await again.getByRole('button', { name: 'Record decision' }).click();
    await again
      .getByTestId('decision-error')
      .getByText('You already gave the first approval. A second, different reviewer must approve this campaign.')
      .waitFor();
    await saveScreenshotAt(again.getByTestId('decision-error'), 'review-decision-second-reviewer-required');
    expect(await statusOf(nils, dronesId)).toBe('in_review');
  });

  it('keeps a reviewer who belongs to the company from deciding', async () => {
    const colleague = await openBrowser();
    try {
      const { page } = colleague;
      await signIn(page, cora, '/review');
      const row = queueRow(page, DRONES);
      await row.getByText('You belong to this company').waitFor();
      expect(await row.getByRole('link').count()).toBe(0);
      await saveScreenshot(page, 'review-queue-conflict', { fullPage: false });

      await page.goto(`/review/campaigns/${dronesId}`);
      await page.getByText('You may read this review but not decide it. Another reviewer will.').waitFor();
      expect(await page.getByRole('button', { name: 'Record decision' }).isDisabled()).toBe(true);
      await saveScreenshot(page, 'review-page-conflict', { fullPage: false });

      // The same pages in Chinese.
      await page.evaluate(() => window.localStorage.setItem('crowdstake.language', 'zh-CN'));
      await page.goto('/review');
      await page.getByRole('heading', { level: 1, name: '审核队列' }).waitFor();
      await queueRow(page, DRONES).getByText('您属于这家公司').waitFor();
      await saveScreenshot(page, 'review-queue-zh-CN', { fullPage: false });
      await page.goto(`/review/campaigns/${dronesId}`);
      await page.getByRole('heading', { level: 2, name: '风险评估' }).waitFor();
      await saveScreenshot(page, 'review-page-zh-CN');
    } finally {
      await colleague.close();
    }
  });

  it('lets a second reviewer give the final approval', async () => {
    const second = await openBrowser();
    try {
      const { page } = second;
      await signIn(page, sam, '/review');
      await queueRow(page, DRONES).getByText('Needs second review — approved by Rita Reviewer').waitFor();
      const panel = await openReview(page, DRONES);
      await page
        .getByTestId('first-approval')
        .getByText(/Approved by Rita Reviewer/)
        .waitFor();
      await fillDecision(
        panel,
        'Approve',
        'Agree with Rita: the risks are disclosed and the bond is small.',
        ALL_BOXES,
      );
      await panel.getByText('Grade E: your approval will be the second and final one.').waitFor();
      await saveScreenshot(page, 'review-page-second-approval', { fullPage: false });
      await panel.getByRole('button', { name: 'Record decision' }).click();
      await page.getByText(`Approved “${DRONES}”.`).waitFor();
      await page.getByText('Nothing waiting for review').waitFor();
      expect(['approved', 'live']).toContain(await statusOf(nils, dronesId));
    } finally {
      await second.close();
    }
  });
});
