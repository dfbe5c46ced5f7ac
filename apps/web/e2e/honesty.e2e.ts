import type { CampaignView } from '@crowdstake/domain';
import type { Page } from 'playwright-core';
import { type BrowserSession, describeInBrowser, openBrowser, saveScreenshot, uniqueEmail } from './support/browser';
import { field } from './support/forms';
import {
  aBondSeed,
  aCompany,
  aFounder,
  aPublishedCampaign,
  aReviewer,
  aShareSeed,
  type OwnApi,
  startOwnApi,
} from './support/public-campaigns';

const TEAM = [
  { name: 'Ada Baker', role: 'Founder and head baker', bio: 'Twelve years at the ovens of Harbour Street.' },
  { name: 'Jon Ek', role: 'Finance', bio: 'Chartered accountant, part time since 2020.' },
];

async function switchTo(page: Page, language: 'English' | '中文（简体）'): Promise<void> {
  await page.getByRole('button', { name: /Change language|切换语言/ }).click();
  await page.getByRole('menuitem', { name: language }).click();
}

/** Issue 15, honest about risk: what a backer reads before investing, in both languages. */
describeInBrowser('honest about risk', () => {
  let own: OwnApi;
  let session: BrowserSession;
  let bond: CampaignView;
  let shares: CampaignView;

  beforeAll(async () => {
    own = await startOwnApi();
    session = await openBrowser();
    const founder = await aFounder(own.baseUrl);
    const reviewer = await aReviewer(own);
    const company = await aCompany(founder.api);
    await founder.api.call('PATCH', `/api/companies/${company.id}`, { jurisdiction: 'US-OR', team: TEAM });
    bond = await aPublishedCampaign(
      founder.api,
      reviewer,
      company.id,
      aBondSeed(
        'Solar roof for a family print shop',
        'A one-year bond at 6% a year to put solar panels on our roof.',
        600,
      ),
    );
    shares = await aPublishedCampaign(
      founder.api,
      reviewer,
      company.id,
      aShareSeed('Own a slice of Harbour Bakery', 'Shares for the neighbours who have eaten our bread for years.'),
    );
    // Starting an API and a browser on a busy machine can take a while.
  }, 180_000);
  afterAll(async () => {
    await session?.close();
    await own?.stop();
  });

  it('a bond page warns of total loss and shows its risks, backer terms, team and jurisdiction by name', async () => {
    const { page } = session;
    await page.goto(`/campaigns/${bond.id}`);
    await page.getByRole('heading', { level: 1, name: bond.title }).waitFor();
    await page.getByTestId('loss-warning').getByText('You could lose all the money you invest').waitFor();
    await page.getByRole('heading', { name: 'Risks' }).waitFor();
    await page.getByText('We have a second supplier lined up', { exact: false }).waitFor();
    const terms = page.getByTestId('backer-terms');
    await terms.getByText(/^Unsecured: nothing is pledged/).waitFor();
    await terms.getByText('The company may repay early.', { exact: false }).waitFor();
    await terms.getByText('60 days late, the whole bond falls due.', { exact: false }).waitFor();
    const team = page.getByTestId('company-team');
    await team.getByText('Ada Baker').waitFor();
    await team.getByText('Founder and head baker').waitFor();
    await page.getByTestId('company-summary').getByText('Oregon, United States').waitFor();
    expect(await page.getByText('US-OR').count()).toBe(0);
    await saveScreenshot(page, 'honesty-bond-en');
  });

  it('a share page explains voting, holding through a nominee, dilution and resale', async () => {
    const { page } = session;
    await page.goto(`/campaigns/${shares.id}`);
    await page.getByRole('heading', { level: 1, name: shares.title }).waitFor();
    const terms = page.getByTestId('backer-terms');
    await terms.getByText('These shares carry no vote', { exact: false }).waitFor();
    await terms.getByText('Through a nominee (Riverside Nominees Ltd)', { exact: false }).waitFor();
    await terms.getByText('your percentage of the company falls', { exact: false }).waitFor();
    await terms.getByText('There is no market for these shares.', { exact: false }).waitFor();
    await saveScreenshot(page, 'honesty-shares-en');
  });

  it('says the same in Chinese, the jurisdiction included', async () => {
    const { page } = session;
    await page.goto(`/campaigns/${shares.id}`);
    await page.getByRole('heading', { level: 1, name: shares.title }).waitFor();
    await switchTo(page, '中文（简体）');
    await page.getByTestId('loss-warning').getByText('您可能损失全部投资').waitFor();
    await page.getByRole('heading', { name: '投资前您必须了解的条款' }).waitFor();
    await page.getByTestId('backer-terms').getByText('这些股份没有表决权', { exact: false }).waitFor();
    await page.getByTestId('company-team').getByRole('heading', { name: '团队' }).waitFor();
    await page.getByTestId('company-summary').getByText('美国俄勒冈州').waitFor();
    await saveScreenshot(page, 'honesty-shares-zh-CN');

    await page.goto('/');
    await page.getByTestId('loss-warning').getByText('您可能损失全部投资').waitFor();
    expect(await page.getByText('资金安全有保障').count()).toBe(0);
    await saveScreenshot(page, 'honesty-home-zh-CN', { fullPage: false });
    await switchTo(page, 'English');
  });

  it('the home and discover pages promise no safety and warn of loss', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: /knowing the risks/ }).waitFor();
    expect(await page.getByText(/kept safe/).count()).toBe(0);
    await page.getByTestId('loss-warning').getByText('You could lose all the money you invest').waitFor();
    await saveScreenshot(page, 'honesty-home-en', { fullPage: false });

    await page.goto('/discover');
    await page.getByTestId('loss-warning').getByText('Don’t invest unless', { exact: false }).waitFor();
  });

  it('the footer leads to the terms (with the risk statement), privacy and contact pages', async () => {
    const { page } = session;
    const footer = page.getByRole('contentinfo');
    for (const [link, heading] of [
      ['Terms of use', 'Terms of use'],
      ['Privacy', 'Privacy'],
      ['Contact', 'Contact'],
    ] as const) {
      await page.goto('/');
      await footer.getByRole('link', { name: link, exact: true }).click();
      await page.getByRole('heading', { level: 1, name: heading }).waitFor();
    }
    await page.goto('/terms');
    await page.getByRole('heading', { level: 2, name: 'Risk statement' }).waitFor();
    await saveScreenshot(page, 'honesty-terms-en');
    await switchTo(page, '中文（简体）');
    await page.getByRole('heading', { level: 1, name: '使用条款' }).waitFor();
    await page.getByRole('heading', { level: 2, name: '风险提示' }).waitFor();
    await saveScreenshot(page, 'honesty-terms-zh-CN');
    await switchTo(page, 'English');
  });

  it('sign-up needs the terms and the risk statement accepted', async () => {
    const { page } = session;
    const email = uniqueEmail('accepting-backer');
    await page.goto('/sign-up');
    await field(page, 'Full name').fill('Bea Backer');
    await field(page, 'Email').fill(email);
    await field(page, 'Password').fill('a sturdy test passphrase');
    await page.getByRole('radio', { name: 'Back campaigns' }).click();
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByText('Accept the terms of use and the risk statement to create your account.').waitFor();
    await saveScreenshot(page, 'honesty-sign-up-en');
    // Nothing was sent: no account exists with these details.
    const login = await page.evaluate(
      (body) =>
        fetch('/api/auth/login', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }).then(
          (response) => response.status,
        ),
      JSON.stringify({ email, password: 'a sturdy test passphrase' }),
    );
    expect(login).toBe(401);

    await page.getByRole('checkbox', { name: /I accept the terms of use/ }).check();
    await page.getByRole('button', { name: 'Create account' }).click();
    // Signed in on the home page (the API e2e test proves the acceptance is recorded).
    await page.getByRole('heading', { level: 1, name: /Back the businesses you believe in/ }).waitFor();
  });
});
