import type { Page as PageOfCampaigns } from '@crowdstake/domain';
import type { Page } from 'playwright-core';
import type { ListedCampaign } from '../src/features/campaigns/listed-campaign';
import { type BrowserSession, describeInBrowser, openBrowser, saveScreenshot } from './support/browser';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Listing items as the API shapes them; only the fields the cards read. */
function listing(now: number): PageOfCampaigns<ListedCampaign> {
  const base = { status: 'live', coverImageUrl: null } as const;
  const items: ListedCampaign[] = [
    {
      ...base,
      id: 'c-bakery',
      type: 'reward',
      title: 'Second oven for the Riverside Bakery',
      summary: 'Double our morning bake so the neighbourhood never finds the shelves empty again.',
      currency: 'USD',
      goal: 2_000_000,
      raised: 1_234_567,
      backers: 128,
      endsAt: new Date(now + 12 * DAY_MS + 3_600_000).toISOString(),
      risk: { grade: 'A', score: 86 },
    },
    {
      ...base,
      id: 'c-solar',
      type: 'bond',
      title: 'Solar roof for a family print shop',
      summary: 'A five-year bond at 6% a year, repaid monthly from the savings on our power bill.',
      currency: 'EUR',
      goal: 5_000_000,
      raised: 1_000_000,
      backers: 1,
      endsAt: new Date(now + 5 * 3_600_000).toISOString(),
      risk: { grade: 'C', score: 55 },
    },
    {
      ...base,
      id: 'c-ramen',
      type: 'shareholding',
      status: 'succeeded',
      title: 'Own a share of Tanaka Ramen',
      summary: 'Our third shop, opened with our regulars as shareholders.',
      currency: 'JPY',
      goal: 3_000_000,
      raised: 3_600_000,
      backers: 214,
      endsAt: new Date(now - DAY_MS).toISOString(),
      risk: { grade: 'D', score: 40 },
    },
  ];
  return { items, total: items.length, page: 1, pageSize: 6 };
}

/** The listing answered by a fixture: until campaigns can go live through the API, the cards are checked this way. */
async function serveListing(page: Page): Promise<void> {
  await page.route('**/api/campaigns?*', (route) => route.fulfill({ json: listing(Date.now()) }));
}

const card = (page: Page, title: string) => page.getByRole('article', { name: title });

describeInBrowser('the campaign listing', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
    await serveListing(session.page);
  });

  afterAll(async () => {
    await session?.close();
  });

  it('shows each campaign as a card with its money in whole minor units, progress, risk and time left', async () => {
    const { page } = session;
    await page.goto('/discover');
    const bakery = card(page, 'Second oven for the Riverside Bakery');
    await bakery.waitFor();
    expect(await bakery.innerText()).toEqual(expect.stringContaining('$12,345.67'));
    expect(await bakery.innerText()).toEqual(expect.stringContaining('raised of $20,000.00 goal'));
    expect(await bakery.innerText()).toEqual(expect.stringContaining('61% funded'));
    expect(await bakery.innerText()).toEqual(expect.stringContaining('128 backers'));
    expect(await bakery.innerText()).toEqual(expect.stringContaining('12 days left'));
    await bakery.getByRole('progressbar', { name: 'Funding progress' }).waitFor();
    await bakery.getByLabel('Risk grade A (A is the safest, E the riskiest)').waitFor();

    const solar = await card(page, 'Solar roof for a family print shop').innerText();
    expect(solar).toEqual(expect.stringContaining('€10,000.00'));
    expect(solar).toEqual(expect.stringContaining('1 backer'));
    expect(solar).toEqual(expect.stringContaining('Ends today'));

    const ramen = await card(page, 'Own a share of Tanaka Ramen').innerText();
    expect(ramen).toEqual(expect.stringContaining('¥3,600,000'));
    expect(ramen).toEqual(expect.stringContaining('120% funded'));
    expect(ramen).toEqual(expect.stringContaining('Ended'));
    // Badges are upper-cased by CSS, so look for the words rather than the rendered text.
    await card(page, 'Own a share of Tanaka Ramen').getByText('Funded', { exact: true }).waitFor();
    await card(page, 'Own a share of Tanaka Ramen').getByText('Shares', { exact: true }).waitFor();
    await saveScreenshot(page, 'discover-with-campaigns');
  });

  it('formats amounts in the reader’s language', async () => {
    const { page } = session;
    await page.getByRole('button', { name: /Change language/ }).click();
    await page.getByRole('menuitem', { name: '中文（简体）' }).click();
    const bakery = card(page, 'Second oven for the Riverside Bakery');
    await bakery.getByText('已完成 61%').waitFor();
    expect(await bakery.innerText()).toEqual(expect.stringContaining('US$12,345.67'));
    expect(await bakery.innerText()).toEqual(expect.stringContaining('剩余 12 天'));
  });

  it('opens a campaign from anywhere on its card', async () => {
    const { page } = session;
    await card(page, 'Second oven for the Riverside Bakery').getByRole('link').click();
    await page.waitForURL('**/campaigns/c-bakery');
  });
});
