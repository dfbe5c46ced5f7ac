import { type BrowserSession, describeInBrowser, openBrowser, saveScreenshot } from './support/browser';

describeInBrowser('a visitor', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
  });

  afterAll(async () => {
    await session?.close();
  });

  it('learns what Crowdstake is and sees that no campaign is live yet', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: /Back the businesses you believe in/ }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: 'Discover' }).waitFor();
    await page.getByRole('heading', { name: 'No live campaigns yet' }).waitFor();
    expect(await page.title()).toContain('Crowdstake');
    await saveScreenshot(page, 'home');
  });

  it('switches the language to Chinese, and it stays after a reload', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByRole('button', { name: /Change language/ }).click();
    await page.getByRole('menuitem', { name: '中文（简体）' }).click();

    await page.getByRole('heading', { level: 1, name: '支持您信任的企业，先看清风险。' }).waitFor();
    await page.getByRole('heading', { name: '暂时还没有正在筹款的项目' }).waitFor();
    await page.getByRole('banner').getByRole('link', { name: '发现项目' }).waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
    await saveScreenshot(page, 'home-zh-CN');

    await page.reload();
    await page.getByRole('heading', { level: 1, name: '支持您信任的企业，先看清风险。' }).waitFor();
    await page.getByRole('link', { name: '登录' }).first().click();
    await page.getByRole('heading', { name: '欢迎回来' }).waitFor();
    await saveScreenshot(page, 'sign-in-zh-CN');

    await page.getByRole('button', { name: /切换语言/ }).click();
    await page.getByRole('menuitem', { name: 'English' }).click();
    await page.getByRole('heading', { name: 'Welcome back' }).waitFor();
  });

  it('opens the language menu from the keyboard, its code loading on the way, and gives the focus back', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByRole('heading', { level: 1, name: /Back the businesses you believe in/ }).waitFor();
    const button = page.getByRole('button', { name: /Change language/ });
    // The menu's module is not part of the page until someone reaches for it (deferred-menu.tsx).
    const menuModule = page.waitForResponse((response) => /\/assets\/language-menu-[\w-]+\.js$/.test(response.url()));
    await button.focus();
    await page.keyboard.press('Enter');
    await menuModule;
    await page.getByRole('menuitem', { name: '中文（简体）' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'hidden' });
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/^Change language/);
  });

  it('keeps the page when a menu cannot be fetched (a new release, a lost connection), and reloads it on the next press', async () => {
    const { page } = session;
    const menuChunk = /\/assets\/language-menu-[\w-]+\.js$/;
    await page.route(menuChunk, (route) => route.abort());
    try {
      await page.goto('/');
      const heading = page.getByRole('heading', { level: 1, name: /Back the businesses you believe in/ });
      await heading.waitFor();
      const button = page.getByRole('button', { name: /Change language/ });
      await Promise.all([
        page.waitForEvent('requestfailed', (request) => menuChunk.test(request.url())),
        button.click(),
      ]);
      // The menu's code failed to arrive: the page stands, its button (no longer busy loading the
      // menu) now offers the new release.
      await button.and(page.locator(':not([aria-busy="true"])')).waitFor();
      await heading.waitFor();
      expect(await page.getByRole('menu').count()).toBe(0);
      await page.unroute(menuChunk);
      await Promise.all([page.waitForEvent('load'), button.click()]);
      await heading.waitFor();
      await button.click();
      await page.getByRole('menuitem', { name: '中文（简体）' }).waitFor();
      await page.keyboard.press('Escape');
    } finally {
      await page.unroute(menuChunk);
    }
  });

  it('reads how it works and the discover page', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByRole('banner').getByRole('link', { name: 'How it works' }).click();
    await page.getByRole('heading', { level: 1, name: 'How Crowdstake works' }).waitFor();
    await saveScreenshot(page, 'how-it-works');

    await page.getByRole('banner').getByRole('link', { name: 'Discover' }).click();
    await page.getByRole('heading', { name: 'Discover campaigns' }).waitFor();
    await page.getByRole('heading', { name: 'No live campaigns yet' }).waitFor();
    await saveScreenshot(page, 'discover');
  });

  it('is told plainly when a page does not exist', async () => {
    const { page } = session;
    const response = await page.goto('/no-such-page');
    expect(response?.status()).toBe(200); // the SPA fallback; the page itself says "not found"
    await page.getByRole('heading', { level: 1, name: 'We could not find that page' }).waitFor();
    await saveScreenshot(page, 'not-found');
    await page.getByRole('link', { name: 'Back to the home page' }).click();
    await page.getByRole('heading', { level: 1, name: /Back the businesses you believe in/ }).waitFor();
  });
});

describeInBrowser('a visitor on a phone', () => {
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser({ viewport: { width: 390, height: 844 } });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('finds the navigation and the sign-in buttons in the menu', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await saveScreenshot(page, 'home-mobile');

    await page.getByRole('button', { name: 'Open menu' }).click();
    const menu = page.getByRole('dialog');
    await menu.getByRole('link', { name: 'How it works' }).waitFor();
    await menu.getByRole('link', { name: 'Sign up' }).waitFor();
    await saveScreenshot(page, 'mobile-menu', { fullPage: false });

    await menu.getByRole('link', { name: 'How it works' }).click();
    await page.getByRole('heading', { level: 1, name: 'How Crowdstake works' }).waitFor();
    await menu.waitFor({ state: 'hidden' });
  });
});
