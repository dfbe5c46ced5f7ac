import type { Request } from 'playwright-core';
import { type BrowserSession, describeInBrowser, openBrowser, saveScreenshot } from './support/browser';
import {
  ALL_BOXES,
  fillDecision,
  filterQueue,
  openReview,
  queueRow,
  queueRows,
  saveScreenshotAt,
  signIn,
  startReviewApi,
  statusOf,
} from './support/review-pages';
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
 * A reviewer's day, on an API of its own so the queue holds exactly what this file submits:
 * the queue (empty, then oldest first, filtered), a well-documented campaign's review page,
 * approval refused while a box is unticked, changes requested with reasons, the founder's fix,
 * and the approval. The two-reviewer rule is in review-two-reviewers.e2e.ts.
 */

const BAKERY = 'Harbour Bakery’s second oven';
const DRONES = 'Nightjar Drones fleet bond';

const companyOf = async (founder: SeededFounder, campaignId: string) =>
  (await founder.call<{ company: { id: string } }>('GET', `/api/campaigns/${campaignId}`)).company.id;

describeInBrowser('reviewing a campaign: changes requested, then approved', () => {
  let ownApi: Awaited<ReturnType<typeof startReviewApi>>;
  let rita: StaffAccount;
  let ada: SeededFounder;
  let nils: SeededFounder;
  let bakeryId: string;
  let session: BrowserSession;

  beforeAll(async () => {
    ownApi = await startReviewApi();
    rita = await createReviewer(ownApi.api, 'Rita Reviewer');
    [ada, nils] = await Promise.all([
      aFounder(ownApi.api.baseUrl, 'Ada Baker'),
      aFounder(ownApi.api.baseUrl, 'Nils Nightjar'),
    ]);
    session = await openBrowser();
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await ownApi?.stop();
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
    // A riskier campaign submitted later, so the queue has an order and something to filter out.
    const earlier = await aFounder(ownApi.api.baseUrl, 'Someone Earlier');
    await submitCampaign(nils, bondCampaign(await aRiskyCompany(nils, earlier, 'Nightjar Drones Ltd'), DRONES));

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
    await filterQueue(page, 'Campaign type', 'Reward');
    await page.waitForURL(/\?type=reward$/);
    await page.getByText('1 campaign waiting').waitFor();
    await filterQueue(page, 'Risk grade', 'E');
    await page.waitForURL(/grade=E/);
    await page.getByText('Nothing matches these filters').waitFor();
    await saveScreenshot(page, 'review-queue-filtered-empty', { fullPage: false });

    await page.goto('/review?type=reward');
    await queueRow(page, BAKERY).waitFor();
    expect(await queueRows(page).count()).toBe(1);
  });

  it('shows the risk factors, the company and its documents, and opens a document in a new tab', async () => {
    const { page, context } = session;
    const reads = new Set<string>();
    const record = (request: Request) => {
      if (request.resourceType() === 'fetch') reads.add(`${request.method()} ${new URL(request.url()).pathname}`);
    };
    page.on('request', record);
    await openReview(page, BAKERY);
    await page.getByTestId('company-document').first().waitFor();
    page.off('request', record);
    // What the page needs, once each: the reviewer's conflict of interest comes with the decisions,
    // not from the company's member list (with everyone's email).
    const campaign = `/api/campaigns/${bakeryId}`;
    const company = `/api/companies/${await companyOf(ada, bakeryId)}`;
    expect([...reads].sort()).toEqual(
      [`GET ${campaign}`, `GET ${campaign}/reviews`, `GET ${company}`, `GET ${company}/documents`].sort(),
    );
    expect(await page.getByTestId('risk-factor').count()).toBe(11);
    // 86 for the company and its file, less 16 for a campaign that gives no account of its risks.
    await page.getByTestId('risk-assessment').getByText('Score 70 of 100').waitFor();
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
});
