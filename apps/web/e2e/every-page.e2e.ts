import type { CampaignView } from '@crowdstake/domain';
import type { BrowserContext, Page } from 'playwright-core';
import { type BrowserSession, describeInBrowser, openBrowser, saveScreenshot } from './support/browser';
import { guardConsole, seriousA11yViolations, type ConsoleGuard } from './support/page-health';
import {
  aBondSeed,
  aCompany,
  aDraft,
  ApiCaller,
  aRewardSeed,
  aShareSeed,
  coverPicture,
  type OwnApi,
  publish,
  startOwnApi,
  uniqueSeedEmail,
} from './support/public-campaigns';
import { createReviewer } from './support/staff-accounts';

/**
 * Every page of the web, as the role that uses it, in both languages, on a desktop (1280 px) and
 * a phone (375 px): axe-core finds no serious or critical violation, the page logs no console
 * error, and a screenshot (name-lang-width.png under e2e/screenshots) is kept for people to look at.
 * One browser; one context and page per role and language, resized rather than reopened.
 */

type Role = 'visitor' | 'backer' | 'founder' | 'reviewer';
const LANGUAGES = ['en', 'zh-CN'] as const;
type Language = (typeof LANGUAGES)[number];
const WIDTHS = [
  { width: 1280, height: 800 },
  { width: 375, height: 812 },
] as const;
const PASSWORD = 'every page passphrase 11';

interface Visit {
  name: string;
  role: Role;
  path: () => string;
  /** Console errors this page causes on purpose, e.g. the 404 of a page that does not exist. */
  allowedConsole?: RegExp[];
  /** Also keep the first screen in English on a desktop (name-readme.png), the picture the README shows. */
  readme?: true;
}

describeInBrowser('every page, in both languages, on a desktop and a phone', () => {
  let own: OwnApi;
  let session: BrowserSession;
  const accounts: Partial<Record<Role, { email: string; password: string }>> = {};
  const campaigns: Record<'reward' | 'bond' | 'shares' | 'submitted' | 'draft', CampaignView> = {} as never;
  let companyId = '';
  const tabs = new Map<string, { context: BrowserContext; page: Page; guard: ConsoleGuard }>();

  async function register(role: 'backer' | 'founder', name: string): Promise<ApiCaller> {
    const email = uniqueSeedEmail(role);
    const anonymous = new ApiCaller(own.baseUrl);
    await anonymous.call('POST', '/api/auth/register', { email, password: PASSWORD, name, role });
    accounts[role] = { email, password: PASSWORD };
    return anonymous.signIn(email, PASSWORD);
  }

  beforeAll(async () => {
    own = await startOwnApi();
    session = await openBrowser();
    const founder = await register('founder', 'Ada Baker');
    await register('backer', 'Bea Backer');
    const reviewerAccount = await createReviewer(own.api, 'Rui Reviewer');
    accounts.reviewer = reviewerAccount;
    const reviewer = await new ApiCaller(own.baseUrl).signIn(reviewerAccount.email, reviewerAccount.password);

    const company = await aCompany(founder);
    companyId = company.id;
    const cover = await coverPicture(session.browser, 'Riverside Bakery', 30);
    const draftAndPublish = async (seed: Parameters<typeof aDraft>[2]) =>
      publish(founder, reviewer, (await aDraft(founder, company.id, seed)).id);
    campaigns.reward = await draftAndPublish(
      aRewardSeed('A second oven for the Riverside Bakery', 'Double our morning bake.', { cover }),
    );
    campaigns.bond = await draftAndPublish({
      ...aBondSeed('Solar roof for a family print shop', 'A two-year bond repaid monthly.', 650),
      terms: { annualRateBps: 650, termMonths: 24, repayment: 'amortizing', denomination: 10_000, minUnits: 1 },
      cover: await coverPicture(session.browser, 'Print shop solar', 190),
    });
    campaigns.shares = await draftAndPublish(aShareSeed('Own a share of Tanaka Ramen', 'Our third shop.'));
    const submitted = await aDraft(
      founder,
      company.id,
      aBondSeed('Delivery drones for farm medicine', 'Ten drones, repaid over two years.', 1_200),
    );
    await founder.call('POST', `/api/campaigns/${submitted.id}/submit`);
    campaigns.submitted = submitted;
    campaigns.draft = await aDraft(
      founder,
      company.id,
      aBondSeed('Cold room for the orchard co-op', 'Keep the harvest fresh until spring.', 800),
    );
  }, 240_000);

  afterAll(async () => {
    await session?.close();
    await own?.stop();
  });

  /** The page of a role in a language, signed in once (the session cookie lives in the context). */
  async function tab(role: Role, language: Language) {
    const key = `${role}-${language}`;
    const existing = tabs.get(key);
    if (existing) return existing;
    const context = await session.browser.newContext({
      baseURL: own.baseUrl,
      viewport: WIDTHS[0],
      locale: language === 'en' ? 'en-US' : 'zh-CN',
      reducedMotion: 'reduce',
    });
    await context.addInitScript((code) => window.localStorage.setItem('crowdstake.language', code), language);
    const account = accounts[role as Exclude<Role, 'visitor'>];
    if (role !== 'visitor' && account) {
      const { email, password } = account;
      const response = await context.request.post('/api/auth/login', { data: { email, password } });
      if (!response.ok()) throw new Error(`Signing in the ${role} answered ${response.status()}`);
    }
    const page = await context.newPage();
    page.setDefaultTimeout(15_000);
    const created = { context, page, guard: guardConsole(page) };
    tabs.set(key, created);
    return created;
  }

  /** Loaded: the network is quiet, a level-1 heading shows and nothing is still loading. */
  async function settle(page: Page): Promise<void> {
    await page.locator('h1').first().waitFor({ state: 'visible' });
    await page.waitForLoadState('networkidle');
    await page.waitForFunction(
      () => document.querySelectorAll('[aria-busy="true"], .mantine-Loader-root, .mantine-Skeleton-root').length === 0,
    );
    await page.evaluate(() => document.fonts.ready);
  }

  /** The elements that stick out past the right edge of the screen, where no ancestor clips them. */
  async function widest(page: Page): Promise<string> {
    return page.evaluate(() => {
      const clipped = (element: Element) => {
        for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) {
          if (getComputedStyle(parent).overflowX !== 'visible') return true;
        }
        return false;
      };
      return Array.from(document.body.querySelectorAll('*'))
        .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1 && !clipped(element))
        .slice(-3)
        .map((element) => `<${element.tagName.toLowerCase()} class="${element.getAttribute('class') ?? ''}">`)
        .join(', ');
    });
  }

  const wizardStep = (step: string) => () => `/founder/campaigns/${campaigns.draft.id}?step=${step}`;
  const VISITS: Visit[] = [
    { name: 'home', role: 'visitor', path: () => '/' },
    { name: 'discover', role: 'visitor', path: () => '/discover' },
    { name: 'how-it-works', role: 'visitor', path: () => '/how-it-works' },
    { name: 'sign-in', role: 'visitor', path: () => '/sign-in' },
    { name: 'sign-up', role: 'visitor', path: () => '/sign-up' },
    { name: 'forgot-password', role: 'visitor', path: () => '/forgot-password' },
    { name: 'reset-password', role: 'visitor', path: () => '/reset-password?token=not-a-real-token' },
    { name: 'terms', role: 'visitor', path: () => '/terms' },
    { name: 'privacy', role: 'visitor', path: () => '/privacy' },
    { name: 'contact', role: 'visitor', path: () => '/contact' },
    { name: 'campaign-reward', role: 'visitor', path: () => `/campaigns/${campaigns.reward.id}` },
    { name: 'campaign-bond', role: 'visitor', path: () => `/campaigns/${campaigns.bond.id}`, readme: true },
    { name: 'campaign-shares', role: 'visitor', path: () => `/campaigns/${campaigns.shares.id}` },
    {
      name: 'not-found',
      role: 'visitor',
      path: () => '/no-such-page',
    },
    {
      name: 'campaign-missing',
      role: 'visitor',
      path: () => '/campaigns/00000000-0000-4000-8000-000000000000',
      allowedConsole: [/status of 404 .*\/api\/campaigns\//],
    },
    { name: 'pledge-reward', role: 'backer', path: () => `/campaigns/${campaigns.reward.id}/pledge` },
    { name: 'pledge-bond', role: 'backer', path: () => `/campaigns/${campaigns.bond.id}/pledge` },
    { name: 'pledge-shares', role: 'backer', path: () => `/campaigns/${campaigns.shares.id}/pledge` },
    { name: 'my-pledges', role: 'backer', path: () => '/me/pledges' },
    { name: 'investor-profile', role: 'backer', path: () => '/me/investor-profile' },
    { name: 'founder-dashboard', role: 'founder', path: () => '/founder' },
    { name: 'company-new', role: 'founder', path: () => '/founder/companies/new' },
    { name: 'company', role: 'founder', path: () => `/founder/companies/${companyId}` },
    { name: 'wizard-new', role: 'founder', path: () => '/founder/campaigns/new' },
    { name: 'wizard-basics', role: 'founder', path: wizardStep('basics') },
    { name: 'wizard-funding', role: 'founder', path: wizardStep('funding') },
    { name: 'wizard-terms', role: 'founder', path: wizardStep('terms') },
    { name: 'wizard-story', role: 'founder', path: wizardStep('story') },
    { name: 'wizard-preview', role: 'founder', path: wizardStep('preview') },
    { name: 'wizard-submit', role: 'founder', path: wizardStep('submit') },
    { name: 'review-queue', role: 'reviewer', path: () => '/review' },
    {
      name: 'review-workspace',
      role: 'reviewer',
      path: () => `/review/campaigns/${campaigns.submitted.id}`,
      readme: true,
    },
  ];

  it.each(VISITS.map((visit) => [visit.name, visit] as const))(
    '%s',
    async (_name, visit) => {
      const problems: string[] = [];
      for (const language of LANGUAGES) {
        const { page, guard } = await tab(visit.role, language);
        await page.setViewportSize(WIDTHS[0]);
        await page.goto(visit.path());
        for (const viewport of WIDTHS) {
          const label = `${visit.name} ${language} ${viewport.width}px`;
          await page.setViewportSize(viewport);
          await settle(page);
          await saveScreenshot(page, `${visit.name}-${language}-${viewport.width}`);
          if (visit.readme && language === 'en' && viewport.width === 1280) {
            await saveScreenshot(page, `${visit.name}-readme`, { fullPage: false });
          }
          const violations = await seriousA11yViolations(page);
          if (violations.length > 0) problems.push(`${label}: axe\n    ${violations.join('\n    ')}`);
          try {
            guard.expectNone(label, visit.allowedConsole);
          } catch (error) {
            problems.push((error as Error).message);
          }
          if ((await page.evaluate(() => document.documentElement.lang)) !== language) {
            problems.push(`${label}: <html lang> is not ${language}`);
          }
          const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
          if (overflow > 0) {
            problems.push(`${label}: the page is ${overflow}px wider than the screen, by ${await widest(page)}`);
          }
        }
      }
      if (problems.length > 0) throw new Error(problems.join('\n'));
    },
    120_000,
  );
});
