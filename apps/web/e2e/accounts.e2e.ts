import type { Page } from 'playwright-core';
import { acceptTerms, expectFieldError, field } from './support/forms';
import {
  type BrowserSession,
  describeInBrowser,
  openBrowser,
  registerThroughApi,
  saveScreenshot,
  uniqueEmail,
} from './support/browser';

const PASSWORD = 'quiet harbour lanterns 7';

/** The account menu button says whose account it is; its presence means "signed in". */
const accountMenu = (page: Page, name: string) => page.getByRole('button', { name: `Account menu: ${name}` });

/** By accessible name, which leaves out the required asterisk that the label's text includes. */

async function signOut(page: Page, name: string): Promise<void> {
  await accountMenu(page, name).click();
  await page.getByRole('menuitem', { name: 'Sign out', exact: true }).click();
  await page.getByText('You have signed out.').waitFor();
  await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).waitFor();
}

describeInBrowser('a new backer', () => {
  const name = 'Ada Lovelace';
  const email = uniqueEmail('ada');
  const takenEmail = uniqueEmail('taken');
  let session: BrowserSession;

  beforeAll(async () => {
    session = await openBrowser();
    await registerThroughApi({ email: takenEmail, password: PASSWORD, name: 'Someone Else', role: 'founder' });
  });

  afterAll(async () => {
    await session?.close();
  });

  it('is told beside each field what the shared rules refuse, before anything is sent', async () => {
    const { page } = session;
    await page.goto('/');
    await page.getByRole('banner').getByRole('link', { name: 'Sign up' }).click();
    await page.getByRole('heading', { name: 'Create your account' }).waitFor();

    await field(page, 'Full name').fill(name);
    await field(page, 'Email').fill('ada@');
    await field(page, 'Password').fill('short');
    expect(await page.getByTestId('password-strength').textContent()).toBe('Password strength: too short');
    await page.getByRole('radio', { name: 'Back campaigns' }).click();
    await acceptTerms(page);
    await page.getByRole('button', { name: 'Create account' }).click();

    await expectFieldError(page, 'Email', 'Enter a valid email address, like name@example.com.');
    await expectFieldError(page, 'Password', 'Use at least 10 characters.');
    await saveScreenshot(page, 'sign-up-client-errors');
  });

  it('sees the API refuse a common password and a taken email beside those fields', async () => {
    const { page } = session;
    await field(page, 'Email').fill(email);
    await field(page, 'Password').fill('1234567890');
    await page.getByRole('button', { name: 'Create account' }).click();
    await expectFieldError(page, 'Password', /too easy to guess/);

    await field(page, 'Email').fill(takenEmail);
    await field(page, 'Password').fill(PASSWORD);
    await page.getByTestId('password-strength').getByText('Password strength: strong', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Create account' }).click();
    await expectFieldError(
      page,
      'Email',
      'An account with this email already exists. Sign in instead, or use another email.',
    );
    await saveScreenshot(page, 'sign-up-server-errors');
  });

  it('is signed in as soon as the account is created', async () => {
    const { page } = session;
    await field(page, 'Email').fill(email);
    await page.getByRole('button', { name: 'Create account' }).click();

    await accountMenu(page, name).waitFor();
    await page.getByRole('heading', { level: 1, name: /Back the businesses you believe in/ }).waitFor();
    expect(new URL(page.url()).pathname).toBe('/');
    await accountMenu(page, name).getByText('Backer').waitFor(); // the role badge
    await accountMenu(page, name).click();
    await page.getByRole('menu').getByText(email).waitFor();
    await saveScreenshot(page, 'signed-in-account-menu', { fullPage: false });
    await page.keyboard.press('Escape');
    await page.getByRole('menu').waitFor({ state: 'hidden' });
  });

  it('signs out from the header menu', async () => {
    await signOut(session.page, name);
    // The session cookie is gone for real: the API no longer knows this browser.
    const me = await session.page.evaluate(() => fetch('/api/me').then((response) => response.status));
    expect(me).toBe(401);
  });

  it('signs in again (after one wrong password) and returns to the page they came from', async () => {
    const { page } = session;
    await page.goto('/how-it-works');
    await page.getByRole('banner').getByRole('link', { name: 'Sign in' }).click();
    await page.getByRole('heading', { name: 'Welcome back' }).waitFor();
    expect(new URL(page.url()).searchParams.get('next')).toBe('/how-it-works');

    await field(page, 'Email').fill(email);
    await field(page, 'Password').fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'The email or password is incorrect.' }).waitFor();
    await saveScreenshot(page, 'sign-in-wrong-password');

    await field(page, 'Password').fill(PASSWORD);
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await accountMenu(page, name).waitFor();
    await page.getByRole('heading', { level: 1, name: 'How Crowdstake works' }).waitFor();
    await saveScreenshot(page, 'signed-in-how-it-works');
  });

  it('signs out again', async () => {
    await signOut(session.page, name);
    await saveScreenshot(session.page, 'signed-out-home');
  });
});
