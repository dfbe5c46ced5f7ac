import { ApiCaller, uniqueSeedEmail } from './api-caller';

/**
 * What the review tests need to find in the queue, made through the API as a founder would:
 * a company (with or without its documents) and a campaign submitted for review.
 */

const DAY_MS = 86_400_000;
export const FOUNDER_PASSWORD = 'founder test passphrase 4';

export type Caller = <T = unknown>(method: string, route: string, body?: unknown) => Promise<T>;
export interface SeededFounder {
  name: string;
  email: string;
  password: string;
  call: Caller;
}

/** A founder signed in with a bearer token. */
export async function aFounder(baseUrl: string, name: string): Promise<SeededFounder> {
  const email = uniqueSeedEmail('founder');
  const anonymous = new ApiCaller(baseUrl);
  await anonymous.call('POST', '/api/auth/register', { email, password: FOUNDER_PASSWORD, name, role: 'founder' });
  const signedIn = await anonymous.signIn(email, FOUNDER_PASSWORD);
  return { name, email, password: FOUNDER_PASSWORD, call: (method, route, body) => signedIn.call(method, route, body) };
}

/**
 * Connects the payout account of every company of a founder who registered through the
 * web (the web has no button for it yet): the payout-account gate lets an approved
 * campaign go live only then. The emulator makes the account ready at once.
 */
export async function connectPayoutAccounts(baseUrl: string, email: string, password: string): Promise<void> {
  const founder = await new ApiCaller(baseUrl).signIn(email, password);
  const { items } = await founder.call<{ items: { id: string }[] }>('GET', '/api/me/companies');
  for (const company of items) await founder.call('POST', `/api/companies/${company.id}/payout-account`);
}

export async function aCompany(founder: SeededFounder, fields: Record<string, unknown>): Promise<string> {
  const company = await founder.call<{ id: string }>('POST', '/api/companies', {
    jurisdiction: 'US-DE',
    industry: 'food_and_beverage',
    employees: 12,
    currency: 'USD',
    ...fields,
  });
  // The payout-account gate: with the emulator the account is ready at once, so approved campaigns may go live.
  await founder.call('POST', `/api/companies/${company.id}/payout-account`);
  return company.id;
}

const PDF = '%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n';

export async function uploadDocument(
  founder: SeededFounder,
  companyId: string,
  document: { kind: string; filename: string; public: boolean },
): Promise<void> {
  const form = new FormData();
  form.set('kind', document.kind);
  form.set('public', String(document.public));
  form.set('file', new Blob([PDF], { type: 'application/pdf' }), document.filename);
  await founder.call('POST', `/api/companies/${companyId}/documents`, form);
}

/** A company that scores well: years old, revenue, modest debt, the founder's identity and every document. */
export async function aWellDocumentedCompany(founder: SeededFounder, legalName: string): Promise<string> {
  const companyId = await aCompany(founder, {
    legalName,
    registrationNumber: `WD-${process.pid}-${Date.now().toString(36)}`,
    foundedOn: '2018-04-01',
    website: 'https://harbour-bakery.example',
    annualRevenue: 85_000_000,
    totalDebt: 12_500_000,
    founderIdentity: {
      fullName: founder.name,
      dateOfBirth: '1985-06-15',
      nationality: 'US',
      idDocumentNumber: 'P1234567',
    },
  });
  await uploadDocument(founder, companyId, {
    kind: 'business_licence',
    filename: 'business-licence-2024.pdf',
    public: true,
  });
  await uploadDocument(founder, companyId, {
    kind: 'financial_statements',
    filename: 'financial-statements-2025.pdf',
    public: true,
  });
  await uploadDocument(founder, companyId, { kind: 'identity', filename: 'passport.pdf', public: false });
  return companyId;
}

/**
 * A grade E company: founded last month, no revenue, no documents, no identity given, and a
 * registration number that `earlierHolder` registered first (a penalty).
 */
export async function aRiskyCompany(
  founder: SeededFounder,
  earlierHolder: SeededFounder,
  legalName: string,
): Promise<string> {
  const registrationNumber = `RK-${process.pid}-${Date.now().toString(36)}`;
  await aCompany(earlierHolder, {
    legalName: `${legalName} (earlier)`,
    registrationNumber,
    foundedOn: '2015-01-01',
    annualRevenue: 0,
    totalDebt: 0,
  });
  return aCompany(founder, {
    legalName,
    registrationNumber,
    industry: 'technology',
    employees: 2,
    foundedOn: new Date(Date.now() - 35 * DAY_MS).toISOString().slice(0, 10),
    annualRevenue: 0,
    totalDebt: 0,
  });
}

/** Runs 30 days from tomorrow: once approved it is "coming soon" rather than live. */
function campaignDates() {
  const startsAt = new Date(Date.now() + DAY_MS);
  return { startsAt: startsAt.toISOString(), endsAt: new Date(startsAt.getTime() + 30 * DAY_MS).toISOString() };
}

export function rewardCampaign(companyId: string, title: string) {
  const delivery = new Date(Date.now() + 90 * DAY_MS).toISOString().slice(0, 7);
  return {
    companyId,
    type: 'reward',
    title,
    summary: 'A second oven so the morning queue gets its bread.',
    description: 'We bake 400 loaves a day and sell out by noon.',
    currency: 'USD',
    goal: 2_000_000,
    ...campaignDates(),
    terms: {
      tiers: [
        {
          title: 'A loaf a week',
          description: 'For a month.',
          price: 4000,
          quantity: 100,
          estimatedDelivery: delivery,
        },
      ],
      allowDonations: true,
    },
  };
}

export function bondCampaign(companyId: string, title: string) {
  return {
    companyId,
    type: 'bond',
    title,
    summary: 'Ten delivery drones, repaid over two years.',
    description: 'Our drones deliver medicine to farms an hour from the nearest town.',
    currency: 'USD',
    goal: 5_000_000,
    ...campaignDates(),
    // A full account (200 characters or more), so the only penalty this bond earns is its own file's.
    risks:
      'Drones can be grounded by new rules or bad weather; if we cannot fly, we may not repay you in full. ' +
      'A crash can take an aircraft out of service for weeks, and the insurance excess is ours to pay. ' +
      'If the company fails, bond holders rank behind secured lenders.',
    useOfFunds: 'Ten drones 70%, charging stations 20%, pilot training 10%.',
    terms: {
      annualRateBps: 1200,
      termMonths: 24,
      repayment: 'amortizing',
      denomination: 10_000,
      minUnits: 1,
      secured: false,
      earlyRepayment: 'allowed',
      latePayment: 'A late instalment carries 2% a year extra interest; 60 days late, the whole bond falls due.',
    },
  };
}

/** Drafts and submits; the API computes the risk assessment on submission. */
export async function submitCampaign(founder: SeededFounder, body: Record<string, unknown>): Promise<string> {
  const { id } = await founder.call<{ id: string }>('POST', '/api/campaigns', body);
  await founder.call('POST', `/api/campaigns/${id}/submit`);
  return id;
}
