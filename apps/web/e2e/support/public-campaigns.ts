import type { CampaignType, CampaignView } from '@crowdstake/domain';
import type { Browser } from 'playwright-core';
import { type RunningApi, startApi, stopApi } from './api-server';
import { ApiCaller, uniqueSeedEmail } from './api-caller';
import { BASE_URL_VARIABLE } from './environment';
import { createReviewer } from './staff-accounts';

export { ApiCaller, uniqueSeedEmail };

/**
 * Public campaigns for the browser tests of the listing and the campaign page, made the way
 * they are made for real: a founder registers, describes the company, drafts and submits; a
 * reviewer (created with the CLI) approves. Each test file runs its own API on its own
 * database, so its listing holds exactly what it made (and other files' "nothing live yet"
 * pages stay true).
 */

const DAY_MS = 86_400_000;
const PASSWORD = 'a sturdy test passphrase';
const CHECKLIST = { identity: true, documents: true, financials: true, terms: true, risks: true };

export interface OwnApi {
  api: RunningApi;
  baseUrl: string;
  stop(): Promise<void>;
}

/** Starts an API for this file and points the browser helpers (`openBrowser`, `baseUrl()`) at it. */
export async function startOwnApi(extraEnv: Record<string, string> = {}): Promise<OwnApi> {
  const api = await startApi(extraEnv);
  const previous = process.env[BASE_URL_VARIABLE];
  process.env[BASE_URL_VARIABLE] = api.baseUrl;
  return {
    api,
    baseUrl: api.baseUrl,
    stop: async () => {
      process.env[BASE_URL_VARIABLE] = previous;
      await stopApi(api);
    },
  };
}

export async function aFounder(baseUrl: string, name = 'Ada Baker'): Promise<{ email: string; api: ApiCaller }> {
  const email = uniqueSeedEmail('founder');
  const anonymous = new ApiCaller(baseUrl);
  await anonymous.call('POST', '/api/auth/register', { email, password: PASSWORD, name, role: 'founder' });
  return { email, api: await anonymous.signIn(email, PASSWORD) };
}

/** A reviewer, made by the operators' CLI against this API's database, as a real operator would. */
export async function aReviewer(own: OwnApi, name = 'Rui Reviewer'): Promise<ApiCaller> {
  const account = await createReviewer(own.api, name);
  return new ApiCaller(own.baseUrl).signIn(account.email, account.password);
}

/** A PNG drawn by the browser: a calm gradient with a word on it, so screenshots look like a real page. */
export async function coverPicture(browser: Browser, label: string, hue: number): Promise<Buffer> {
  const page = await browser.newPage({ viewport: { width: 960, height: 540 } });
  try {
    await page.setContent(
      `<body style="margin:0;width:960px;height:540px;display:flex;align-items:flex-end;padding:48px;box-sizing:border-box;
        background:linear-gradient(135deg,hsl(${hue} 45% 78%),hsl(${hue + 40} 50% 52%));font:700 56px system-ui;color:white">
        ${label}</body>`,
    );
    return await page.screenshot({ type: 'png' });
  } finally {
    await page.close();
  }
}

/** A company that scores well: years old, revenue, little debt, a verified founder and a complete file. */
export async function aCompany(founder: ApiCaller, legalName = 'Harbour Bakery Ltd'): Promise<{ id: string }> {
  const company = await founder.call<{ id: string }>('POST', '/api/companies', {
    legalName,
    registrationNumber: `HB-${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
    jurisdiction: 'US-DE',
    foundedOn: '2018-04-01',
    industry: 'food_and_beverage',
    website: 'https://harbour-bakery.example',
    employees: 12,
    annualRevenue: 85_000_000,
    totalDebt: 5_000_000,
    currency: 'USD',
    founderIdentity: {
      fullName: 'Ada Baker',
      dateOfBirth: '1985-06-15',
      nationality: 'US',
      idDocumentNumber: 'P1234567',
    },
  });
  const documents: [kind: string, filename: string, isPublic: boolean][] = [
    ['business_licence', 'business-licence-2024.pdf', true],
    ['financial_statements', 'financial-statements-2025.pdf', true],
    ['identity', 'passport.pdf', false],
  ];
  for (const [kind, filename, isPublic] of documents) {
    const form = new FormData();
    form.set('kind', kind);
    form.set('public', String(isPublic));
    form.set('file', new Blob([PDF_BYTES], { type: 'application/pdf' }), filename);
    await founder.call('POST', `/api/companies/${company.id}/documents`, form);
  }
  // The payout-account gate: with the emulator the account is ready at once, so approved campaigns go live.
  await founder.call('POST', `/api/companies/${company.id}/payout-account`);
  return company;
}

const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');

export interface CampaignSeed {
  type: CampaignType;
  title: string;
  summary: string;
  /** Days from now; negative is in the past (a campaign approved then goes live at once). */
  startsInDays: number;
  runsForDays: number;
  terms: Record<string, unknown>;
  /** USD unless told otherwise. */
  currency?: string;
  goal: number;
  maxAmount?: number;
  milestones?: { title: string; description: string; shareBps: number; dueInDaysAfterDeadline: number }[];
  cover?: Buffer;
  /** A picture for the story, uploaded beside the cover and shown in the Markdown. */
  storyPicture?: Buffer;
  /** Added to the end of the story (Markdown). */
  storyExtra?: string;
}

/** Drafts a campaign (with its cover and a story image), and returns it as the API shows it. */
/** What a bond or share offering must state to be submitted, unless the seed says otherwise. */
export const BOND_BACKER_TERMS = {
  secured: false,
  earlyRepayment: 'allowed',
  latePayment: 'A late instalment carries 2% a year extra interest; 60 days late, the whole bond falls due.',
};
export const SHARE_BACKER_TERMS = { votingRights: 'none', holding: 'nominee', nominee: 'Riverside Nominees Ltd' };

function withBackerTerms(type: string, terms: unknown): unknown {
  if (type === 'bond') return { ...BOND_BACKER_TERMS, ...(terms as object) };
  if (type === 'shareholding') return { ...SHARE_BACKER_TERMS, ...(terms as object) };
  return terms;
}

export async function aDraft(founder: ApiCaller, companyId: string, seed: CampaignSeed): Promise<CampaignView> {
  const startsAt = new Date(Date.now() + seed.startsInDays * DAY_MS);
  const endsAt = new Date(startsAt.getTime() + seed.runsForDays * DAY_MS);
  const campaign = await founder.call<CampaignView>('POST', '/api/campaigns', {
    companyId,
    type: seed.type,
    title: seed.title,
    summary: seed.summary,
    description: 'We will tell the story once the pictures are in.',
    risks: 'Equipment can arrive late. We have a **second supplier** lined up and three months of cash in reserve.',
    useOfFunds: '- Equipment: 70%\n- Installation: 20%\n- Training: 10%',
    currency: seed.currency ?? 'USD',
    goal: seed.goal,
    ...(seed.maxAmount === undefined ? {} : { maxAmount: seed.maxAmount }),
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    terms: withBackerTerms(seed.type, seed.terms),
    ...(seed.milestones
      ? {
          milestones: seed.milestones.map(({ dueInDaysAfterDeadline, ...milestone }) => ({
            ...milestone,
            dueOn: new Date(endsAt.getTime() + dueInDaysAfterDeadline * DAY_MS).toISOString().slice(0, 10),
          })),
        }
      : {}),
  });
  if (seed.cover) await uploadImage(founder, campaign.id, seed.cover, true);
  const picture = seed.storyPicture ? await uploadImage(founder, campaign.id, seed.storyPicture, false) : null;
  const story = [
    '## Why we are raising',
    'We have sold out by noon every day for two years.',
    picture ? `![The team at work](${picture.url})` : '',
    '## What changes',
    'With this money we can serve **twice as many** neighbours.',
    'Read more on [our website](https://harbour-bakery.example).',
    seed.storyExtra ?? '',
  ];
  return founder.call<CampaignView>('PATCH', `/api/campaigns/${campaign.id}`, {
    description: story.filter(Boolean).join('\n\n'),
  });
}

async function uploadImage(
  founder: ApiCaller,
  campaignId: string,
  png: Buffer,
  cover: boolean,
): Promise<{ url: string }> {
  const form = new FormData();
  form.set('cover', String(cover));
  form.set('file', new Blob([new Uint8Array(png)], { type: 'image/png' }), cover ? 'cover.png' : 'story.png');
  return founder.call<{ url: string }>('POST', `/api/campaigns/${campaignId}/images`, form);
}

/** Submits and approves: with a start in the past the campaign goes live at once; otherwise it is coming soon. */
export async function publish(founder: ApiCaller, reviewer: ApiCaller, campaignId: string): Promise<CampaignView> {
  await founder.call('POST', `/api/campaigns/${campaignId}/submit`);
  await reviewer.call('POST', `/api/campaigns/${campaignId}/reviews`, {
    decision: 'approve',
    reasons: 'Identity, documents and financials check out; the terms are clear.',
    checklist: CHECKLIST,
  });
  return new ApiCaller(founder.baseUrl).call<CampaignView>('GET', `/api/campaigns/${campaignId}`);
}

export function deliveryMonthAfter(seed: Pick<CampaignSeed, 'startsInDays' | 'runsForDays'>, extraDays = 60): string {
  return new Date(Date.now() + (seed.startsInDays + seed.runsForDays + extraDays) * DAY_MS).toISOString().slice(0, 7);
}

/** A reward campaign with one tier, live from yesterday for the given days, unless told otherwise. */
export function aRewardSeed(title: string, summary: string, overrides: Partial<CampaignSeed> = {}): CampaignSeed {
  const timing = { startsInDays: overrides.startsInDays ?? -1, runsForDays: overrides.runsForDays ?? 30 };
  return {
    type: 'reward',
    title,
    summary,
    ...timing,
    goal: 1_000_000,
    terms: {
      tiers: [
        {
          title: 'A thank-you card',
          description: 'Handwritten.',
          price: 1_000,
          estimatedDelivery: deliveryMonthAfter(timing),
        },
      ],
      allowDonations: true,
    },
    ...overrides,
  };
}

export function aBondSeed(
  title: string,
  summary: string,
  annualRateBps: number,
  overrides: Partial<CampaignSeed> = {},
) {
  return {
    type: 'bond',
    title,
    summary,
    startsInDays: -1,
    runsForDays: 40,
    goal: 5_000_000,
    maxAmount: 10_000_000,
    terms: { annualRateBps, termMonths: 12, repayment: 'bullet', denomination: 10_000, minUnits: 1 },
    ...overrides,
  } satisfies CampaignSeed;
}

export function aShareSeed(title: string, summary: string, overrides: Partial<CampaignSeed> = {}) {
  return {
    type: 'shareholding',
    title,
    summary,
    startsInDays: -1,
    runsForDays: 45,
    goal: 5_000_000,
    terms: {
      shareClass: 'Common',
      pricePerShare: 500,
      preMoneyValuation: 200_000_000,
      sharesOffered: 40_000,
      minShares: 10,
    },
    ...overrides,
  } satisfies CampaignSeed;
}

/** Drafted, submitted and approved: live at once with a start in the past, else coming soon. */
export async function aPublishedCampaign(
  founder: ApiCaller,
  reviewer: ApiCaller,
  companyId: string,
  seed: CampaignSeed,
): Promise<CampaignView> {
  const draft = await aDraft(founder, companyId, seed);
  return publish(founder, reviewer, draft.id);
}
