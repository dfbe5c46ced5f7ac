import { CampaignLifecycleService } from '../src/campaigns/campaign-lifecycle.service';
import { JobRunnerService } from '../src/jobs/job-runner.service';
import { LedgerService } from '../src/ledger/ledger.service';
import { LocalStripeEmulator } from '../src/payments/local-stripe-emulator';
import { PAYMENT_GATEWAY, type PaymentGateway } from '../src/payments/payment-gateway';
import { aUser, type SignedInUser } from './support/factories';
import { aKey, aLiveCampaign } from './support/pledge-factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('settlement at the deadline', () => {
  let t: TestApp;
  const backers: SignedInUser[] = [];

  beforeAll(async () => {
    t = await startTestApp({ JOBS_INTERVAL_MS: '3600000', SCHEDULER_INTERVAL_MS: '3600000' });
    for (let i = 0; i < 3; i += 1) {
      const backer = await aUser(t, 'backer');
      await t
        .http()
        .put('/api/me/investor-profile')
        .set('Authorization', backer.auth)
        .send({ annualIncome: 0, netWorth: 0, currency: 'USD', accredited: true })
        .expect(200);
      backers.push(backer);
    }
  });
  afterAll(() => t.close());

  const gateway = () => t.app.get<PaymentGateway>(PAYMENT_GATEWAY);

  async function pledge(campaignId: string, backer: SignedInUser, body: Record<string, unknown>) {
    const response = await t
      .http()
      .post(`/api/campaigns/${campaignId}/pledges`)
      .set('Authorization', backer.auth)
      .set('Idempotency-Key', aKey())
      .send(body);
    return response.body as { id: string; status: string };
  }

  /** The deadline passes; the lifecycle closes the campaign and the jobs it enqueued run to the end. */
  async function reachDeadline(campaignId: string) {
    await t.dataSource.query(`UPDATE campaigns SET ends_at = now() - interval '1 second' WHERE id = $1`, [campaignId]);
    await t.app.get(CampaignLifecycleService).runDue();
    await t.app.get(JobRunnerService).drain();
  }

  async function statuses(campaignId: string) {
    const rows = (await t.dataSource.query(
      `SELECT id, status FROM pledges WHERE campaign_id = $1 ORDER BY created_at`,
      [campaignId],
    )) as { id: string; status: string }[];
    return rows.map((row) => row.status);
  }

  it('refunds every charged pledge in full when an investment campaign fails', async () => {
    const campaign = await aLiveCampaign(t, 'bond', { goal: 5_000_000, maxAmount: 10_000_000 });
    const pledges = [];
    for (const backer of backers)
      pledges.push(
        await pledge(campaign.id, backer, { units: 2, acknowledgedRisk: true, paymentMethodId: 'pm_card_visa' }),
      );
    expect(pledges.map((p) => p.status)).toEqual(['held', 'held', 'held']);
    await reachDeadline(campaign.id);
    const [row] = await t.dataSource.query(`SELECT status, raised_minor, backers_count FROM campaigns WHERE id = $1`, [
      campaign.id,
    ]);
    expect(row).toEqual({ status: 'failed', raised_minor: 0, backers_count: 0 });
    expect(await statuses(campaign.id)).toEqual(['refunded', 'refunded', 'refunded']);
    for (const p of pledges) {
      const [payment] = await gateway().findPaymentsByReference(p.id);
      expect(payment).toMatchObject({ receivedMinor: 20_000, refundedMinor: 20_000 });
    }
    const trail = await t.app.get(LedgerService).campaignMoneyTrail(campaign.id);
    expect(trail).toMatchObject({ collected: 60_000, refunded: 60_000, inEscrow: 0, fees: 0, released: 0 });
    const publicTrail = await t.http().get(`/api/campaigns/${campaign.id}/money-trail`).expect(200);
    expect(publicTrail.body).toMatchObject({ currency: 'USD', collected: 60_000, refunded: 60_000, inEscrow: 0 });
  });

  it('releases saved cards without charging when a reward campaign fails', async () => {
    const campaign = await aLiveCampaign(t, 'reward', { goal: 5_000_000 });
    await pledge(campaign.id, backers[0]!, { amount: 5000, paymentMethodId: 'pm_card_visa' });
    await reachDeadline(campaign.id);
    expect(await statuses(campaign.id)).toEqual(['cancelled']);
    expect((await t.app.get(LedgerService).campaignMoneyTrail(campaign.id)).collected).toBe(0);
  });

  it('charges saved cards at success, and a card that fails then asks its backer to act', async () => {
    const campaign = await aLiveCampaign(t, 'reward', { goal: 10_000 });
    const good = await pledge(campaign.id, backers[0]!, { amount: 6000, paymentMethodId: 'pm_card_visa' });
    const failing = await pledge(campaign.id, backers[1]!, {
      amount: 5000,
      paymentMethodId: 'pm_card_visa_chargeDeclined',
    });
    expect([good.status, failing.status]).toEqual(['held', 'held']);
    await reachDeadline(campaign.id);
    const [row] = await t.dataSource.query(`SELECT status FROM campaigns WHERE id = $1`, [campaign.id]);
    expect(row.status).toBe('succeeded');
    expect(await statuses(campaign.id)).toEqual(['settled', 'action_required']);
    const trail = await t.app.get(LedgerService).campaignMoneyTrail(campaign.id);
    expect(trail).toMatchObject({ collected: 6000, inEscrow: 6000 });
  });

  it('settles charged investments once, even when Stripe loses its answers and the jobs run again', async () => {
    const campaign = await aLiveCampaign(t, 'shareholding', { goal: 500_000 });
    const emulator = t.app.get(LocalStripeEmulator);
    const pledges = [];
    for (const backer of backers)
      pledges.push(
        await pledge(campaign.id, backer, { shares: 10, acknowledgedRisk: true, paymentMethodId: 'pm_card_visa' }),
      );
    // The campaign falls short: refunds are asked of Stripe; the first answers are lost after the refund is made.
    emulator.control.failNext({ mode: 'error', method: 'POST', path: '/v1/refunds', after: true, times: 4 });
    await t.dataSource.query(`UPDATE campaigns SET ends_at = now() - interval '1 second' WHERE id = $1`, [campaign.id]);
    await t.app.get(CampaignLifecycleService).runDue();
    const runner = t.app.get(JobRunnerService);
    for (let round = 0; round < 6; round += 1) {
      await runner.drain();
      // Retries wait with backoff; bring them due now.
      await t.dataSource.query(`UPDATE jobs SET run_at = now() WHERE status = 'queued'`);
    }
    expect(await statuses(campaign.id)).toEqual(['refunded', 'refunded', 'refunded']);
    for (const p of pledges) {
      const [payment] = await gateway().findPaymentsByReference(p.id);
      expect(payment).toMatchObject({ receivedMinor: 5000, refundedMinor: 5000 });
    }
    expect(await t.app.get(LedgerService).campaignMoneyTrail(campaign.id)).toMatchObject({
      collected: 15_000,
      refunded: 15_000,
      inEscrow: 0,
    });
  });
});
