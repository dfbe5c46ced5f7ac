import type { CampaignView } from '@crowdstake/domain';
import type { Page } from 'playwright-core';
import { type BrowserSession, describeInBrowser, openBrowser, saveScreenshot } from './support/browser';
import {
  aBondSeed,
  aCompany,
  aFounder,
  aPublishedCampaign,
  aReviewer,
  aRewardSeed,
  aShareSeed,
  coverPicture,
  type OwnApi,
  startOwnApi,
} from './support/public-campaigns';

const card = (page: Page, title: string) => page.getByRole('article', { name: title });

/**
 * The cards of the home page and Discover, on campaigns made through the API in three
 * currencies. Until pledges exist every campaign has raised nothing, and without a test clock
 * none has finished, so "funded" and "ended" cards are left to the pledge work.
 */
describeInBrowser('the campaign cards', () => {
  let own: OwnApi;
  let session: BrowserSession;
  let bakery: CampaignView;

  beforeAll(async () => {
    own = await startOwnApi();
    session = await openBrowser();
    const founder = await aFounder(own.baseUrl);
    const reviewer = await aReviewer(own);
    const { id: companyId } = await aCompany(founder.api);
    await aPublishedCampaign(
      founder.api,
      reviewer,
      companyId,
      aShareSeed('Own a share of Tanaka Ramen', 'Our third shop, opened with our regulars as shareholders.', {
        currency: 'JPY',
        goal: 3_000_000,
        terms: {
          shareClass: 'Common',
          pricePerShare: 500,
          preMoneyValuation: 200_000_000,
          sharesOffered: 40_000,
          minShares: 10,
        },
      }),
    );
    // Its start 20.9 days ago and the bond minimum of 21 days put the deadline a few hours away.
    await aPublishedCampaign(
      founder.api,
      reviewer,
      companyId,
      aBondSeed('Solar roof for a family print shop', 'A bond repaid from the savings on our power bill.', 600, {
        currency: 'EUR',
        startsInDays: -20.9,
        runsForDays: 21,
      }),
    );
    bakery = await aPublishedCampaign(
      founder.api,
      reviewer,
      companyId,
      aRewardSeed('Second oven for the Riverside Bakery', 'Double our morning bake so the shelves are never empty.', {
        goal: 2_000_000,
        runsForDays: 13,
        cover: await coverPicture(session.browser, 'Riverside Bakery', 30),
      }),
    );
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await own?.stop();
  });

  it('shows live campaigns on the home page', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByRole('heading', { name: 'Live campaigns' }).waitFor();
    await card(page, 'Second oven for the Riverside Bakery').waitFor();
    expect(await page.getByRole('article').count()).toBe(3);
    await saveScreenshot(page, 'home-with-campaigns');
  });

  it('shows each card’s money in its own currency, progress, risk and time left', async () => {
    const { page } = session;
    await page.goto('/discover');
    const bakeryCard = card(page, 'Second oven for the Riverside Bakery');
    await bakeryCard.waitFor();
    const bakeryText = await bakeryCard.innerText();
    expect(bakeryText).toContain('$0');
    expect(bakeryText).toContain('raised of $20,000 goal');
    expect(bakeryText).toContain('0% funded');
    expect(bakeryText).toContain('0 backers');
    expect(bakeryText).toContain('11 days left');
    await bakeryCard.getByRole('progressbar', { name: 'Funding progress' }).waitFor({ state: 'attached' });
    await bakeryCard.getByLabel(/Risk grade [A-E] \(A is the lowest risk, E the highest\)/).waitFor();
    await bakeryCard.getByRole('img', { name: 'Cover image of Second oven for the Riverside Bakery' }).waitFor();

    const solar = await card(page, 'Solar roof for a family print shop').innerText();
    expect(solar).toContain('€0');
    expect(solar).toContain('raised of €50,000 goal');
    expect(solar).toContain('Ends today');

    const ramen = card(page, 'Own a share of Tanaka Ramen');
    expect(await ramen.innerText()).toContain('raised of ¥3,000,000 goal');
    // Badges are upper-cased by CSS, so look for the words rather than the rendered text.
    await ramen.getByText('Shares', { exact: true }).waitFor();
    await saveScreenshot(page, 'discover-with-campaigns');
  });

  it('formats amounts and time in the reader’s language', async () => {
    const { page } = session;
    await page.getByRole('button', { name: /Change language/ }).click();
    await page.getByRole('menuitem', { name: '中文（简体）' }).click();
    const bakeryCard = card(page, 'Second oven for the Riverside Bakery');
    await bakeryCard.getByText('已完成 0%').waitFor();
    expect(await bakeryCard.innerText()).toContain('已筹，目标 US$20,000');
    expect(await bakeryCard.innerText()).toContain('剩余 11 天');
    await page.getByRole('button', { name: /切换语言/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
  });

  it('opens a campaign from anywhere on its card', async () => {
    const { page } = session;
    const bakeryCard = card(page, 'Second oven for the Riverside Bakery');
    const box = await bakeryCard.boundingBox();
    if (!box) throw new Error('the card is not on the page');
    // Near the bottom, far from the title: the title's link is stretched over the whole card.
    await bakeryCard.click({ position: { x: box.width / 2, y: box.height - 30 } });
    await page.waitForURL(`**/campaigns/${bakery.id}`);
    await page.getByRole('heading', { level: 1, name: 'Second oven for the Riverside Bakery' }).waitFor();
  });
});
