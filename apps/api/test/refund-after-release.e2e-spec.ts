import { CampaignLifecycleService } from '../src/campaigns/campaign-lifecycle.service';
import { JobRunnerService } from '../src/jobs/job-runner.service';
import { LedgerService } from '../src/ledger/ledger.service';
import { LocalStripeEmulator } from '../src/payments/local-stripe-emulator';
import { PAYMENT_GATEWAY, type PaymentGateway } from '../src/payments/payment-gateway';
import { ReconciliationService } from '../src/reconciliation/reconciliation.service';
import { requestRefundAfterRelease } from '../src/settlement/refund-after-release';
import type { SignedInUser } from './support/factories';
import { aKey, aLiveCampaign, anAccreditedBacker } from './support/pledge-factories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A settled pledge refunded after its campaign paid out (decision 0009): the founder's
 * transfer is reversed for the amount, or — when the connected account cannot give it back —
 * the platform advances it and the ledger records what the founder owes. Either way the backer
 * is refunded once, the money trail's identity holds and the ledger agrees with Stripe.
 */
describe('a refund after the release', () => {
  let t: TestApp;
  const backers: SignedInUser[] = [];

  beforeAll(async () => {
    t = await startTestApp({ JOBS_INTERVAL_MS: '3600000', SCHEDULER_INTERVAL_MS: '3600000' });
    for (let i = 0; i < 3; i += 1) {
      backers.push(await anAccreditedBacker(t));
    }
  });
  afterAll(() => t.close());

  afterEach(async () => {
    t.app.get(LocalStripeEmulator).control.clearFaults();
    const report = await t.app.get(ReconciliationService).reconcile();
    expect(report.differences).toEqual([]);
  });

  const gateway = () => t.app.get<PaymentGateway>(PAYMENT_GATEWAY);
  const ledger = () => t.app.get(LedgerService);

  /** A bond campaign of three 200.00 pledges that succeeded and paid 570.00 out to its founder. */
  async function paidOutCampaign(): Promise<{ id: string; companyId: string; pledgeIds: string[] }> {
    const campaign = await aLiveCampaign(t, 'bond', { goal: 40_000, maxAmount: 10_000_000 });
    const pledgeIds: string[] = [];
    for (const backer of backers) {
      const response = await t
        .http()
        .post(`/api/campaigns/${campaign.id}/pledges`)
        .set('Authorization', backer.auth)
        .set('Idempotency-Key', aKey())
        .send({ units: 2, acknowledgedRisk: true, paymentMethodId: 'pm_card_visa' })
        .expect(201);
      pledgeIds.push((response.body as { id: string }).id);
    }
    await t.dataSource.query(`UPDATE campaigns SET ends_at = now() - interval '1 second' WHERE id = $1`, [campaign.id]);
    await t.app.get(CampaignLifecycleService).runDue();
    await t.app.get(JobRunnerService).drain();
    expect(await ledger().campaignMoneyTrail(campaign.id)).toMatchObject({ released: 57_000, inEscrow: 0 });
    const [row] = (await t.dataSource.query(`SELECT company_id FROM campaigns WHERE id = $1`, [campaign.id])) as {
      company_id: string;
    }[];
    return { id: campaign.id, companyId: row!.company_id, pledgeIds };
  }

  const request = (pledgeId: string) =>
    t.dataSource.transaction((manager) => requestRefundAfterRelease(manager, pledgeId, 'dispute lost'));

  /** Runs the jobs until none is left, bringing retries that wait with backoff due now. */
  async function drainWithRetries(rounds = 6) {
    const runner = t.app.get(JobRunnerService);
    for (let round = 0; round < rounds; round += 1) {
      await runner.drain();
      await t.dataSource.query(`UPDATE jobs SET run_at = now() WHERE status = 'queued'`);
    }
  }

  async function pledgeStatus(pledgeId: string): Promise<string> {
    const [row] = (await t.dataSource.query(`SELECT status FROM pledges WHERE id = $1`, [pledgeId])) as {
      status: string;
    }[];
    return row!.status;
  }

  it('reverses the transfer for the amount refunded, once, even when Stripe loses its answers', async () => {
    const campaign = await paidOutCampaign();
    const refunded = campaign.pledgeIds[0]!;
    // The reversal and the refund are made, and their first answers lost (the SDK's own retries included).
    const control = t.app.get(LocalStripeEmulator).control;
    control.failNext({ mode: 'error', method: 'POST', path: /\/reversals$/, after: true, times: 3 });
    control.failNext({ mode: 'error', method: 'POST', path: '/v1/refunds', after: true, times: 3 });
    expect(await request(refunded)).toMatchObject({ outcome: 'requested', amountMinor: 20_000 });
    expect(await request(refunded)).toMatchObject({ outcome: 'requested' }); // one request: the dedupe key
    await drainWithRetries();

    expect(await pledgeStatus(refunded)).toBe('refunded');
    expect(await Promise.all(campaign.pledgeIds.slice(1).map(pledgeStatus))).toEqual(['settled', 'settled']);
    const [payment] = await gateway().findPaymentsByReference(refunded);
    expect(payment).toMatchObject({ receivedMinor: 20_000, refundedMinor: 20_000 });
    const [transfer] = await gateway().listTransfers(`campaign_${campaign.id}`);
    expect(transfer).toMatchObject({ amount: { amountMinor: 57_000, currency: 'USD' }, reversedMinor: 20_000 });
    expect(await gateway().listTransferReversals(transfer!.transferId)).toHaveLength(1);

    const trail = await ledger().campaignMoneyTrail(campaign.id);
    expect(trail).toMatchObject({ collected: 60_000, fees: 3_000, released: 37_000, refunded: 20_000, inEscrow: 0 });
    expect(trail.collected).toBe(trail.fees + trail.released + trail.refunded + trail.inEscrow);
    const owner = { ownerId: campaign.companyId, currency: 'USD' };
    expect(await ledger().balance({ kind: 'founder_payout', ...owner })).toBe(37_000);
    expect(await ledger().balance({ kind: 'founder_receivable', ...owner })).toBe(0);
    // Refunded now, so a second request is refused rather than refunding again.
    expect(await request(refunded)).toEqual({ outcome: 'not_settled', status: 'refunded' });
  });

  it('records what the founder owes when the connected account cannot cover the reversal, and still refunds', async () => {
    const campaign = await paidOutCampaign();
    const refunded = campaign.pledgeIds[1]!;
    t.app.get(LocalStripeEmulator).control.failNext({
      mode: 'error',
      status: 400,
      code: 'balance_insufficient',
      method: 'POST',
      path: /\/reversals$/,
    });
    expect(await request(refunded)).toMatchObject({ outcome: 'requested' });
    await drainWithRetries();

    expect(await pledgeStatus(refunded)).toBe('refunded');
    const [payment] = await gateway().findPaymentsByReference(refunded);
    expect(payment).toMatchObject({ receivedMinor: 20_000, refundedMinor: 20_000 });
    // Nothing came back from the founder at Stripe...
    const [transfer] = await gateway().listTransfers(`campaign_${campaign.id}`);
    expect(transfer).toMatchObject({ reversedMinor: 0 });
    // ...so the platform advanced the refund and the founder owes it.
    const trail = await ledger().campaignMoneyTrail(campaign.id);
    expect(trail).toMatchObject({ collected: 60_000, fees: 3_000, released: 37_000, refunded: 20_000, inEscrow: 0 });
    expect(trail.entries.map((entry) => entry.kind)).toContain('refund_advanced');
    const owner = { ownerId: campaign.companyId, currency: 'USD' };
    expect(await ledger().balance({ kind: 'founder_receivable', ...owner })).toBe(20_000);
    expect(await ledger().balance({ kind: 'founder_payout', ...owner })).toBe(37_000);
  });

  it('refuses a pledge that was never paid out, and one that does not exist', async () => {
    const campaign = await aLiveCampaign(t, 'bond', { goal: 40_000, maxAmount: 10_000_000 });
    const response = await t
      .http()
      .post(`/api/campaigns/${campaign.id}/pledges`)
      .set('Authorization', backers[0]!.auth)
      .set('Idempotency-Key', aKey())
      .send({ units: 2, acknowledgedRisk: true, paymentMethodId: 'pm_card_visa' })
      .expect(201);
    const pledgeId = (response.body as { id: string }).id;
    expect(await request(pledgeId)).toEqual({ outcome: 'not_settled', status: 'held' });
    expect(await request('00000000-0000-4000-8000-000000000000')).toEqual({ outcome: 'not_found' });
    const [jobs] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM jobs WHERE kind = 'pledge.refund-after-release' AND payload->>'pledgeId' = $1`,
      [pledgeId],
    )) as { n: number }[];
    expect(jobs!.n).toBe(0);
  });
});
