import { randomBytes } from 'node:crypto';
import type { CampaignType } from '@crowdstake/domain';
import type { RequestAuth } from '../../src/auth/request-auth';
import { STRIPE_WEBHOOK_PATH, type LocalStripeEmulator } from '../../src/payments/local-stripe-emulator';
import { aCampaign, aCompany } from './campaign-factories';
import { aUser, type SignedInUser } from './factories';
import type { TestApp } from './test-app';

/**
 * A campaign taking pledges now. Review and go-live are proven elsewhere;
 * here the campaign is put live directly so each pledge test states only
 * what matters to it (the terms and the cap).
 */
export async function aLiveCampaign(
  t: TestApp,
  type: CampaignType = 'reward',
  overrides: Record<string, unknown> = {},
  founder?: SignedInUser,
): Promise<{ id: string; founder: SignedInUser; tierIds: string[] }> {
  const owner = founder ?? (await aUser(t, 'founder'));
  const company = await aCompany(t, owner);
  await aPayoutAccount(t, owner, company.id);
  const campaign = await aCampaign(t, owner, company.id, type, overrides);
  await t.dataSource.query(
    `UPDATE campaigns SET status = 'live', starts_at = now() - interval '1 hour', live_at = now() - interval '1 hour'
      WHERE id = $1`,
    [campaign.id],
  );
  const tiers = (await t.dataSource.query(`SELECT id FROM reward_tiers WHERE campaign_id = $1 ORDER BY position`, [
    campaign.id,
  ])) as { id: string }[];
  return { id: campaign.id, founder: owner, tierIds: tiers.map((tier) => tier.id) };
}

/** Connects the company's Stripe payout account (the emulator onboards it at once); its id. */
export async function aPayoutAccount(t: TestApp, owner: SignedInUser, companyId: string): Promise<string> {
  const response = await t.http().post(`/api/companies/${companyId}/payout-account`).set('Authorization', owner.auth);
  if (response.status !== 201 && response.status !== 200)
    throw new Error(`payout account: ${response.status} ${JSON.stringify(response.body)}`);
  return (response.body as { accountId: string }).accountId;
}

/**
 * Many backers at once, written straight to the table: signing up hundreds
 * through the API would spend the test's time hashing passwords.
 */
export async function manyBackers(t: TestApp, n: number): Promise<RequestAuth[]> {
  const rows = (await t.dataSource.query(
    `INSERT INTO users (email, name, role, password_hash)
     SELECT 'bulk-' || $1 || '-' || g || '@example.test', 'Backer ' || g, 'backer', 'not-a-hash'
       FROM generate_series(1, $2) AS g RETURNING id, email, name`,
    [randomBytes(4).toString('hex'), n],
  )) as { id: string; email: string; name: string }[];
  return rows.map((row) => ({
    userId: row.id,
    role: 'backer',
    roles: ['backer'],
    name: row.name,
    email: row.email,
    sessionId: 'test',
    via: 'bearer',
  }));
}

export function aKey(): string {
  return `test-${randomBytes(12).toString('hex')}`;
}

/** A backer with an accredited investor profile: no investment limit stands in a test's way. */
export async function anAccreditedBacker(t: TestApp): Promise<SignedInUser> {
  const backer = await aUser(t, 'backer');
  await t
    .http()
    .put('/api/me/investor-profile')
    .set('Authorization', backer.auth)
    .send({ annualIncome: 0, netWorth: 0, currency: 'USD', accredited: true })
    .expect(200);
  return backer;
}

/** Webhooks need a listening server, as under `pnpm start`: listens on a free port and points the emulator at it. */
export async function listenForWebhooks(t: TestApp, emulator: LocalStripeEmulator): Promise<void> {
  await t.app.listen(0, '127.0.0.1');
  const { port } = t.app.getHttpServer().address() as { port: number };
  emulator.pointWebhooksAt(`http://127.0.0.1:${port}${STRIPE_WEBHOOK_PATH}`);
}
