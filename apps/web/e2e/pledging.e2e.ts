import type { CampaignView } from '@crowdstake/domain';
import type { Page } from 'playwright-core';
import { type BrowserSession, describeInBrowser, openBrowser, saveScreenshot, uniqueEmail } from './support/browser';
import {
  aCompany,
  aFounder,
  aPublishedCampaign,
  aReviewer,
  aRewardSeed,
  aShareSeed,
  ApiCaller,
  type OwnApi,
  startOwnApi,
} from './support/public-campaigns';
import { signIn } from './support/review-pages';

/**
 * A backer's money through the web, on the payment emulator: a reward pledge with the Visa
 * test card, a declined card in plain words, an investment in shares after stating the investor
 * profile, the portfolio, and a cancellation that refunds.
 */
const BACKER = { name: 'Bea Backer', email: uniqueEmail('backer'), password: 'quiet orchard lantern 8' };

async function openPledgePage(page: Page, campaign: CampaignView, action: string): Promise<void> {
  await page.goto(`/campaigns/${campaign.id}`);
  await page.getByTestId('pledge-action').getByRole('link', { name: action }).click();
  await page.getByTestId('pledge-form').waitFor();
}

async function shoot(session: BrowserSession, name: string): Promise<void> {
  const { page } = session;
  await saveScreenshot(page, `pledging-${name}-1280`);
  await page.setViewportSize({ width: 375, height: 800 });
  await saveScreenshot(page, `pledging-${name}-375`);
  await page.setViewportSize({ width: 1280, height: 800 });
}

describeInBrowser('pledging', () => {
  let own: OwnApi;
  let session: BrowserSession;
  let reward: CampaignView;
  let shares: CampaignView;

  beforeAll(async () => {
    own = await startOwnApi();
    const founder = await aFounder(own.baseUrl);
    const reviewer = await aReviewer(own);
    const company = await aCompany(founder.api);
    reward = await aPublishedCampaign(
      founder.api,
      reviewer,
      company.id,
      aRewardSeed('Bread for the block', 'A second oven so the morning queue gets its bread.'),
    );
    shares = await aPublishedCampaign(
      founder.api,
      reviewer,
      company.id,
      aShareSeed('Own a slice of Harbour Bakery', 'Shares in the bakery, ten at the least.'),
    );
    await new ApiCaller(own.baseUrl).call('POST', '/api/auth/register', { ...BACKER, role: 'backer' });
    session = await openBrowser();
    await signIn(session.page, BACKER, '/sign-in');
  });

  afterAll(async () => {
    await session?.close();
    await own?.stop();
  });

  it('backs a reward tier with the Visa test card: the card is saved, charged only on success', async () => {
    const { page } = session;
    await openPledgePage(page, reward, 'Back this project');
    await page.getByRole('heading', { level: 1, name: `Back ${reward.title}` }).waitFor();
    await page.getByRole('radio', { name: 'A thank-you card — $10' }).check();
    await page.getByRole('radio', { name: 'Visa — succeeds' }).check();
    await shoot(session, 'reward-panel');

    await page.getByRole('button', { name: 'Pledge $10' }).click();
    const confirmation = page.getByTestId('pledge-confirmation');
    await confirmation.getByText('Thank you — your pledge is in').waitFor();
    await confirmation.getByText('Your card is saved and will be charged $10 only if the campaign succeeds.').waitFor();
    await shoot(session, 'reward-confirmation');
  });

  it('invests in shares after stating the investor profile, with the risks acknowledged', async () => {
    const { page } = session;
    await openPledgePage(page, shares, 'Invest');
    await page.getByTestId('limit-missing').waitFor();
    await page.getByRole('link', { name: 'State your investor profile' }).click();
    await page.getByRole('textbox', { name: 'Annual income' }).fill('80,000');
    await page.getByRole('textbox', { name: 'Net worth' }).fill('150000');
    await page.getByRole('button', { name: 'Save my profile' }).click();
    await page.getByTestId('limit-remaining').filter({ hasText: '$' }).waitFor();
    await page.getByRole('link', { name: 'Back to your pledge' }).click();

    await page.getByTestId('limit-panel').waitFor();
    await page.getByRole('textbox', { name: 'Shares' }).fill('20');
    await page.getByTestId('pledge-amount').filter({ hasText: '$100' }).waitFor();
    await page.getByText('20 × $5').waitFor();
    // The risks must be acknowledged: paying without the box says so beside it.
    await page.getByRole('button', { name: 'Pay $100' }).click();
    await page.getByText('Tick the box to confirm you read the risks.').waitFor();
    await page.getByRole('checkbox', { name: /I understand that I can lose all the money I invest/ }).check();
    await shoot(session, 'shares-panel');

    await page.getByRole('button', { name: 'Pay $100' }).click();
    await page
      .getByTestId('pledge-confirmation')
      .getByText('You were charged $100. The money is held in escrow until the campaign closes.')
      .waitFor();
    await shoot(session, 'shares-confirmation');
  });

  it('says a declined card in plain words and takes nothing', async () => {
    // An investment is charged at once; a reward pledge's card is refused as it is saved. Either
    // way the backer hears of the decline while pledging.
    const { page } = session;
    await openPledgePage(page, shares, 'Invest');
    await page.getByRole('textbox', { name: 'Shares' }).fill('10');
    await page.getByRole('checkbox', { name: /I understand that I can lose all the money I invest/ }).check();
    await page.getByRole('radio', { name: 'Visa — declines', exact: true }).check();
    await page.getByRole('button', { name: 'Pay $50' }).click();
    await page
      .getByRole('alert')
      .filter({ hasText: 'Your card was declined. Nothing was taken. Try another card.' })
      .waitFor();
    await shoot(session, 'declined');
  });

  it('lists the pledges in the portfolio and cancels the shares, which are refunded', async () => {
    const { page } = session;
    await page.getByRole('button', { name: `Account menu: ${BACKER.name}` }).click();
    await page.getByRole('menuitem', { name: 'My pledges' }).click();
    await page.getByRole('heading', { level: 1, name: 'My pledges' }).waitFor();

    const sharesRows = page.getByRole('article', { name: shares.title });
    const sharesRow = sharesRows.filter({ hasText: '20 shares' });
    const rewardRow = page.getByRole('article', { name: reward.title });
    await sharesRow.getByText('Held').waitFor();
    await rewardRow.getByText('Held').waitFor();
    await rewardRow.getByText('A thank-you card').waitFor();
    const declinedRow = sharesRows.filter({ hasText: 'Payment failed' });
    await declinedRow.getByText('10 shares').waitFor();
    expect(await declinedRow.getByRole('button').count()).toBe(0);
    await shoot(session, 'portfolio');

    await sharesRow.getByRole('button', { name: 'Cancel pledge' }).click();
    const dialog = page.getByRole('dialog', { name: `Cancel your pledge to ${shares.title}?` });
    await dialog.getByRole('button', { name: 'Cancel the pledge' }).click();
    await sharesRow.getByText('Refunded').waitFor();
    expect(await sharesRow.getByRole('button', { name: 'Cancel pledge' }).count()).toBe(0);
    await saveScreenshot(page, 'pledging-portfolio-after-cancel-1280');
  });
});
