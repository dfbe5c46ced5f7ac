import type { CampaignType } from '@crowdstake/domain';
import type { SignedInUser } from './factories';
import type { TestApp } from './test-app';

const DAY = 86_400_000;

/** A company that scores well (years old, revenue, little debt); documents are added separately. */
export function aCompanyBody(overrides: Record<string, unknown> = {}) {
  return {
    legalName: 'Harbour Bakery Ltd',
    registrationNumber: `HB-${Math.random().toString(36).slice(2, 10).toUpperCase()}`,
    jurisdiction: 'US-DE',
    foundedOn: '2018-04-01',
    industry: 'food_and_beverage',
    website: 'https://harbour-bakery.example',
    employees: 12,
    annualRevenue: 85_000_000, // $850,000.00
    totalDebt: 5_000_000,
    currency: 'USD',
    ...overrides,
  };
}

export async function aCompany(
  t: TestApp,
  founder: SignedInUser,
  overrides: Record<string, unknown> = {},
): Promise<{ id: string } & Record<string, unknown>> {
  const response = await t
    .http()
    .post('/api/companies')
    .set('Authorization', founder.auth)
    .send(aCompanyBody(overrides));
  if (response.status !== 201) throw new Error(`company: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body;
}

/** A minimal valid PDF, PNG, and a file that is neither. */
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
export const PNG_BYTES = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);
export const EXE_BYTES = Buffer.from('MZ\x90\x00this is not a document');

export async function aDocument(t: TestApp, founder: SignedInUser, companyId: string, kind: string, isPublic = false) {
  const response = await t
    .http()
    .post(`/api/companies/${companyId}/documents`)
    .set('Authorization', founder.auth)
    .field('kind', kind)
    .field('public', String(isPublic))
    .attach('file', PDF_BYTES, { filename: `${kind}.pdf`, contentType: 'application/pdf' });
  if (response.status !== 201) throw new Error(`document: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; url: string };
}

/** A file that earns every document point: licence, financial statements, identity. */
export async function aCompleteFile(t: TestApp, founder: SignedInUser, companyId: string) {
  await t
    .http()
    .patch(`/api/companies/${companyId}`)
    .set('Authorization', founder.auth)
    .send({
      founderIdentity: {
        fullName: `Founder ${founder.user.id}`,
        dateOfBirth: '1985-06-15',
        nationality: 'US',
        idDocumentNumber: `P${founder.user.id.slice(0, 8)}`,
      },
    })
    .expect(200);
  for (const kind of ['business_licence', 'financial_statements', 'identity'])
    await aDocument(t, founder, companyId, kind, kind !== 'identity');
}

export function termsFor(type: CampaignType, endsAt: Date): Record<string, unknown> {
  const deliveryMonth = new Date(endsAt.getTime() + 60 * DAY).toISOString().slice(0, 7);
  switch (type) {
    case 'reward':
      return {
        tiers: [
          {
            title: 'A loaf a week',
            description: 'Fresh bread for a month',
            price: 2500,
            quantity: 100,
            estimatedDelivery: deliveryMonth,
          },
          {
            title: 'Baking class',
            description: 'An evening in the bakery',
            price: 9000,
            estimatedDelivery: deliveryMonth,
          },
        ],
        allowDonations: true,
      };
    case 'bond':
      return {
        annualRateBps: 650,
        termMonths: 24,
        repayment: 'amortizing',
        denomination: 10_000,
        minUnits: 1,
        ...BOND_DISCLOSURES,
      };
    case 'shareholding':
      return {
        shareClass: 'Common',
        pricePerShare: 500,
        preMoneyValuation: 200_000_000,
        sharesOffered: 40_000,
        minShares: 10,
        ...SHARE_DISCLOSURES,
      };
  }
}

/** What a bond or share offering must state before it is submitted (optional on create). */
export const BOND_DISCLOSURES = {
  secured: false,
  earlyRepayment: 'allowed',
  latePayment: 'A late instalment carries 2% a year extra interest; 60 days late, the whole bond falls due.',
};
export const SHARE_DISCLOSURES = { votingRights: 'none', holding: 'direct' };

export function aCampaignBody(
  companyId: string,
  type: CampaignType = 'reward',
  overrides: Record<string, unknown> = {},
  now = Date.now(),
) {
  const startsAt = new Date(now + DAY);
  const endsAt = new Date(startsAt.getTime() + 30 * DAY);
  return {
    companyId,
    type,
    title: `A second oven for Harbour Bakery (${type})`,
    summary: 'We bake twice as much bread for the neighbourhood with a second oven.',
    description: 'Our bakery has sold out by noon every day for two years. A second oven lets us bake all day.',
    // Long enough not to count as thin (the risk grade) and to submit a bond or a share offering.
    risks:
      'Ovens can arrive late; we have a second supplier lined up. Demand may fall if a competitor opens nearby, ' +
      'and flour prices may rise. If sales fall short we may repay late or not at all: you could lose all of it.',
    useOfFunds: 'Oven 70%, installation 20%, training the second shift 10%, as quoted by the supplier.',
    currency: 'USD',
    goal: type === 'shareholding' ? 5_000_000 : 5_000_000,
    ...(type === 'shareholding' ? {} : { maxAmount: 10_000_000 }),
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    terms: termsFor(type, endsAt),
    ...overrides,
  };
}

export async function aCampaign(
  t: TestApp,
  founder: SignedInUser,
  companyId: string,
  type: CampaignType = 'reward',
  overrides: Record<string, unknown> = {},
) {
  const response = await t
    .http()
    .post('/api/campaigns')
    .set('Authorization', founder.auth)
    .send(aCampaignBody(companyId, type, overrides));
  if (response.status !== 201) throw new Error(`campaign: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as { id: string; status: string } & Record<string, unknown>;
}

export async function submit(t: TestApp, founder: SignedInUser, campaignId: string) {
  const response = await t.http().post(`/api/campaigns/${campaignId}/submit`).set('Authorization', founder.auth);
  if (response.status !== 200) throw new Error(`submit: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body as {
    id: string;
    status: string;
    risk: { score: number; grade: string; factors: { key: string; points: number }[] };
  };
}

export const FULL_CHECKLIST = { identity: true, documents: true, financials: true, terms: true, risks: true };

export function decide(
  t: TestApp,
  reviewer: SignedInUser,
  campaignId: string,
  decision: string,
  checklist: Record<string, boolean> = FULL_CHECKLIST,
) {
  return t
    .http()
    .post(`/api/campaigns/${campaignId}/reviews`)
    .set('Authorization', reviewer.auth)
    .send({ decision, reasons: `Decision: ${decision}.`, checklist });
}

export async function statusOf(t: TestApp, campaignId: string): Promise<string> {
  const [row] = await t.dataSource.query('SELECT status FROM campaigns WHERE id = $1', [campaignId]);
  return row.status;
}

/** The owner invites the person and the person accepts: the only way anyone joins a company. */
export async function joinCompany(t: TestApp, owner: SignedInUser, companyId: string, person: SignedInUser) {
  const invitation = await t
    .http()
    .post(`/api/companies/${companyId}/members`)
    .set('Authorization', owner.auth)
    .send({ email: person.email })
    .expect(201);
  await t.http().post(`/api/invitations/${invitation.body.id}/accept`).set('Authorization', person.auth).expect(200);
  return invitation.body as { id: string };
}
