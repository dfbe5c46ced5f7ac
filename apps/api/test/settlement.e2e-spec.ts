import { CampaignLifecycleService } from '../src/campaigns/campaign-lifecycle.service';
import { JobRunnerService } from '../src/jobs/job-runner.service';
import { LedgerService } from '../src/ledger/ledger.service';
import { LocalStripeEmulator } from '../src/payments/local-stripe-emulator';
import { PAYMENT_GATEWAY, type PaymentGateway } from '../src/payments/payment-gateway';
import { ReconciliationService } from '../src/reconciliation/reconciliation.service';
import { CampaignReleaseService } from '../src/settlement/campaign-release.service';
import { aUser, type SignedInUser } from './support/factories';
import { aKey, aLiveCampaign, anAccreditedBacker } from './support/pledge-factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('settlement at the deadline', () => {
  let t: TestApp;
  const backers: SignedInUser[] = [];

  beforeAll(async () => {
    t = await startTestApp({ JOBS_INTERVAL_MS: '3600000', SCHEDULER_INTERVAL_MS: '3600000' });
    for (let i = 0; i < 3; i += 1) {
      backers.push(await anAccreditedBacker(t));
    }
  });
  afterAll(() => t.close());

  // Whatever a scenario did, the ledger and Stripe agree on every campaign's money.
  afterEach(async () => {
    const report = await t.app.get(ReconciliationService).reconcile();
    expect(report.campaigns).toBeGreaterThan(0);
    expect(report.differences).toEqual([]);
  });

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

  /** Runs the jobs until none is left, bringing retries that wait with backoff due now. */
  async function drainWithRetries(rounds = 6) {
    const runner = t.app.get(JobRunnerService);
    for (let round = 0; round < rounds; round += 1) {
      await runner.drain();
      await t.dataSource.query(`UPDATE jobs SET run_at = now() WHERE status = 'queued'`);
    }
  }

  async function founderAccountOf(campaignId: string): Promise<string> {
    const [row] = await t.dataSource.query(
      `SELECT co.payout_account_id FROM companies co JOIN campaigns c ON c.company_id = co.id WHERE c.id = $1`,
      [campaignId],
    );
    return row.payout_account_id;
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
      paymentMethodId: 'pm_card_chargeCustomerFail',
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

  it('pays a succeeded investment campaign out: the fee, then one transfer of the rest to the founder', async () => {
    const campaign = await aLiveCampaign(t, 'bond', { goal: 40_000, maxAmount: 10_000_000 });
    for (const backer of backers)
      await pledge(campaign.id, backer, { units: 2, acknowledgedRisk: true, paymentMethodId: 'pm_card_visa' });
    await reachDeadline(campaign.id);
    expect(await statuses(campaign.id)).toEqual(['settled', 'settled', 'settled']);
    const trail = await t.app.get(LedgerService).campaignMoneyTrail(campaign.id);
    // 5 % of 600.00 is 30.00; the founder receives exactly the rest.
    expect(trail).toMatchObject({ collected: 60_000, fees: 3_000, released: 57_000, refunded: 0, inEscrow: 0 });
    expect(trail.collected).toBe(trail.fees + trail.released);
    const transfers = await gateway().listTransfers(`campaign_${campaign.id}`);
    expect(transfers).toEqual([
      expect.objectContaining({
        amount: { amountMinor: 57_000, currency: 'USD' },
        destinationAccountId: await founderAccountOf(campaign.id),
        reversedMinor: 0,
      }),
    ]);
    const [company] = await t.dataSource.query(
      `SELECT co.id FROM companies co JOIN campaigns c ON c.company_id = co.id WHERE c.id = $1`,
      [campaign.id],
    );
    const ledger = t.app.get(LedgerService);
    expect(await ledger.balance({ kind: 'founder_payout', ownerId: company.id, currency: 'USD' })).toBe(57_000);
    expect(await ledger.balance({ kind: 'founder_payable', ownerId: campaign.id, currency: 'USD' })).toBe(0);
  });

  it('transfers once when the process dies between the transfer and its ledger line', async () => {
    const campaign = await aLiveCampaign(t, 'bond', { goal: 40_000, maxAmount: 10_000_000 });
    for (const backer of backers)
      await pledge(campaign.id, backer, { units: 2, acknowledgedRisk: true, paymentMethodId: 'pm_card_visa' });
    // The transfer is made but every answer is lost (the SDK's own retries included): the job fails after it.
    t.app
      .get(LocalStripeEmulator)
      .control.failNext({ mode: 'error', method: 'POST', path: '/v1/transfers', after: true, times: 3 });
    await reachDeadline(campaign.id);
    const [job] = await t.dataSource.query(`SELECT status, attempts FROM jobs WHERE dedupe_key = $1`, [
      `campaign.release:${campaign.id}`,
    ]);
    expect(job).toMatchObject({ status: 'queued', attempts: 1 });
    expect((await gateway().listTransfers(`campaign_${campaign.id}`)).length).toBe(1);
    expect((await t.app.get(LedgerService).campaignMoneyTrail(campaign.id)).released).toBe(57_000);

    await drainWithRetries();
    const transfers = await gateway().listTransfers(`campaign_${campaign.id}`);
    expect(transfers.map((transfer) => transfer.amount.amountMinor)).toEqual([57_000]);
    const [company] = await t.dataSource.query(`SELECT company_id FROM campaigns WHERE id = $1`, [campaign.id]);
    expect(
      await t.app.get(LedgerService).balance({ kind: 'founder_payout', ownerId: company.company_id, currency: 'USD' }),
    ).toBe(57_000);
  });

  it('ends a failed card’s retry window in business time, then releases what was collected', async () => {
    const campaign = await aLiveCampaign(t, 'reward', { goal: 10_000 });
    await pledge(campaign.id, backers[0]!, { amount: 6000, paymentMethodId: 'pm_card_visa' });
    await pledge(campaign.id, backers[1]!, { amount: 5000, paymentMethodId: 'pm_card_chargeCustomerFail' });
    await reachDeadline(campaign.id);
    expect(await statuses(campaign.id)).toEqual(['settled', 'action_required']);
    const release = t.app.get(CampaignReleaseService);
    // Six days on, the window is still open: nothing moves and nothing is released.
    await t.dataSource.query(`UPDATE campaigns SET closed_at = closed_at - interval '6 days' WHERE id = $1`, [
      campaign.id,
    ]);
    await release.sweep();
    await t.app.get(JobRunnerService).drain();
    expect(await statuses(campaign.id)).toEqual(['settled', 'action_required']);
    expect(await gateway().listTransfers(`campaign_${campaign.id}`)).toEqual([]);

    await t.dataSource.query(`UPDATE campaigns SET closed_at = closed_at - interval '1 day 1 minute' WHERE id = $1`, [
      campaign.id,
    ]);
    await release.sweep();
    await t.app.get(JobRunnerService).drain();
    expect(await statuses(campaign.id)).toEqual(['settled', 'failed']);
    expect(await t.app.get(LedgerService).campaignMoneyTrail(campaign.id)).toMatchObject({
      collected: 6000,
      fees: 300,
      released: 5700,
      inEscrow: 0,
    });
    const transfers = await gateway().listTransfers(`campaign_${campaign.id}`);
    expect(transfers.map((transfer) => transfer.amount.amountMinor)).toEqual([5700]);
  });

  it('finishes a cancellation whose refund Stripe made but whose answer was lost, from its outbox job', async () => {
    const campaign = await aLiveCampaign(t, 'bond', { goal: 5_000_000, maxAmount: 10_000_000 });
    const held = await pledge(campaign.id, backers[0]!, {
      units: 2,
      acknowledgedRisk: true,
      paymentMethodId: 'pm_card_visa',
    });
    // Stripe refunds, and every answer is lost (the SDK's retries included): the backer hears 503.
    t.app
      .get(LocalStripeEmulator)
      .control.failNext({ mode: 'error', method: 'POST', path: '/v1/refunds', after: true, times: 3 });
    await t.http().post(`/api/pledges/${held.id}/cancel`).set('Authorization', backers[0]!.auth).expect(503);
    expect(await statuses(campaign.id)).toEqual(['held']);
    // The refund's intent was written before Stripe was asked; it runs a minute later (brought due here).
    const [job] = await t.dataSource.query(`SELECT status FROM jobs WHERE dedupe_key = $1`, [
      `pledge.refund:${held.id}`,
    ]);
    expect(job).toEqual({ status: 'queued' });
    await t.dataSource.query(`UPDATE jobs SET run_at = now() WHERE dedupe_key = $1`, [`pledge.refund:${held.id}`]);
    await t.app.get(JobRunnerService).drain();

    expect(await statuses(campaign.id)).toEqual(['refunded']);
    const [payment] = await gateway().findPaymentsByReference(held.id);
    expect(payment).toMatchObject({ receivedMinor: 20_000, refundedMinor: 20_000 });
    const refunds = t.app
      .get(LocalStripeEmulator)
      .control.events.filter(
        (event) =>
          event.type === 'refund.created' &&
          (event.data.object as { payment_intent?: string }).payment_intent === payment!.paymentId,
      );
    expect(refunds).toHaveLength(1);
    expect(await t.app.get(LedgerService).campaignMoneyTrail(campaign.id)).toMatchObject({
      collected: 20_000,
      refunded: 20_000,
      inEscrow: 0,
    });
  });
});

describe('a small campaign, whose Stripe fees exceed the platform fee', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ JOBS_INTERVAL_MS: '3600000', SCHEDULER_INTERVAL_MS: '3600000' });
  });
  afterAll(() => t.close());

  it('is paid out in full less the fee: the platform bears the difference from its float', async () => {
    // First thing on a fresh platform: $10 collected, Stripe keeps $0.59, the platform's fee is
    // $0.50, so the $9.50 transfer needs $0.09 the campaign never brought in.
    const campaign = await aLiveCampaign(t, 'reward', { goal: 1_000 });
    const backer = await aUser(t, 'backer');
    const placed = await t
      .http()
      .post(`/api/campaigns/${campaign.id}/pledges`)
      .set('Authorization', backer.auth)
      .set('Idempotency-Key', aKey())
      .send({ amount: 1_000, paymentMethodId: 'pm_card_visa' })
      .expect(201);
    expect(placed.body.status).toBe('held');
    await t.dataSource.query(`UPDATE campaigns SET ends_at = now() - interval '1 second' WHERE id = $1`, [campaign.id]);
    await t.app.get(CampaignLifecycleService).runDue();
    await t.app.get(JobRunnerService).drain();

    const trail = await t.app.get(LedgerService).campaignMoneyTrail(campaign.id);
    expect(trail).toMatchObject({ collected: 1_000, fees: 50, released: 950, inEscrow: 0 });
    const transfers = await t.app.get<PaymentGateway>(PAYMENT_GATEWAY).listTransfers(`campaign_${campaign.id}`);
    expect(transfers.map((transfer) => transfer.amount.amountMinor)).toEqual([950]);
    const report = await t.app.get(ReconciliationService).reconcile();
    expect(report.differences).toEqual([]);
    const [pledge] = await t.dataSource.query(`SELECT status FROM pledges WHERE id = $1`, [placed.body.id]);
    expect(pledge.status).toBe('settled');
    // What Stripe holds for the platform: the float, less what it bore for this campaign.
    const { available } = t.app.get(LocalStripeEmulator).control.balance();
    expect(available.find((entry) => entry.currency === 'usd')?.amount).toBe(10_000_00 + 1_000 - 59 - 950);
  });
});
