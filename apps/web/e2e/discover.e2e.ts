import type { Page } from 'playwright-core';
import { type BrowserSession, describeInBrowser, openBrowser, saveScreenshot } from './support/browser';
import {
  aBondSeed,
  aCompany,
  aDraft,
  aFounder,
  aPublishedCampaign,
  aReviewer,
  aRewardSeed,
  aShareSeed,
  coverPicture,
  type OwnApi,
  startOwnApi,
} from './support/public-campaigns';

/** Listed: 3 named rewards + 8 neighbourhood projects + 2 bonds + 1 share offering = 14 (two pages of 12). */
const LISTED = 14;
const NEIGHBOURHOOD_PROJECTS = 8;

const cards = (page: Page) => page.getByRole('article');
const card = (page: Page, title: string) => page.getByRole('article', { name: title });
const count = (page: Page) => page.getByTestId('discover-count');
const chooseType = (page: Page, type: string) =>
  page.getByRole('radiogroup', { name: 'Type' }).getByText(type, { exact: true }).click();

async function seed(own: OwnApi, session: BrowserSession): Promise<void> {
  const founder = await aFounder(own.baseUrl);
  const reviewer = await aReviewer(own);
  const { id: companyId } = await aCompany(founder.api);
  const live = (seed: Parameters<typeof aPublishedCampaign>[3]) =>
    aPublishedCampaign(founder.api, reviewer, companyId, seed);
  // Oldest first, so "newest" puts the share offering on top.
  for (let n = 1; n <= NEIGHBOURHOOD_PROJECTS; n += 1) {
    await live(aRewardSeed(`Neighbourhood project ${n}`, 'A small improvement for the street, funded by neighbours.'));
  }
  await live(
    aRewardSeed('Second oven for the Riverside Bakery', 'Double our morning bake for the whole neighbourhood.', {
      cover: await coverPicture(session.browser, 'Riverside Bakery', 30),
    }),
  );
  await live(
    aRewardSeed('Solstice cider press', 'Press our own apples instead of selling them cheap at harvest.', {
      runsForDays: 10,
      cover: await coverPicture(session.browser, 'Cider press', 95),
    }),
  );
  await live(aRewardSeed('Seed library for the school', 'Shelves, envelopes and a catalogue for swapping seeds.'));
  await live(
    aBondSeed('Delivery van bond', 'Lend to the bakery for an electric van; 8% a year for 12 months.', 800, {
      cover: await coverPicture(session.browser, 'Delivery van', 200),
    }),
  );
  await live(aBondSeed('Workshop expansion bond', 'Lend to the joinery for a bigger workshop; 4.5% a year.', 450));
  await live(
    aShareSeed('Community shares in the mill', 'Own part of the mill that grinds the flour for the bakery.', {
      cover: await coverPicture(session.browser, 'The mill', 140),
    }),
  );
  // Never listed: approved but not started, and a draft.
  await live(aRewardSeed('Greenhouse coming soon', 'Opens in a few days.', { startsInDays: 3 }));
  await aDraft(founder.api, companyId, aRewardSeed('Secret draft kiosk', 'Not ready for anyone to read.'));
}

describeInBrowser('discovering campaigns', () => {
  let own: OwnApi;
  let session: BrowserSession;

  beforeAll(async () => {
    own = await startOwnApi();
    session = await openBrowser();
    await seed(own, session);
  }, 180_000);

  afterAll(async () => {
    await session?.close();
    await own?.stop();
  });

  it('lists live and finished campaigns, newest first, a page at a time', async () => {
    const { page } = session;
    await page.goto('/discover');
    await page.getByRole('heading', { level: 1, name: 'Discover campaigns' }).waitFor();
    await count(page).getByText(`${LISTED} campaigns`).waitFor();
    expect(await cards(page).count()).toBe(12);
    expect(await cards(page).first().getAttribute('aria-labelledby')).toBeTruthy();
    await card(page, 'Community shares in the mill').waitFor();
    await saveScreenshot(page, 'discover');

    const pages = page.getByRole('navigation', { name: 'Pages of results' });
    await pages.getByRole('button', { name: '2' }).click();
    await page.waitForURL('**/discover?page=2');
    await page.waitForFunction(() => document.querySelectorAll('article').length === 2);
    await card(page, 'Neighbourhood project 1').waitFor();

    await page.goBack();
    await page.waitForURL(/\/discover$/);
    await card(page, 'Community shares in the mill').waitFor();
  });

  it('never lists a coming-soon campaign or a draft', async () => {
    const { page } = session;
    await page.goto('/discover?q=greenhouse');
    await page.getByRole('heading', { name: 'No campaigns match' }).waitFor();
    await page.goto('/discover?q=secret');
    await page.getByRole('heading', { name: 'No campaigns match' }).waitFor();
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await count(page).getByText(`${LISTED} campaigns`).waitFor();
    expect(page.url()).toMatch(/\/discover$/);
    expect(await page.getByLabel('Search campaigns').inputValue()).toBe('');
    // The old search must not come back once the search box's pause (350 ms) has passed.
    await page.waitForTimeout(600);
    expect(page.url()).toMatch(/\/discover$/);
    await count(page).getByText(`${LISTED} campaigns`).waitFor();

    // A search typed and not yet sent when the filters are cleared goes with them.
    await page.goto('/discover?type=bond&status=failed');
    await page.getByRole('heading', { name: 'No campaigns match' }).waitFor();
    await page.getByLabel('Search campaigns').fill('van');
    await page.getByRole('button', { name: 'Clear filters' }).click();
    await count(page).getByText(`${LISTED} campaigns`).waitFor();
    expect(await page.getByLabel('Search campaigns').inputValue()).toBe('');
    await page.waitForTimeout(600);
    expect(page.url()).toMatch(/\/discover$/);
  });

  it('searches as the visitor types, with the search in a shareable link that survives going back', async () => {
    const { page } = session;
    await page.goto('/discover');
    await page.getByLabel('Search campaigns').fill('cider');
    await page.waitForURL('**/discover?q=cider');
    await count(page).getByText('1 campaign').waitFor();
    await card(page, 'Solstice cider press').getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Solstice cider press' }).waitFor();
    await page.goBack();
    await count(page).getByText('1 campaign').waitFor();
    expect(await page.getByLabel('Search campaigns').inputValue()).toBe('cider');
  });

  it('filters bonds and sorts them by interest rate, which only bonds offer', async () => {
    const { page } = session;
    await page.goto('/discover');
    const sort = page.getByRole('combobox', { name: 'Sort by' });
    await sort.click();
    await page.getByRole('option', { name: 'Newest' }).waitFor();
    expect(await page.getByRole('option', { name: 'Interest rate' }).count()).toBe(0);
    await page.keyboard.press('Escape');

    await chooseType(page, 'Bond');
    await page.waitForURL('**/discover?type=bond');
    await count(page).getByText('2 campaigns').waitFor();
    await sort.click();
    await page.getByRole('option', { name: 'Interest rate' }).click();
    await page.waitForURL('**/discover?type=bond&sort=rate');
    await page.waitForFunction(
      () => document.querySelector('article h3')?.textContent === 'Delivery van bond',
      undefined,
      { timeout: 10_000 },
    );
    const titles = await cards(page).locator('h3').allInnerTexts();
    expect(titles).toEqual(['Delivery van bond', 'Workshop expansion bond']);
    await saveScreenshot(page, 'discover-bonds-by-rate');

    // Leaving bonds leaves the rate sort too.
    await chooseType(page, 'Reward');
    await page.waitForURL('**/discover?type=reward');
    await count(page).getByText('11 campaigns').waitFor();
    expect(await sort.inputValue()).toBe('Newest');
  });

  it('finds a bond through search and a filter, and opens its terms, schedule and risk grade', async () => {
    const { page } = session;
    await page.goto('/discover');
    await chooseType(page, 'Bond');
    await page.getByLabel('Search campaigns').fill('van');
    await page.waitForURL('**/discover?q=van&type=bond');
    await count(page).getByText('1 campaign').waitFor();
    await card(page, 'Delivery van bond').getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Delivery van bond' }).waitFor();
    await page
      .getByText('Lend in units of $100 at 8.00% a year for 12 months. You receive the interest monthly', {
        exact: false,
      })
      .waitFor();
    expect(await page.getByTestId('repayment-schedule').locator('tbody tr').count()).toBe(12);
    await page
      .getByTestId('risk-panel')
      .getByLabel(/Risk grade [A-E]/)
      .waitFor();
  });

  it('finds the share offering by its type and opens its ownership calculator', async () => {
    const { page } = session;
    await page.goto('/discover?type=shareholding');
    await count(page).getByText('1 campaign').waitFor();
    await card(page, 'Community shares in the mill').getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: 'Community shares in the mill' }).waitFor();
    await page.getByLabel('Shares to buy').fill('40000');
    await page.getByTestId('share-ownership').getByText('9.09%').waitFor();
  });

  it('says so when the status filter finds nothing', async () => {
    const { page } = session;
    await page.goto('/discover');
    await page.getByRole('combobox', { name: 'Status' }).click();
    await page.getByRole('option', { name: 'Funded' }).click();
    await page.waitForURL('**/discover?status=succeeded');
    await page.getByRole('heading', { name: 'No campaigns match' }).waitFor();
    await saveScreenshot(page, 'discover-no-match');
  });
});

describeInBrowser('discovering campaigns on a phone', () => {
  let own: OwnApi;
  let session: BrowserSession;

  beforeAll(async () => {
    own = await startOwnApi();
    session = await openBrowser({ viewport: { width: 390, height: 844 } });
    const founder = await aFounder(own.baseUrl);
    const reviewer = await aReviewer(own);
    const { id: companyId } = await aCompany(founder.api);
    await aPublishedCampaign(
      founder.api,
      reviewer,
      companyId,
      aBondSeed('Delivery van bond', 'Lend to the bakery for an electric van.', 800, {
        cover: await coverPicture(session.browser, 'Delivery van', 200),
      }),
    );
    await aPublishedCampaign(
      founder.api,
      reviewer,
      companyId,
      aRewardSeed('Solstice cider press', 'Press our own apples instead of selling them cheap.'),
    );
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await own?.stop();
  });

  it('stacks the filters and the cards in one column without overflowing', async () => {
    const { page } = session;
    await page.goto('/discover');
    await count(page).getByText('2 campaigns').waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await saveScreenshot(page, 'discover-mobile');
  });
});
