import type { Page } from 'playwright-core';
import { expectFieldError, field } from './support/forms';
import {
  type BrowserSession,
  describeInBrowser,
  openBrowser,
  registerThroughApi,
  saveScreenshot,
  uniqueEmail,
} from './support/browser';
import { baseUrl } from './support/environment';

const OLD_PASSWORD = 'quiet harbour lanterns 7';
const NEW_PASSWORD = 'copper kettles whistle at dawn';

/** The reset link from the local mailbox, which the offline default keeps instead of sending. */
async function resetLinkFor(email: string): Promise<string> {
  const deadline = Date.now() + 15_000;
  while (Date.now() < deadline) {
    const response = await fetch(`${baseUrl()}/api/dev/mailbox?to=${encodeURIComponent(email)}`);
    const { items } = (await response.json()) as { items: Array<{ text: string }> };
    const link = items[0] && /https?:\/\/\S+\/reset-password\?token=[\w-]+/.exec(items[0].text)?.[0];
    if (link) return link;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  throw new Error(`no reset mail reached ${email}`);
}

const accountMenu = (page: Page, name: string) => page.getByRole('button', { name: `Account menu: ${name}` });

describeInBrowser('a founder who forgot their password', () => {
  const name = 'Grace Hopper';
  const email = uniqueEmail('grace');
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
    await registerThroughApi({ email, password: OLD_PASSWORD, name, role: 'founder' });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('asks for a link from the sign-in page, sets a new password from the mail, and lands on the dashboard', async () => {
    const { page } = session;
    await page.goto('/sign-in');
    await field(page, 'Email').fill(email);
    await page.getByRole('link', { name: 'Forgot your password?' }).click();
    await page.getByRole('heading', { name: 'Reset your password' }).waitFor();
    // The address typed on the sign-in page comes along.
    expect(await field(page, 'Email').inputValue()).toBe(email);
    await page.getByRole('button', { name: 'Send the link' }).click();
    await page.getByText(`If an account exists for ${email}`).waitFor();
    await saveScreenshot(page, 'password-reset-requested');

    const link = new URL(await resetLinkFor(email));
    await page.goto(`${link.pathname}${link.search}`);
    await page.getByRole('heading', { name: 'Choose a new password' }).waitFor();
    await field(page, 'New password').fill('short');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await expectFieldError(page, 'New password', 'Use at least 10 characters.');
    await field(page, 'New password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText('Your password is changed').waitFor();
    await saveScreenshot(page, 'password-reset-done');

    // The same link a second time is spent, and says what to do.
    await page.goto(`${link.pathname}${link.search}`);
    await field(page, 'New password').fill('another fine passphrase');
    await page.getByRole('button', { name: 'Set the new password' }).click();
    await page.getByText('This link is used or expired.').waitFor();
    await page.getByRole('link', { name: 'Ask for a new link' }).waitFor();

    await page.goto(`/sign-in?email=${encodeURIComponent(email)}`);
    await field(page, 'Password').fill(NEW_PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await accountMenu(page, name).waitFor();
    // A founder signing in with nowhere else to go lands on their own dashboard.
    await page.waitForURL((url) => url.pathname === '/founder');
  });

  it('reads the reset pages in Chinese', async () => {
    const { page } = session;
    const zh = await session.browser.newPage({ baseURL: baseUrl(), locale: 'zh-CN' });
    try {
      await zh.goto('/forgot-password');
      await zh.getByRole('heading', { name: '重置密码' }).waitFor();
      await zh.goto('/reset-password');
      await zh.getByText('此页面需从重置邮件中的链接打开').waitFor();
      await saveScreenshot(zh, 'password-reset-missing-token-zh-CN');
    } finally {
      await zh.close();
    }
    expect(page.isClosed()).toBe(false);
  });
});
