import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { bondScheduleForUnits, formatMoney } from '@crowdstake/domain';
import type { Page } from 'playwright-core';
import {
  type BrowserSession,
  describeInBrowser,
  openBrowser,
  registerThroughApi,
  saveScreenshot,
  uniqueEmail,
} from './support/browser';
import {
  continueTo,
  DAY_MS,
  dismissNotifications,
  expectFieldError,
  field,
  localInput,
  monthOf,
  pdfFile,
  pngFile,
  startCampaign,
  STORY,
  stepHeading,
  tomorrowMorning,
  writeStoryAndSubmit,
} from './founder-steps';
import { signIn } from './support/review-pages';
import { acceptTerms, waitForValue } from './support/forms';

/**
 * A founder from sign-up to three submitted campaigns, all through the UI on the real API:
 * the company profile and a document, then a reward campaign through every wizard step, a bond
 * (checking the repayment schedule it shows) and a share offering (checking the part of the
 * company offered); each is submitted and the dashboard shows them waiting with a risk grade.
 */

const PASSWORD = 'bright kettle orchard 42';
const NAME = 'Mei Tanaka';
const COMPANY = 'Riverside Bakery Ltd';

/** A screenshot of the page itself, without the toasts of what happened just before. */
async function shot(page: Page, name: string): Promise<void> {
  await dismissNotifications(page);
  await saveScreenshot(page, name);
}

describeInBrowser('a founder', () => {
  let session: BrowserSession;
  let page: Page;

  beforeAll(async () => {
    session = await openBrowser();
    page = session.page;
  });

  afterAll(async () => {
    await session?.close();
  });

  it('signs up as a founder and lands on an empty dashboard that leads to registering a company', async () => {
    await page.goto('/sign-up?role=founder&next=/founder');
    await field(page, 'Full name').fill(NAME);
    await field(page, 'Email').fill(uniqueEmail('founder'));
    await field(page, 'Password').fill(PASSWORD);
    await acceptTerms(page);
    await page.getByRole('button', { name: 'Create account' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your businesses and campaigns' }).waitFor();
    await page.getByTestId('founder-empty').waitFor();
    await shot(page, 'founder-dashboard-empty');
    await page.getByRole('link', { name: 'Register your company' }).click();
    await page.getByRole('heading', { level: 1, name: 'Register your company' }).waitFor();
  });

  it('is told beside each field what is missing or wrong, then registers the company', async () => {
    await field(page, 'Revenue last year').fill('12.345');
    await page.getByRole('button', { name: 'Register the company' }).click();
    await expectFieldError(page, 'Legal name', 'This field is required.');
    await field(page, 'Jurisdiction').fill('X');
    await page.getByRole('button', { name: 'Register the company' }).click();
    await expectFieldError(page, 'Jurisdiction', 'Use at least 2 characters.');
    await expectFieldError(page, 'Revenue last year', 'Amounts in USD have at most 2 decimal places.');
    await shot(page, 'founder-company-errors');

    await field(page, 'Legal name').fill(COMPANY);
    await field(page, 'Registration number').fill('RB-2019-0042');
    await field(page, 'Jurisdiction').fill('England and Wales');
    await page.getByLabel('Date founded').fill('2019-04-01');
    await page.getByRole('combobox', { name: 'Industry' }).click();
    await page.getByRole('option', { name: 'Food and beverage' }).click();
    await field(page, 'Website').fill('https://riverside-bakery.example');
    await field(page, 'Employees').fill('14');
    await field(page, 'Revenue last year').fill('420,000');
    await field(page, 'Debts outstanding').fill('35000.50');
    await field(page, 'Full legal name').fill(NAME);
    await page.getByLabel('Date of birth').fill('1986-09-12');
    await field(page, 'Nationality').fill('gb');
    await field(page, 'Passport or ID card number').fill('533401928');
    await page.getByRole('button', { name: 'Register the company' }).click();

    await page.getByRole('heading', { level: 1, name: COMPANY }).waitFor();
    expect(page.url()).toMatch(/\/founder\/companies\/[\w-]+$/);
    // The profile came back from the API with amounts converted exactly.
    expect(await field(page, 'Revenue last year').inputValue()).toBe('420000.00');
    expect(await field(page, 'Debts outstanding').inputValue()).toBe('35000.50');
    expect(await field(page, 'Nationality').inputValue()).toBe('GB');

    await field(page, 'Employees').fill('15');
    await page.getByRole('button', { name: 'Save the profile' }).click();
    await page.getByText('Profile saved.').waitFor();
    expect(await field(page, 'Employees').inputValue()).toBe('15');
  });

  it('uploads documents, and is told clearly when a file is of the wrong kind or too large', async () => {
    const upload = page.getByRole('form', { name: 'Documents' });
    await upload.locator('input[type="file"]').setInputFiles({
      name: 'notes.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from('not a pdf at all'),
    });
    await upload.getByRole('button', { name: 'Upload' }).click();
    await upload.getByText('This kind of file is not accepted. Upload a PDF, PNG, JPEG or WebP file.').waitFor();
    // An 11 MB file goes by path: sent as a buffer, the browser protocol base64-encodes it (slow on a busy machine).
    const largeFile = path.join(mkdtempSync(path.join(tmpdir(), 'crowdstake-upload-')), 'scanned-accounts.pdf');
    writeFileSync(largeFile, Buffer.concat([pdfFile('x').buffer, Buffer.alloc(11 * 1024 * 1024)]));
    await upload.locator('input[type="file"]').setInputFiles(largeFile);
    await upload.getByRole('button', { name: 'Upload' }).click();
    await upload.getByText('This file is too large. Upload a file of at most 10 MB.').waitFor();

    await upload.locator('input[type="file"]').setInputFiles(pdfFile('business-licence.pdf'));
    await upload.getByRole('combobox', { name: 'Kind of document' }).click();
    await page.getByRole('option', { name: 'Business licence' }).click();
    await upload.getByRole('switch', { name: 'Show on the campaign page' }).check();
    await upload.getByRole('button', { name: 'Upload' }).click();
    const documents = page.getByRole('list', { name: 'Uploaded documents' });
    await documents.getByRole('link', { name: 'business-licence.pdf' }).waitFor();
    await documents
      .getByRole('listitem')
      .filter({ hasText: 'business-licence.pdf' })
      .getByText('Public', { exact: true })
      .waitFor();

    await upload.locator('input[type="file"]').setInputFiles(pdfFile('passport.pdf'));
    await upload.getByRole('combobox', { name: 'Kind of document' }).click();
    await page.getByRole('option', { name: 'Identity document' }).click();
    // An identity document can never be public, so the switch is off and cannot be turned on.
    await upload.getByRole('switch', { name: 'Show on the campaign page' }).and(page.locator(':disabled')).waitFor();
    await upload.getByRole('button', { name: 'Upload' }).click();
    await documents.getByRole('link', { name: 'passport.pdf' }).waitFor();
    await page.getByTestId('documents-status').getByText('Still missing: financial statements.').waitFor();
    await shot(page, 'founder-company');
  });

  it('invites a co-founder by email; they accept on their dashboard and join; then removes them', async () => {
    const people = page.getByRole('form', { name: 'People' });
    await people.getByRole('textbox', { name: 'Their email' }).fill('not an email');
    await people.getByRole('button', { name: 'Invite' }).click();
    await expectFieldError(page, 'Their email', 'Enter a valid email address, like name@example.com.');

    const partner = uniqueEmail('partner');
    await registerThroughApi({ email: partner, password: PASSWORD, name: 'Tom Baker', role: 'founder' });
    await people.getByRole('textbox', { name: 'Their email' }).fill(partner);
    await people.getByRole('button', { name: 'Invite' }).click();
    const pending = page.getByRole('list', { name: 'Invitations waiting for an answer' });
    await pending.getByText(partner).waitFor();
    const list = page.getByRole('list', { name: 'People of this company' });
    expect(await list.getByText('Tom Baker').count()).toBe(0);

    // Tom, in a browser of his own, sees the invitation on his dashboard and accepts it.
    const tom = await openBrowser();
    try {
      await signIn(tom.page, { email: partner, password: PASSWORD, name: 'Tom Baker' }, '/founder');
      await tom.page.getByRole('heading', { name: 'Invitations to join a company' }).waitFor();
      await tom.page.getByRole('button', { name: `Join ${COMPANY}` }).click();
      await tom.page.getByText(`You are now a member of ${COMPANY}.`).waitFor();
      await tom.page.getByRole('heading', { name: 'Invitations to join a company' }).waitFor({ state: 'detached' });
    } finally {
      await tom.close();
    }

    await page.reload();
    await list.getByText('Tom Baker').waitFor();
    expect(await pending.count()).toBe(0);
    await page.getByRole('button', { name: 'Remove Tom Baker' }).click();
    await list.getByText('Tom Baker').waitFor({ state: 'detached' });
  });

  it('drafts a reward campaign: basics, then funding with the duration rule said beside the deadline', async () => {
    await page.getByRole('link', { name: 'Start a campaign' }).click();
    await page.getByRole('heading', { level: 1, name: 'Draft a campaign' }).waitFor();
    await stepHeading(page, 1, 'Basics').waitFor();
    expect(await page.getByRole('combobox', { name: 'Company' }).inputValue()).toBe(COMPANY);
    await page.getByRole('radio', { name: 'Reward' }).check();
    await field(page, 'Title').fill('A second oven for Riverside Bakery');
    await field(page, 'Summary').fill('Double our morning bake so the street never finds our shelves empty.');
    await shot(page, 'founder-wizard-1-basics');
    await continueTo(page, 2, 'Funding');
    expect(page.url()).toMatch(/\/founder\/campaigns\/[\w-]+\?step=funding$/);
    // Focus moves to the new step's heading, where its content starts (once the step has rendered).
    await page.waitForFunction(() => document.activeElement?.id === 'wizard-step-heading');

    const start = tomorrowMorning();
    await field(page, 'Goal').fill('5,000');
    await field(page, 'Hard cap').fill('8000');
    await page.getByLabel('Start').fill(localInput(start));
    await page.getByLabel('Deadline').fill(localInput(new Date(start.getTime() + 3 * DAY_MS)));
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expectFieldError(page, 'Deadline', 'This type of campaign runs 7 to 90 days; this one runs 3 days.');
    await shot(page, 'founder-wizard-2-funding-error');
    await page.getByLabel('Deadline').fill(localInput(new Date(start.getTime() + 30 * DAY_MS)));
    await shot(page, 'founder-wizard-2-funding');
    await continueTo(page, 3, 'Terms');
  });

  it('sets reward tiers, reorders them and sees them as backers will', async () => {
    const delivery = monthOf(new Date(tomorrowMorning().getTime() + 60 * DAY_MS));
    const tiers = page.getByTestId('tier-editor');
    await page.getByRole('button', { name: 'Add a tier' }).click();
    await tiers.nth(0).getByRole('textbox', { name: 'Title', exact: true }).fill('Thank-you card');
    await tiers.nth(0).getByRole('textbox', { name: 'Price' }).fill('10');
    await tiers.nth(0).getByLabel('Estimated delivery').fill(delivery);
    await page.getByRole('button', { name: 'Add a tier' }).click();
    await tiers.nth(1).getByRole('textbox', { name: 'Title', exact: true }).fill('A loaf a week for a month');
    await tiers
      .nth(1)
      .getByRole('textbox', { name: 'What the backer gets' })
      .fill('Four sourdough loaves, one each Saturday.');
    await tiers.nth(1).getByRole('textbox', { name: 'Price' }).fill('40');
    await tiers.nth(1).getByRole('textbox', { name: 'Quantity available' }).fill('100');
    await tiers.nth(1).getByLabel('Estimated delivery').fill(delivery);
    await page.getByRole('button', { name: 'Move tier 2 up' }).click();
    await waitForValue(tiers.nth(0).getByRole('textbox', { name: 'Title', exact: true }), 'A loaf a week for a month');

    // The preview follows the new order (its text was there before the move: wait for the order).
    const preview = page.getByTestId('live-terms');
    await preview.getByTestId('reward-tier').first().filter({ hasText: 'A loaf a week for a month' }).waitFor();
    expect(await preview.getByTestId('reward-tier').first().innerText()).toEqual(expect.stringContaining('$40'));
    await shot(page, 'founder-wizard-3-terms');
    await continueTo(page, 4, 'Story');
  });

  it('writes the story with a cover and an inserted image, and milestones that add up to 100%', async () => {
    // The outline the draft started with is not a story.
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await expectFieldError(page, 'Story', 'Replace the outline with your own story.');

    await field(page, 'Story').fill(STORY);
    const [coverChooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Cover image' }).click(),
    ]);
    await coverChooser.setFiles(pngFile('storefront.png'));
    await page.getByRole('img', { name: 'The current cover image' }).waitFor();
    const [chooser] = await Promise.all([
      page.waitForEvent('filechooser'),
      page.getByRole('button', { name: 'Insert an image into the story' }).click(),
    ]);
    await chooser.setFiles(pngFile('new-oven.png'));
    await page.getByText('Image added to your story where the cursor was.').waitFor();
    expect(await field(page, 'Story').inputValue()).toMatch(/!\[new-oven\]\(\/api\/campaign-images\/[\w-]+\)/);
    await field(page, 'Risks').fill('The oven could arrive late; our supplier has promised delivery within six weeks.');
    await field(page, 'Use of funds').fill('- Oven: $4,200\n- Installation: $800');

    const deadline = new Date(tomorrowMorning().getTime() + 30 * DAY_MS);
    const dueOn = (days: number) => new Date(deadline.getTime() + days * DAY_MS).toISOString().slice(0, 10);
    await page.getByRole('button', { name: 'Add a milestone' }).click();
    await field(page, 'Title').fill('Oven installed');
    await field(page, 'Share of the funds (%)').fill('60');
    await page.getByLabel('Due date').fill(dueOn(30));
    await page.getByRole('button', { name: 'Add a milestone' }).click();
    const second = page.getByRole('group', { name: 'Milestone 2' });
    await second.getByRole('textbox', { name: 'Title', exact: true }).fill('First café supplied');
    await second.getByRole('textbox', { name: 'Share of the funds (%)' }).fill('30');
    await second.getByLabel('Due date').fill(dueOn(60));
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await page.getByText('Milestone shares must add up to 100%; they add up to 90%.').waitFor();
    await second.getByRole('textbox', { name: 'Share of the funds (%)' }).fill('40');
    await page.getByText('Shares so far: 100% of 100%.').waitFor();
    await shot(page, 'founder-wizard-4-story');
    await continueTo(page, 5, 'Preview');
  });

  it('previews the draft exactly as backers will see it, then submits it for review', async () => {
    const preview = page.getByTestId('wizard-preview');
    await preview.getByRole('heading', { name: 'A second oven for Riverside Bakery' }).waitFor();
    await preview.getByText('A loaf a week for a month').waitFor();
    await preview.getByText('A family bakery by the river since 2019', { exact: false }).waitFor();
    await shot(page, 'founder-wizard-5-preview');
    await continueTo(page, 6, 'Submit');

    await page
      .getByTestId('missing-documents')
      .getByText(/financial statements/)
      .waitFor();
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByText('Confirm that you have checked your campaign.').waitFor();
    await page.getByRole('checkbox', { name: 'I have checked my campaign and everything in it is true.' }).check();
    await shot(page, 'founder-wizard-6-submit');
    await page.getByRole('button', { name: 'Submit for review' }).click();
    await page.getByRole('heading', { level: 1, name: 'Your businesses and campaigns' }).waitFor();
    const card = page.getByRole('article', { name: 'A second oven for Riverside Bakery' });
    await card.getByText('Waiting for review', { exact: true }).waitFor();
    await card.getByLabel(/^Risk grade [A-E] /).waitFor();
  });

  it('drafts a bond: a goal that is not whole units opens the funding step, and the terms show the schedule', async () => {
    await startCampaign(
      page,
      'Bond',
      'A delivery van for Riverside Bakery',
      'Lend us the price of a van; we repay you monthly at 6.5% a year from the new wholesale round.',
    );
    await field(page, 'Goal').fill('20000');
    await field(page, 'Hard cap').fill('30000');
    await continueTo(page, 3, 'Terms');

    await field(page, 'Annual interest rate (%)').fill('6.5');
    await field(page, 'Term (months)').fill('12');
    await field(page, 'Unit price').fill('300');
    await field(page, 'Minimum units per backer').fill('2');
    // $20,000 is not a whole number of $300 units: the rule speaks at the goal, so its step opens.
    await page.getByRole('button', { name: 'Save and continue' }).click();
    await stepHeading(page, 2, 'Funding').waitFor();
    await expectFieldError(page, 'Goal', 'The goal must be a whole number of units of $300.');
    await field(page, 'Goal').fill('21000');
    await continueTo(page, 3, 'Terms');

    const expected = bondScheduleForUnits(
      { annualRateBps: 650, termMonths: 12, repayment: 'amortizing', denomination: 30_000 },
      2,
      '2027-01-15',
    );
    const total = expected.reduce((sum, instalment) => sum + instalment.total, 0);
    const bond = page.getByTestId('live-terms').getByTestId('bond-terms');
    expect(await bond.getByTestId('bond-total').innerText()).toEqual(
      expect.stringContaining(formatMoney(total, 'USD', 'en', { cents: 'when-needed' })),
    );
    expect(await bond.getByRole('row').count()).toBeGreaterThanOrEqual(12);
    // The backer's calculator follows a minimum the founder raises while typing.
    await field(page, 'Minimum units per backer').fill('3');
    const unitsShown = bond.getByRole('textbox', { name: 'Units to lend' });
    await page.waitForFunction(
      (el) => (el as HTMLInputElement | null)?.value === '3',
      await unitsShown.elementHandle(),
    );
    await field(page, 'Minimum units per backer').fill('2');
    await page.waitForFunction(
      (el) => (el as HTMLInputElement | null)?.value === '2',
      await unitsShown.elementHandle(),
    );
    await shot(page, 'founder-wizard-bond-terms');
    await writeStoryAndSubmit(page, (preview) => preview.getByTestId('bond-terms').waitFor());
    await page
      .getByRole('article', { name: 'A delivery van for Riverside Bakery' })
      .getByText('Waiting for review', { exact: true })
      .waitFor();
  });

  it('drafts a share offering and sees the part of the company it offers', async () => {
    await startCampaign(
      page,
      'Shares',
      'Own a slice of Riverside Bakery',
      'Ordinary shares for the neighbours who have eaten our bread for five years.',
    );
    // A share offering's cap is its shares at their price, shown rather than asked for.
    expect(await page.getByRole('textbox', { name: 'Hard cap' }).count()).toBe(0);
    await page.getByTestId('derived-cap').getByText('20,000 × $1 = $20,000', { exact: false }).waitFor();
    await field(page, 'Goal').fill('15000');
    await continueTo(page, 3, 'Terms');

    await field(page, 'Share class').fill('Ordinary');
    await field(page, 'Price per share').fill('2.50');
    await field(page, 'Pre-money valuation').fill('2,000,000');
    await field(page, 'Shares offered').fill('40000');
    await field(page, 'Minimum shares per backer').fill('20');
    // $100,000 offered on $2,000,000 before: 100,000 ÷ 2,100,000 = 4.76% of the company.
    const shares = page.getByTestId('live-terms').getByTestId('share-terms');
    await shares.getByTestId('percent-offered').getByText('4.76%').waitFor();
    await shot(page, 'founder-wizard-shares-terms');
    await writeStoryAndSubmit(page, (preview) => preview.getByTestId('percent-offered').getByText('4.76%').waitFor());
    await page
      .getByRole('article', { name: 'Own a slice of Riverside Bakery' })
      .getByText('Waiting for review', { exact: true })
      .waitFor();
  });

  it('finds all three campaigns on the dashboard, waiting for review with a risk grade', async () => {
    const cards = page.getByTestId('founder-campaign');
    await cards.nth(2).waitFor();
    expect(await cards.count()).toBe(3);
    for (const title of [
      'A second oven for Riverside Bakery',
      'A delivery van for Riverside Bakery',
      'Own a slice of Riverside Bakery',
    ]) {
      const card = page.getByRole('article', { name: title });
      await card.getByText('Waiting for review', { exact: true }).waitFor();
      await card.getByLabel(/^Risk grade [A-E] /).waitFor();
      // In review: no editing, only a look at where it stands.
      await card.getByRole('link', { name: 'View details' }).waitFor();
    }
    await shot(page, 'founder-dashboard');
  });
});
