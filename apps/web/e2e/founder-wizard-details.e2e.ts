import type { Page } from 'playwright-core';
import { type BrowserSession, describeInBrowser, openBrowser, saveScreenshot } from './support/browser';
import { baseUrl } from './support/environment';
import { signIn } from './support/review-pages';
import {
  aFounder,
  aWellDocumentedCompany,
  rewardCampaign,
  type SeededFounder,
  submitCampaign,
} from './support/review-seeds';
import {
  continueTo,
  DAY_MS,
  dismissNotifications,
  expectFieldError,
  field,
  localInput,
  startCampaign,
  stepHeading,
} from './founder-steps';

/**
 * The wizard beyond the happy path, for a founder whose company and one campaign were made
 * through the API: an error only the API can see shown beside its field, a phone's width,
 * and the founder's pages in Chinese.
 */

async function shot(page: Page, name: string): Promise<void> {
  await dismissNotifications(page);
  await saveScreenshot(page, name);
}

describeInBrowser('the campaign wizard in detail', () => {
  let session: BrowserSession;
  let page: Page;
  let founder: SeededFounder;

  beforeAll(async () => {
    founder = await aFounder(baseUrl(), 'Ines Duarte');
    const companyId = await aWellDocumentedCompany(founder, 'Duarte Ceramics Lda');
    await submitCampaign(founder, rewardCampaign(companyId, 'A kiln for Duarte Ceramics'));
    session = await openBrowser();
    page = session.page;
    await signIn(page, founder, '/founder');
  });

  afterAll(async () => {
    await session?.close();
  });

  it('sees the API’s refusal beside the field it is about (a deadline already past, by the server’s clock)', async () => {
    await startCampaign(page, 'Reward', 'Bread club', 'A loaf every week for members of the bread club.');
    // This computer's clock runs 40 days slow: to the page the dates below are ahead; to the API the deadline has passed.
    const slowNow = new Date(Date.now() - 40 * DAY_MS);
    await page.clock.setFixedTime(slowNow);
    await page.getByLabel('Start').fill(localInput(new Date(slowNow.getTime() + DAY_MS)));
    await page.getByLabel('Deadline').fill(localInput(new Date(slowNow.getTime() + 20 * DAY_MS)));
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expectFieldError(page, 'Deadline', 'The deadline must be in the future.');
    await stepHeading(page, 2, 'Funding').waitFor();
    await shot(page, 'founder-wizard-api-field-error');
  });

  it('fits a phone: the dashboard and a wizard step in one column', async () => {
    await page.clock.setFixedTime(new Date());
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto('/founder');
    await page.getByRole('heading', { level: 1, name: 'Your businesses and campaigns' }).waitFor();
    await shot(page, 'founder-dashboard-mobile');
    await page.getByRole('article', { name: 'Bread club' }).getByRole('link', { name: 'Continue editing' }).click();
    await stepHeading(page, 1, 'Basics').waitFor();
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await stepHeading(page, 2, 'Funding').waitFor();
    await shot(page, 'founder-wizard-mobile');
    await page.setViewportSize({ width: 1280, height: 800 });
  });

  it('never loses unsaved work on leaving: stay, leave without saving, save and leave, and the tab’s own warning', async () => {
    const backToDashboard = () => page.getByRole('link', { name: 'Back to your dashboard' }).click();
    const leaveDialog = () => page.getByRole('dialog', { name: 'Save your changes before leaving?' });
    const openBreadClub = async (name = 'Bread club') => {
      await page.getByRole('article', { name, exact: true }).getByRole('link', { name: 'Continue editing' }).click();
      await stepHeading(page, 1, 'Basics').waitFor();
    };
    await page.goto('/founder');
    await openBreadClub();

    // Nothing changed: leaving is silent.
    await backToDashboard();
    await page.getByRole('heading', { level: 1, name: 'Your businesses and campaigns' }).waitFor();

    await openBreadClub();
    await field(page, 'Title').fill('Bread club for the whole street');
    await backToDashboard();
    await leaveDialog().waitFor();
    await shot(page, 'founder-wizard-leave-unsaved');
    await leaveDialog().getByRole('button', { name: 'Stay on this page' }).click();
    await leaveDialog().waitFor({ state: 'hidden' });
    await stepHeading(page, 1, 'Basics').waitFor();
    expect(await field(page, 'Title').inputValue()).toBe('Bread club for the whole street');

    await backToDashboard();
    await leaveDialog().getByRole('button', { name: 'Leave without saving' }).click();
    await page.getByRole('article', { name: 'Bread club', exact: true }).waitFor();

    await openBreadClub();
    await field(page, 'Title').fill('Bread club for the whole street');
    await backToDashboard();
    await leaveDialog().getByRole('button', { name: 'Save and leave' }).click();
    await page.getByRole('article', { name: 'Bread club for the whole street' }).waitFor();

    // Closing or reloading the tab gets the browser's own warning while an edit is unsaved.
    await openBreadClub('Bread club for the whole street');
    await field(page, 'Title').fill('Bread club, renamed again');
    const warnings: string[] = [];
    page.once('dialog', (dialog) => {
      warnings.push(dialog.type());
      void dialog.accept(); // leave anyway: the unsaved edit goes
    });
    await page.reload();
    await stepHeading(page, 1, 'Basics').waitFor();
    expect(warnings).toEqual(['beforeunload']);
    expect(await field(page, 'Title').inputValue()).toBe('Bread club for the whole street');
  });

  it('sees on Terms what a new unit price does to the goal, and rounds it there in one click', async () => {
    await page.goto('/founder');
    await startCampaign(page, 'Bond', 'A van for Duarte Ceramics', 'Lend us the price of a van; we repay you monthly.');
    await field(page, 'Goal').fill('20000');
    await field(page, 'Hard cap').fill('30000');
    await continueTo(page, 3, 'Terms');
    await field(page, 'Annual interest rate (%)').fill('6.5');
    await field(page, 'Term (months)').fill('12');
    await field(page, 'Unit price').fill('300');
    await field(page, 'Minimum units per backer').fill('2');
    // $20,000 is not a whole number of $300 units: said here, where the price was changed.
    const consequences = page.getByTestId('funding-consequences');
    await consequences.getByText('The goal must be a whole number of units of $300.').waitFor();
    await shot(page, 'founder-wizard-terms-consequence');
    await consequences.getByRole('button', { name: 'Round the goal to $20,100' }).click();
    await consequences.waitFor({ state: 'detached' });
    await continueTo(page, 4, 'Story');
    // One step at a time: a second press before Terms has replaced Story would go to Terms again.
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await stepHeading(page, 3, 'Terms').waitFor();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await stepHeading(page, 2, 'Funding').waitFor();
    expect(await field(page, 'Goal').inputValue()).toBe('20100.00');
  });

  it('reads the dashboard and the wizard in Chinese', async () => {
    await page.goto('/founder');
    await page.getByRole('button', { name: /Change language/ }).click();
    await page.getByRole('menuitem', { name: '中文（简体）' }).click();
    await page.getByRole('heading', { level: 1, name: '我的企业与项目' }).waitFor();
    await page
      .getByRole('article', { name: 'A kiln for Duarte Ceramics' })
      .getByText('等待审核', { exact: true })
      .waitFor();
    await shot(page, 'founder-dashboard-zh-CN');
    await page.getByRole('link', { name: '新建项目' }).click();
    await page.getByRole('heading', { level: 2, name: '第 1 步，共 6 步：基本信息' }).waitFor();
    await page.getByRole('button', { name: '保存并继续' }).click();
    await page.getByText('请从选项中选择。').waitFor();
    await shot(page, 'founder-wizard-zh-CN');
  });
});
