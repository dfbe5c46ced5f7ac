import { CampaignLifecycleService } from '../src/campaigns/campaign-lifecycle.service';
import { JobRunnerService } from '../src/jobs/job-runner.service';
import { aUser, type SignedInUser } from './support/factories';
import { aKey, aLiveCampaign, anAccreditedBacker } from './support/pledge-factories';
import { startTestApp, type TestApp } from './support/test-app';

/** `GET /api/campaigns/:id/settlement`: the founder's view of what the deadline did with the money. */
describe('a campaign’s settlement, for its founder', () => {
  let t: TestApp;
  let backer: SignedInUser;

  beforeAll(async () => {
    t = await startTestApp({ JOBS_INTERVAL_MS: '3600000', SCHEDULER_INTERVAL_MS: '3600000' });
    backer = await anAccreditedBacker(t);
  });
  afterAll(() => t.close());

  async function invest(campaignId: string, shares: number) {
    await t
      .http()
      .post(`/api/campaigns/${campaignId}/pledges`)
      .set('Authorization', backer.auth)
      .set('Idempotency-Key', aKey())
      .send({ shares, acknowledgedRisk: true, paymentMethodId: 'pm_card_visa' })
      .expect(201);
  }

  /** The deadline passes and every job it caused (retries included) runs to the end. */
  async function reachDeadline(campaignId: string) {
    await t.dataSource.query(`UPDATE campaigns SET ends_at = now() - interval '1 second' WHERE id = $1`, [campaignId]);
    await t.app.get(CampaignLifecycleService).runDue();
    const runner = t.app.get(JobRunnerService);
    for (let round = 0; round < 4; round += 1) {
      await runner.drain();
      await t.dataSource.query(`UPDATE jobs SET run_at = now() WHERE status = 'queued'`);
    }
  }

  const settlementOf = (campaignId: string, auth?: string) => {
    const request = t.http().get(`/api/campaigns/${campaignId}/settlement`);
    return auth ? request.set('Authorization', auth) : request;
  };

  it('is not due while the campaign is live, and shows the founder and staff only', async () => {
    const campaign = await aLiveCampaign(t, 'shareholding', { goal: 10_000 });
    await invest(campaign.id, 10);
    const own = await settlementOf(campaign.id, campaign.founder.auth).expect(200);
    expect(own.body).toEqual({
      campaignId: campaign.id,
      campaignStatus: 'live',
      currency: 'USD',
      state: 'not_due',
      collected: 5000,
      fees: 0,
      released: 0,
      paidOut: 0,
      refunded: 0,
      inEscrow: 5000,
      pledges: { open: 1, settled: 0, refunded: 0, cancelled: 0, failed: 0 },
    });
    const reviewer = await aUser(t, 'reviewer');
    await settlementOf(campaign.id, reviewer.auth).expect(200);

    const otherFounder = await aUser(t, 'founder');
    const refused = await settlementOf(campaign.id, otherFounder.auth).expect(403);
    expect(refused.body).toMatchObject({ statusCode: 403, code: 'forbidden' });
    await settlementOf(campaign.id, backer.auth).expect(403);
    await settlementOf(campaign.id).expect(401);
    await settlementOf('00000000-0000-4000-8000-000000000000', campaign.founder.auth).expect(404);
    await settlementOf('not-an-id', campaign.founder.auth).expect(404);
  });

  it('shows the payout of a succeeded campaign once it reached the founder: raised less the fee', async () => {
    const campaign = await aLiveCampaign(t, 'shareholding', { goal: 10_000 });
    await invest(campaign.id, 40); // $200.00
    await reachDeadline(campaign.id);
    const { body } = await settlementOf(campaign.id, campaign.founder.auth).expect(200);
    expect(body).toMatchObject({
      campaignStatus: 'succeeded',
      state: 'complete',
      collected: 20_000,
      fees: 1000, // 5 %
      released: 19_000,
      paidOut: 19_000,
      refunded: 0,
      inEscrow: 0,
      pledges: { open: 0, settled: 1 },
    });
  });

  it('shows the refunds of a failed campaign', async () => {
    const campaign = await aLiveCampaign(t, 'shareholding', { goal: 5_000_000 });
    await invest(campaign.id, 20);
    await reachDeadline(campaign.id);
    const { body } = await settlementOf(campaign.id, campaign.founder.auth).expect(200);
    expect(body).toMatchObject({
      campaignStatus: 'failed',
      state: 'complete',
      collected: 10_000,
      fees: 0,
      released: 0,
      paidOut: 0,
      refunded: 10_000,
      inEscrow: 0,
      pledges: { open: 0, refunded: 1 },
    });
  });
});
