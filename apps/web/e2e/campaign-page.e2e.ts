import { bondScheduleForUnits, type CampaignView, formatMoney, utcDateOf } from '@crowdstake/domain';
import type { Page } from 'playwright-core';
import { type BrowserSession, describeInBrowser, openBrowser, saveScreenshot } from './support/browser';
import {
  aCompany,
  aDraft,
  aFounder,
  aReviewer,
  coverPicture,
  deliveryMonthAfter,
  type OwnApi,
  publish,
  startOwnApi,
} from './support/public-campaigns';

// As the page writes amounts: whole ones without needless cents.
const usd = (amountMinor: number) => formatMoney(amountMinor, 'USD', 'en', { cents: 'when-needed' });
/** A table's columns: this schedule has cents, so every amount in it shows them ("$4.00" over "$3.94"). */
const usdColumn = (amountMinor: number) => formatMoney(amountMinor, 'USD', 'en', { cents: 'always' });

const REWARD = { startsInDays: -1, runsForDays: 30 };
const BOND_TERMS = { annualRateBps: 650, termMonths: 24, repayment: 'amortizing', denomination: 10_000, minUnits: 2 };
const SHARE_TERMS = {
  shareClass: 'Common',
  pricePerShare: 500,
  preMoneyValuation: 200_000_000,
  sharesOffered: 40_000,
  minShares: 10,
};

async function openCampaign(page: Page, campaign: CampaignView): Promise<void> {
  await page.goto(`/campaigns/${campaign.id}`);
  await page.getByRole('heading', { level: 1, name: campaign.title }).waitFor();
}

describeInBrowser('a campaign page', () => {
  let own: OwnApi;
  let session: BrowserSession;
  const campaigns: Record<'reward' | 'bond' | 'shares' | 'comingSoon' | 'draft', CampaignView> = {} as never;

  beforeAll(async () => {
    own = await startOwnApi();
    session = await openBrowser();
    const founder = await aFounder(own.baseUrl);
    const reviewer = await aReviewer(own);
    const company = await aCompany(founder.api);
    const reward = await aDraft(founder.api, company.id, {
      type: 'reward',
      title: 'A second oven for the Riverside Bakery',
      summary: 'Double our morning bake so the neighbourhood never finds the shelves empty again.',
      ...REWARD,
      goal: 2_000_000,
      maxAmount: 4_000_000,
      terms: {
        tiers: [
          {
            title: 'A loaf a week',
            description: 'Fresh sourdough every Saturday for a month.',
            price: 2_500,
            quantity: 100,
            estimatedDelivery: deliveryMonthAfter(REWARD),
          },
          {
            title: 'Baking class',
            description: 'An evening with our bakers.',
            price: 9_000,
            estimatedDelivery: deliveryMonthAfter(REWARD),
          },
        ],
        allowDonations: true,
      },
      cover: await coverPicture(session.browser, 'Riverside Bakery', 30),
      storyPicture: await coverPicture(session.browser, 'Our ovens at 5 a.m.', 15),
    });
    const bond = await aDraft(founder.api, company.id, {
      type: 'bond',
      title: 'Solar roof for a family print shop',
      summary: 'A two-year bond at 6.5% a year, repaid monthly from the savings on our power bill.',
      startsInDays: -1,
      runsForDays: 40,
      goal: 5_000_000,
      maxAmount: 10_000_000,
      terms: BOND_TERMS,
      milestones: [
        {
          title: 'Panels installed',
          description: 'Paid to the installer.',
          shareBps: 7_000,
          dueInDaysAfterDeadline: 30,
        },
        { title: 'Grid connection', description: '', shareBps: 3_000, dueInDaysAfterDeadline: 60 },
      ],
      cover: await coverPicture(session.browser, 'Print shop solar', 190),
    });
    const shares = await aDraft(founder.api, company.id, {
      type: 'shareholding',
      title: 'Own a share of Tanaka Ramen',
      summary: 'Our third shop, opened with our regulars as shareholders.',
      startsInDays: -1,
      runsForDays: 45,
      goal: 5_000_000,
      terms: SHARE_TERMS,
    });
    const comingSoon = await aDraft(founder.api, company.id, {
      type: 'reward',
      title: 'Cider press for the orchard co-op',
      summary: 'Press our own apples instead of selling them cheap at harvest.',
      startsInDays: 3,
      runsForDays: 30,
      goal: 1_000_000,
      terms: { tiers: [], allowDonations: true },
      storyExtra:
        'Raw HTML stays text at most: <script>window.__storyScriptRan = true</script><img src="x" onerror="window.__storyScriptRan = true">',
    });
    const draft = await aDraft(founder.api, company.id, {
      type: 'reward',
      title: 'Secret draft of a bakery cafe',
      summary: 'Not ready for anyone to read, and never listed.',
      ...REWARD,
      goal: 1_000_000,
      terms: { tiers: [], allowDonations: true },
    });
    campaigns.reward = await publish(founder.api, reviewer, reward.id);
    campaigns.bond = await publish(founder.api, reviewer, bond.id);
    campaigns.shares = await publish(founder.api, reviewer, shares.id);
    campaigns.comingSoon = await publish(founder.api, reviewer, comingSoon.id);
    campaigns.draft = draft;
    expect([campaigns.reward.status, campaigns.bond.status, campaigns.shares.status]).toEqual(['live', 'live', 'live']);
    expect(campaigns.comingSoon.status).toBe('approved');
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await own?.stop();
  });

  it('shows a reward campaign: funding, tiers in plain words, risk factors, company and public documents', async () => {
    const { page } = session;
    await openCampaign(page, campaigns.reward);
    expect(await page.title()).toBe(`${campaigns.reward.title} · Crowdstake`);
    const funding = page.getByTestId('funding-box');
    expect(await funding.innerText()).toEqual(expect.stringContaining('$0'));
    expect(await funding.innerText()).toEqual(expect.stringContaining('raised of $20,000 goal'));
    expect(await funding.innerText()).toEqual(expect.stringContaining('Pledges stop at $40,000.'));
    expect(await funding.innerText()).toEqual(expect.stringContaining('0 backers'));
    expect(await funding.innerText()).toMatch(/(28|29) days left/);
    await funding.getByRole('progressbar', { name: 'Funding progress' }).waitFor({ state: 'attached' }); // 0% wide
    // A visitor is offered to sign in and come back to the pledge page.
    const pledgeLink = funding.getByRole('link', { name: 'Sign in to back this project' });
    expect(await pledgeLink.getAttribute('href')).toBe(
      `/sign-in?next=${encodeURIComponent(`/campaigns/${campaigns.reward.id}/pledge`)}`,
    );
    expect(await funding.getByRole('button').count()).toBe(0);

    const tiers = page.getByTestId('reward-tier');
    expect(await tiers.count()).toBe(2);
    const loaf = await tiers.first().innerText();
    expect(loaf).toContain('Pledge $25');
    expect(loaf).toContain('A loaf a week');
    expect(loaf).toMatch(/Estimated delivery \w+ \d{4}/);
    expect(loaf).toMatch(/100 of 100 left/i);
    expect(await tiers.nth(1).innerText()).toMatch(/no limit/i);
    await page.getByText('Or give any amount without a reward').waitFor();

    // The grade, its score, and the factors one click away.
    const risk = page.getByTestId('risk-panel');
    await risk.getByLabel(/Risk grade [A-E] \(A is the lowest risk, E the highest\)/).waitFor();
    expect(await risk.innerText()).toMatch(/Score \d+ of 100/);
    // Closed, the factors are in the page but hidden (Mantine keeps the panel mounted through
    // <Activity>, which runs on Preact's layer here: src/preact/react.ts).
    const whyThisGrade = risk.getByRole('button', { name: /Why this grade \(\d+ factors\)/ });
    const factor = risk.getByText('Founder identity verified');
    expect(await factor.isVisible()).toBe(false);
    await whyThisGrade.click();
    await factor.waitFor();
    expect(await risk.getByTestId('risk-factors').innerText()).toMatch(/20 of 20 points/);
    await whyThisGrade.click();
    await factor.waitFor({ state: 'hidden' });
    await whyThisGrade.click();
    await factor.waitFor();

    const company = await page.getByTestId('company-summary').innerText();
    expect(company).toContain('Harbour Bakery Ltd');
    expect(company).toContain('Food and beverage');
    expect(company).toContain('harbour-bakery.example');
    const documents = page.getByTestId('company-documents');
    await documents.getByRole('link', { name: 'Business licence' }).waitFor();
    await documents.getByRole('link', { name: 'Financial statements' }).waitFor();
    expect(await documents.innerText()).not.toContain('passport');

    // The story is Markdown: its image is the campaign's own upload; raw HTML never renders.
    const story = page.getByTestId('campaign-story');
    await story.getByRole('heading', { name: 'Why we are raising' }).waitFor();
    await story.getByRole('img', { name: 'The team at work' }).waitFor();
    await page.getByRole('heading', { name: 'Use of funds' }).waitFor();
    await page.getByRole('heading', { name: 'Risks and challenges' }).waitFor();
    await saveScreenshot(page, 'campaign-reward');
  });

  it('shows a bond: the terms in one sentence and the schedule for the units a backer picks, to the cent', async () => {
    const { page } = session;
    await openCampaign(page, campaigns.bond);
    const terms = page.getByTestId('bond-terms');
    await terms
      .getByText(
        'Lend in units of $100 at 6.50% a year for 24 months. You are repaid monthly in equal instalments of interest and principal (amortizing).',
      )
      .waitFor();
    await terms.getByText('The smallest loan is 2 units ($200).').waitFor();

    const anchor = utcDateOf(new Date(campaigns.bond.endsAt));
    const expectTable = async (units: number) => {
      const expected = bondScheduleForUnits(BOND_TERMS as never, units, anchor);
      const table = page.getByTestId('repayment-schedule');
      await table.getByText(`Repayment schedule for ${units} units (${usd(units * 10_000)})`).waitFor();
      const rows = table.locator('tbody tr');
      expect(await rows.count()).toBe(24);
      const first = expected[0]!;
      expect((await rows.first().innerText()).split('\t').map((cell) => cell.trim())).toEqual([
        '1',
        new Intl.DateTimeFormat('en', { dateStyle: 'medium', timeZone: 'UTC' }).format(
          new Date(`${first.dueOn}T00:00:00Z`),
        ),
        usdColumn(first.principal),
        usdColumn(first.interest),
        usdColumn(first.total),
      ]);
      const interest = expected.reduce((sum, instalment) => sum + instalment.interest, 0);
      const totals = (await table.locator('tfoot tr').innerText()).split('\t').map((cell) => cell.trim());
      expect(totals).toEqual([
        'Total',
        usdColumn(units * 10_000),
        usdColumn(interest),
        usdColumn(units * 10_000 + interest),
      ]);
      const cells = (await table.locator('tbody').innerText()) + (await table.locator('tfoot').innerText());
      const amounts = cells.match(/\$[\d,.]+/g) ?? [];
      expect(amounts.length).toBeGreaterThan(70);
      expect(amounts.filter((amount) => !/\.\d\d$/.test(amount))).toEqual([]);
      expect(await page.getByTestId('bond-total').innerText()).toBe(usd(units * 10_000 + interest));
    };
    await expectTable(2);
    await terms.getByLabel('Units to lend').fill('7');
    await expectTable(7);

    const milestones = await page.getByTestId('milestones').innerText();
    expect(milestones).toContain('Panels installed');
    expect(milestones).toContain('70.00% of the funds');
    await terms.getByLabel('Units to lend').fill('2');
    await saveScreenshot(page, 'campaign-bond');
    await saveScreenshot(page, 'campaign-bond-above-the-fold', { fullPage: false });
  });

  it('shows a share offering: valuations, the part offered, and shares turned into ownership', async () => {
    const { page } = session;
    await openCampaign(page, campaigns.shares);
    const terms = page.getByTestId('share-terms');
    await terms.getByText('Buy Common shares at $5 each (minimum 10 shares).').waitFor();
    const figures = await terms.innerText();
    expect(figures).toContain('$2,000,000'); // pre-money
    expect(figures).toContain('40,000 shares, $200,000 in all');
    expect(figures).toContain('$2,200,000'); // post-money
    expect(await terms.getByTestId('percent-offered').innerText()).toBe('9.09%'); // 200,000 ÷ 2,200,000

    // The minimum, 10 shares ($50), is 0.0023% of the company: less than a basis point, never "0.00%".
    expect(await terms.getByTestId('share-ownership').innerText()).toBe('less than 0.01%');
    await terms.getByLabel('Shares to buy').fill('4000');
    await terms.getByTestId('share-cost').getByText('$20,000').waitFor();
    expect(await terms.getByTestId('share-ownership').innerText()).toBe('0.91%'); // 20,000 ÷ 2,200,000
    await saveScreenshot(page, 'campaign-shares');
  });

  it('shows an approved campaign before its start as coming soon', async () => {
    const { page } = session;
    await openCampaign(page, campaigns.comingSoon);
    expect(await page.getByTestId('campaign-status').innerText()).toMatch(/coming soon/i);
    await page.getByText(/^Opens for pledges on /).waitFor();
    await page.getByText('This campaign has no reward tiers: you can give any amount to help the business.').waitFor();
    // The founder's story tried raw HTML: none of it becomes an element, none of it runs.
    const story = page.getByTestId('campaign-story');
    expect(await story.locator('script, img').count()).toBe(0);
    expect(await page.evaluate(() => (window as { __storyScriptRan?: boolean }).__storyScriptRan)).toBeUndefined();
    await saveScreenshot(page, 'campaign-coming-soon');
  });

  it('answers Not found for a draft, as for any campaign that is not public', async () => {
    const { page } = session;
    await page.goto(`/campaigns/${campaigns.draft.id}`);
    await page.getByRole('heading', { level: 1, name: 'We could not find that page' }).waitFor();
    await page.goto('/campaigns/00000000-0000-4000-8000-000000000000');
    await page.getByRole('heading', { level: 1, name: 'We could not find that page' }).waitFor();
  });

  it('reads in Chinese, amounts and dates included', async () => {
    const { page } = session;
    await openCampaign(page, campaigns.bond);
    await page.getByRole('button', { name: /Change language/ }).click();
    await page.getByRole('menuitem', { name: '中文（简体）' }).click();
    await page.getByText('以每份 US$100 出借，年利率 6.50%，期限 24 个月。', { exact: false }).waitFor();
    await page.getByRole('heading', { name: '您将获得什么' }).waitFor();
    await saveScreenshot(page, 'campaign-bond-zh-CN');
    await page.getByRole('button', { name: /切换语言/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
  });
});

describeInBrowser('a campaign page on a phone', () => {
  let own: OwnApi;
  let session: BrowserSession;
  let campaign: CampaignView;

  beforeAll(async () => {
    own = await startOwnApi();
    session = await openBrowser({ viewport: { width: 390, height: 844 } });
    const founder = await aFounder(own.baseUrl);
    const reviewer = await aReviewer(own);
    const company = await aCompany(founder.api);
    const draft = await aDraft(founder.api, company.id, {
      type: 'shareholding',
      title: 'Own a share of Tanaka Ramen',
      summary: 'Our third shop, opened with our regulars as shareholders.',
      startsInDays: -1,
      runsForDays: 45,
      goal: 5_000_000,
      terms: SHARE_TERMS,
      cover: await coverPicture(session.browser, 'Tanaka Ramen', 5),
    });
    campaign = await publish(founder.api, reviewer, draft.id);
  }, 120_000);

  afterAll(async () => {
    await session?.close();
    await own?.stop();
  });

  it('puts the money and the risk before the story, and nothing overflows the screen', async () => {
    const { page } = session;
    await openCampaign(page, campaign);
    const scrollWidth = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(scrollWidth).toBeLessThanOrEqual(390);
    const fundingTop = (await page.getByTestId('funding-box').boundingBox())?.y ?? 0;
    const storyTop = (await page.getByTestId('campaign-story').boundingBox())?.y ?? 0;
    expect(fundingTop).toBeLessThan(storyTop);
    await saveScreenshot(page, 'campaign-shares-mobile');
  });
});
