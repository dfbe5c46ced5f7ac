import { StripeWebhooksService } from '../src/webhooks/stripe-webhooks.service';
import { aCompany } from './support/campaign-factories';
import { aUser, type SignedInUser } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('payout accounts', () => {
  let t: TestApp;
  let owner: SignedInUser;
  let otherFounder: SignedInUser;
  let backer: SignedInUser;

  beforeAll(async () => {
    t = await startTestApp();
    [owner, otherFounder, backer] = await Promise.all([aUser(t, 'founder'), aUser(t, 'founder'), aUser(t, 'backer')]);
  });
  afterAll(() => t.close());

  const connect = (companyId: string, who: SignedInUser) =>
    t.http().post(`/api/companies/${companyId}/payout-account`).set('Authorization', who.auth);

  it('connects the owner’s company at once with the emulator, once, and shows it in the company view', async () => {
    const company = await aCompany(t, owner);
    const before = await t.http().get(`/api/companies/${company.id}`).set('Authorization', owner.auth).expect(200);
    expect(before.body.payoutReady).toBe(false);

    const first = await connect(company.id, owner).expect(201);
    expect(first.body).toEqual({ accountId: expect.stringMatching(/^acct_/), ready: true });
    const again = await connect(company.id, owner).expect(200);
    expect(again.body).toEqual(first.body);

    const after = await t.http().get(`/api/companies/${company.id}`).set('Authorization', owner.auth).expect(200);
    expect(after.body.payoutReady).toBe(true);
    const [row] = await t.dataSource.query(`SELECT payout_account_id, payout_ready FROM companies WHERE id = $1`, [
      company.id,
    ]);
    expect(row).toEqual({ payout_account_id: first.body.accountId, payout_ready: true });
  });

  it('is for the owner only, and bad ids are refused without a change', async () => {
    const company = await aCompany(t, owner);
    await connect(company.id, otherFounder).expect(404);
    await connect(company.id, backer).expect(403);
    await t.http().post(`/api/companies/${company.id}/payout-account`).expect(401);
    await connect('not-a-uuid', owner).expect(404);
    await connect('00000000-0000-4000-8000-000000000000', owner).expect(404);
    const [row] = await t.dataSource.query(`SELECT payout_account_id, payout_ready FROM companies WHERE id = $1`, [
      company.id,
    ]);
    expect(row).toEqual({ payout_account_id: null, payout_ready: false });
  });

  it('two racing first connections agree on one account', async () => {
    const company = await aCompany(t, owner);
    const answers = await Promise.all([connect(company.id, owner), connect(company.id, owner)]);
    expect(answers.map((answer) => answer.status).sort()).toEqual([200, 201]);
    expect(answers[0]!.body.accountId).toBe(answers[1]!.body.accountId);
  });

  it('an account.updated event reads the account back and records its readiness', async () => {
    const company = await aCompany(t, owner);
    const { body } = await connect(company.id, owner).expect(201);
    // As if Stripe had not finished onboarding when the account was connected.
    await t.dataSource.query(`UPDATE companies SET payout_ready = false WHERE id = $1`, [company.id]);
    const event = {
      id: `evt_test_${company.id}`,
      type: 'account.updated',
      createdAt: new Date(),
      objectId: body.accountId,
      // The event's own copy says not ready; the account read back from Stripe is what counts.
      account: {
        accountId: body.accountId,
        chargesEnabled: false,
        payoutsEnabled: false,
        detailsSubmitted: false,
        reference: null,
      },
    };
    expect(await t.app.get(StripeWebhooksService).apply(event)).toBe(true);
    const [row] = await t.dataSource.query(`SELECT payout_ready FROM companies WHERE id = $1`, [company.id]);
    expect(row.payout_ready).toBe(true);
  });

  it('the reconciliation is for admins, and finds nothing amiss in a platform without money', async () => {
    const admin = await aUser(t, 'admin');
    const report = await t.http().get('/api/admin/reconciliation').set('Authorization', admin.auth).expect(200);
    expect(report.body).toEqual({ mode: 'emulator', campaigns: 0, differences: [] });
    await t.http().get('/api/admin/reconciliation').set('Authorization', owner.auth).expect(403);
    await t.http().get('/api/admin/reconciliation').expect(401);
  });
});
