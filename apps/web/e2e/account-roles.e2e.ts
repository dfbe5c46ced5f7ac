import { field } from './support/forms';
import {
  type BrowserSession,
  describeInBrowser,
  openBrowser,
  registerThroughApi,
  saveScreenshot,
  uniqueEmail,
} from './support/browser';

const PASSWORD = 'quiet harbour lanterns 7';

describeInBrowser('a backer who starts a business', () => {
  const email = uniqueEmail('maker');
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
    await registerThroughApi({ email, password: PASSWORD, name: 'Mae Jemison', role: 'backer' });
  }, 180_000);

  afterAll(async () => {
    await session?.close();
  });

  it('adds founding to the same account and keeps backing', async () => {
    const { page } = session;
    await page.goto(`/sign-in?email=${encodeURIComponent(email)}&next=${encodeURIComponent('/founder')}`);
    await field(page, 'Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { name: 'This area is for founders' }).waitFor();
    await saveScreenshot(page, 'add-founding');
    await page.getByRole('button', { name: 'Raise funds with this account' }).click();
    // The dashboard opens in place, and the header now offers both sides of the account.
    await page.getByRole('heading', { name: 'This area is for founders' }).waitFor({ state: 'detached' });
    const nav = page.getByRole('banner');
    await nav.getByRole('link', { name: 'My campaigns' }).waitFor();
    await nav.getByRole('link', { name: 'My pledges' }).waitFor();
    await page.goto('/me/pledges');
    // The backer's page itself, not the notice that it is for backers.
    await page.getByRole('heading', { level: 1, name: 'My pledges' }).waitFor();
    expect(await page.getByRole('heading', { name: 'This page is for backers' }).count()).toBe(0);
    const me = await page.evaluate(() => fetch('/api/me').then((response) => response.json()));
    expect(me.roles).toEqual(['backer', 'founder']);
  });
});
