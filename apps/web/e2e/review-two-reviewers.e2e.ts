import { type BrowserSession, describeInBrowser, openBrowser, saveScreenshot } from './support/browser';
import {
  ALL_BOXES,
  fillDecision,
  openReview,
  queueRow,
  saveScreenshotAt,
  signIn,
  startReviewApi,
  statusOf,
} from './support/review-pages';
import { aFounder, aRiskyCompany, bondCampaign, type SeededFounder, submitCampaign } from './support/review-seeds';
import { ApiCaller } from './support/api-caller';
import { createReviewer, type StaffAccount } from './support/staff-accounts';

/**
 * Grades D and E need two different reviewers, and nobody decides a campaign of a company they
 * belong to. A month-old drone company with no revenue, no documents and a registration number
 * another account holds scores grade E.
 */

const DRONES = 'Nightjar Drones fleet bond';

describeInBrowser('reviewing a grade E campaign: two different reviewers', () => {
  let ownApi: Awaited<ReturnType<typeof startReviewApi>>;
  let rita: StaffAccount;
  let sam: StaffAccount;
  let cora: StaffAccount;
  let nils: SeededFounder;
  let dronesId: string;
  let session: BrowserSession;

  beforeAll(async () => {
    ownApi = await startReviewApi();
    [rita, sam, cora] = await Promise.all([
      createReviewer(ownApi.api, 'Rita Reviewer'),
      createReviewer(ownApi.api, 'Sam Second'),
      createReviewer(ownApi.api, 'Cora Colleague'),
    ]);
    nils = await aFounder(ownApi.api.baseUrl, 'Nils Nightjar');
    const earlier = await aFounder(ownApi.api.baseUrl, 'Someone Earlier');
    const dronesCompany = await aRiskyCompany(nils, earlier, 'Nightjar Drones Ltd');
    // Cora belongs to the drone company: she must never decide its campaign.
    // Membership is by invitation: Cora accepts, and so becomes conflicted.
    const invitation = await nils.call<{ id: string }>('POST', `/api/companies/${dronesCompany}/members`, {
      email: cora.email,
    });
    const coraApi = await new ApiCaller(ownApi.api.baseUrl).signIn(cora.email, cora.password);
    await coraApi.call('POST', `/api/invitations/${invitation.id}/accept`);
    dronesId = await submitCampaign(nils, bondCampaign(dronesCompany, DRONES));
    session = await openBrowser();
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await ownApi?.stop();
  });

  it('needs a second, different reviewer for a grade E campaign', async () => {
    const { page } = session;
    await signIn(page, rita, '/review?grade=E');
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
