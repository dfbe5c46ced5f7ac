import { JobRunnerService } from '../src/jobs/job-runner.service';
import { LedgerService } from '../src/ledger/ledger.service';
import { LocalStripeEmulator } from '../src/payments/local-stripe-emulator';
import { PAYMENT_GATEWAY, type PaymentGateway } from '../src/payments/payment-gateway';
import { PledgePaymentsService } from '../src/pledges/pledge-payments.service';
import { PledgeSyncService } from '../src/pledges/pledge-sync.service';
import { ReconciliationService } from '../src/reconciliation/reconciliation.service';
import type { SignedInUser } from './support/factories';
import { aKey, aLiveCampaign, anAccreditedBacker, listenForWebhooks } from './support/pledge-factories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * A pending pledge whose webhook never comes, or whose answer from Stripe was
 * lost, is not left waiting for someone to read it: the periodic sync asks
 * Stripe and records the outcome exactly as the webhook would have.
 */
describe('periodic sync of pending pledges', () => {
  let t: TestApp;
  let emulator: LocalStripeEmulator;
  let sync: PledgeSyncService;
  let runner: JobRunnerService;
  let backer: SignedInUser;

  beforeAll(async () => {
    // The test runs the sweep and the jobs itself.
    t = await startTestApp({
      JOBS_INTERVAL_MS: '3600000',
      PLEDGE_SYNC_INTERVAL_MS: '3600000',
      PLEDGE_SYNC_AFTER_SECONDS: '120',
    });
    emulator = t.app.get(LocalStripeEmulator);
    sync = t.app.get(PledgeSyncService);
    runner = t.app.get(JobRunnerService);
    await listenForWebhooks(t, emulator);
    backer = await anAccreditedBacker(t);
  });
  afterAll(() => t.close());
  afterEach(() => emulator.control.clearFaults());

  // Whatever a scenario did, every ledger transaction balances and the ledger agrees with Stripe.
  afterEach(async () => {
    const unbalanced = await t.dataSource.query(
      `SELECT transaction_id FROM ledger_entries GROUP BY transaction_id, currency HAVING sum(amount) <> 0`,
    );
    expect(unbalanced).toEqual([]);
    const report = await t.app.get(ReconciliationService).reconcile();
    expect(report.differences).toEqual([]);
  });

  const pledge = (campaignId: string, body: Record<string, unknown>) =>
    t
      .http()
      .post(`/api/campaigns/${campaignId}/pledges`)
      .set('Authorization', backer.auth)
      .set('Idempotency-Key', aKey())
      .send(body);

  /** Ten shares with a card whose bank asks for 3-D Secure: the pledge waits, pending, on the backer. */
  const investAskingForAuthentication = (campaignId: string) =>
    pledge(campaignId, {
      shares: 10,
      acknowledgedRisk: true,
      paymentMethodId: 'pm_card_authenticationRequired',
    }).expect(201);

  const intentOf = (response: { body: { nextAction?: { clientSecret: string } } }) =>
    String(response.body.nextAction?.clientSecret).split('_secret_')[0]!;

  async function pledgeRow(pledgeId: string) {
    const [row] = (await t.dataSource.query(
      `SELECT status, failure_code, saved_payment_method_id FROM pledges WHERE id = $1`,
      [pledgeId],
    )) as { status: string; failure_code: string | null; saved_payment_method_id: string | null }[];
    return row!;
  }

  async function figures(campaignId: string) {
    const [row] = (await t.dataSource.query(
      `SELECT raised_minor::int AS raised, reserved_minor::int AS reserved FROM campaigns WHERE id = $1`,
      [campaignId],
    )) as { raised: number; reserved: number }[];
    const trail = await t.app.get(LedgerService).campaignMoneyTrail(campaignId);
    const [{ n }] = (await t.dataSource.query(
      `SELECT count(*)::int AS n FROM ledger_transactions WHERE campaign_id = $1`,
      [campaignId],
    )) as [{ n: number }];
    return { ...row!, collected: trail.collected, ledgerTransactions: n };
  }

  /** Time passes: the pledge has been pending longer than PLEDGE_SYNC_AFTER_SECONDS. */
  const age = (pledgeId: string) =>
    t.dataSource.query(`UPDATE pledges SET updated_at = now() - interval '10 minutes' WHERE id = $1`, [pledgeId]);

  async function syncNow() {
    await sync.sweep();
    await runner.drain();
  }

  const syncJobsOf = async (pledgeId: string) =>
    (
      (await t.dataSource.query(
        `SELECT count(*)::int AS n FROM jobs WHERE kind = 'pledge.sync' AND payload->>'pledgeId' = $1`,
        [pledgeId],
      )) as { n: number }[]
    )[0]!.n;

  const cardCalls = () =>
    emulator.control.requests.filter(
      (call) => call.method === 'POST' && /^\/v1\/(payment_intents|setup_intents)/.test(call.path),
    ).length;

  it('holds a charged pledge whose success webhook was lost, once, and a late duplicate changes nothing', async () => {
    const campaign = await aLiveCampaign(t, 'shareholding');
    const placed = await investAskingForAuthentication(campaign.id);
    const intentId = intentOf(placed);
    emulator.control.webhooks.dropNext(10);
    emulator.control.authenticate(intentId);
    await emulator.control.webhooks.idle();
    expect((await pledgeRow(placed.body.id)).status).toBe('pending');

    // Not yet due: the sync leaves a pledge alone while its webhook may still come.
    await syncNow();
    expect(await syncJobsOf(placed.body.id)).toBe(0);
    expect((await pledgeRow(placed.body.id)).status).toBe('pending');

    await age(placed.body.id);
    await syncNow();
    expect(await syncJobsOf(placed.body.id)).toBe(1);
    expect((await pledgeRow(placed.body.id)).status).toBe('held');
    const after = await figures(campaign.id);
    expect(after).toMatchObject({ raised: 5000, reserved: 0, collected: 5000 });

    // The lost webhook turns up after all (twice): nothing moves.
    const succeeded = emulator.control.events.find(
      (event) => event.type === 'payment_intent.succeeded' && (event.data.object as { id: string }).id === intentId,
    );
    expect(succeeded).toBeDefined();
    emulator.control.webhooks.redeliver(succeeded!.id);
    emulator.control.webhooks.redeliver(succeeded!.id);
    await emulator.control.webhooks.idle();
    expect((await pledgeRow(placed.body.id)).status).toBe('held');
    expect(await figures(campaign.id)).toEqual(after);
    // And so does the sync asking again.
    await t.app.get(PledgePaymentsService).syncWithStripe(placed.body.id);
    expect(await figures(campaign.id)).toEqual(after);
  });

  it('holds a saved card whose webhook was lost, keeping the card saved for the charge at success', async () => {
    const campaign = await aLiveCampaign(t, 'reward');
    const placed = await pledge(campaign.id, {
      amount: 5000,
      paymentMethodId: 'pm_card_authenticationRequiredSetupForOffSession',
    }).expect(201);
    expect(placed.body.status).toBe('pending');
    emulator.control.webhooks.dropNext(10);
    emulator.control.authenticate(intentOf(placed));
    await emulator.control.webhooks.idle();
    expect((await pledgeRow(placed.body.id)).status).toBe('pending');

    await age(placed.body.id);
    await syncNow();
    const row = await pledgeRow(placed.body.id);
    expect(row.status).toBe('held');
    expect(row.saved_payment_method_id).toMatch(/^pm_/);
    expect(await figures(campaign.id)).toMatchObject({ raised: 5000, reserved: 0, collected: 0 });
  });

  it('fails a pledge whose authentication failed without a webhook, and frees its room', async () => {
    const campaign = await aLiveCampaign(t, 'shareholding');
    const placed = await investAskingForAuthentication(campaign.id);
    expect(await figures(campaign.id)).toMatchObject({ reserved: 5000 });
    emulator.control.webhooks.dropNext(10);
    emulator.control.authenticate(intentOf(placed), false);
    await emulator.control.webhooks.idle();

    await age(placed.body.id);
    await syncNow();
    expect((await pledgeRow(placed.body.id)).status).toBe('failed');
    expect(await figures(campaign.id)).toMatchObject({ raised: 0, reserved: 0, collected: 0, ledgerTransactions: 0 });
  });

  it('resolves an outcome left unknown by a lost answer by reading the payment back, never charging again', async () => {
    const campaign = await aLiveCampaign(t, 'shareholding');
    // Stripe charges the card, but every answer (the SDK's retries included) and the webhook are lost.
    emulator.control.webhooks.dropNext(10);
    emulator.control.failNext({
      mode: 'timeout',
      method: 'POST',
      path: '/v1/payment_intents',
      after: true,
      delayMs: 50,
      times: 5,
    });
    const placed = await pledge(campaign.id, { shares: 10, acknowledgedRisk: true, paymentMethodId: 'pm_card_visa' });
    expect(placed.status).toBe(201);
    expect(placed.body.status).toBe('pending');
    emulator.control.clearFaults();
    await emulator.control.webhooks.idle();

    const before = cardCalls();
    await age(placed.body.id);
    await syncNow();
    expect(cardCalls()).toBe(before);
    expect((await pledgeRow(placed.body.id)).status).toBe('held');
    expect(await figures(campaign.id)).toMatchObject({ raised: 5000, reserved: 0, collected: 5000 });
    const payments = await t.app.get<PaymentGateway>(PAYMENT_GATEWAY).findPaymentsByReference(placed.body.id);
    expect(payments.map((payment) => payment.status)).toEqual(['succeeded']);
  });

  it('leaves pending, and never charges, a pledge of which Stripe knows nothing', async () => {
    const campaign = await aLiveCampaign(t, 'shareholding');
    // Every request fails before Stripe does anything.
    emulator.control.failNext({ mode: 'error', method: 'POST', path: '/v1/payment_intents', times: 5 });
    const placed = await pledge(campaign.id, { shares: 10, acknowledgedRisk: true, paymentMethodId: 'pm_card_visa' });
    expect(placed.body.status).toBe('pending');
    emulator.control.clearFaults();

    const before = cardCalls();
    await age(placed.body.id);
    await syncNow();
    expect(cardCalls()).toBe(before);
    expect((await pledgeRow(placed.body.id)).status).toBe('pending');
    expect(await figures(campaign.id)).toMatchObject({ raised: 0, reserved: 5000, collected: 0 });
    // It is asked about again in later rounds, not at every sweep.
    expect(await syncJobsOf(placed.body.id)).toBe(1);
    await syncNow();
    expect(await syncJobsOf(placed.body.id)).toBe(1);
    await t.dataSource.query(`UPDATE pledges SET updated_at = now() - interval '30 minutes' WHERE id = $1`, [
      placed.body.id,
    ]);
    await syncNow();
    expect(await syncJobsOf(placed.body.id)).toBe(2);
    expect(cardCalls()).toBe(before);
  });

  describe('a pledge left unpaid past PLEDGE_ABANDONED_AFTER_SECONDS (an hour)', () => {
    /** Two hours pass: past the abandonment window, and due for a sync round. */
    const ageTwoHours = (pledgeId: string) =>
      t.dataSource.query(
        `UPDATE pledges SET created_at = now() - interval '2 hours', updated_at = now() - interval '2 hours' WHERE id = $1`,
        [pledgeId],
      );

    it('cancels a payment whose 3-D Secure was never finished, fails the pledge and frees its room under the cap', async () => {
      const campaign = await aLiveCampaign(t, 'shareholding');
      const placed = await investAskingForAuthentication(campaign.id);
      expect(await figures(campaign.id)).toMatchObject({ reserved: 5000 });

      // Within the hour it is only asked about: the backer may still be at their bank's page.
      await age(placed.body.id);
      await syncNow();
      expect((await pledgeRow(placed.body.id)).status).toBe('pending');

      await ageTwoHours(placed.body.id);
      await syncNow();
      expect(await pledgeRow(placed.body.id)).toMatchObject({
        status: 'failed',
        failure_code: 'authentication_abandoned',
      });
      expect(await figures(campaign.id)).toMatchObject({ raised: 0, reserved: 0, collected: 0, ledgerTransactions: 0 });
      const [payment] = await t.app.get<PaymentGateway>(PAYMENT_GATEWAY).findPaymentsByReference(placed.body.id);
      expect(payment!.status).toBe('canceled');
      // Coming back to the bank's page later takes nothing.
      expect(() => emulator.control.authenticate(intentOf(placed))).toThrow();
    });

    it('cancels a card saving whose 3-D Secure was never finished, and frees the reward', async () => {
      const campaign = await aLiveCampaign(t, 'reward');
      const placed = await pledge(campaign.id, {
        amount: 5000,
        paymentMethodId: 'pm_card_authenticationRequiredSetupForOffSession',
      }).expect(201);
      await ageTwoHours(placed.body.id);
      await syncNow();
      expect(await pledgeRow(placed.body.id)).toMatchObject({
        status: 'failed',
        failure_code: 'authentication_abandoned',
      });
      expect(await figures(campaign.id)).toMatchObject({ raised: 0, reserved: 0 });
      expect(() => emulator.control.authenticate(intentOf(placed))).toThrow();
    });

    it('records the payment instead when the backer finishes 3-D Secure as it is being abandoned', async () => {
      const campaign = await aLiveCampaign(t, 'shareholding');
      const placed = await investAskingForAuthentication(campaign.id);
      emulator.control.webhooks.dropNext(10);
      await ageTwoHours(placed.body.id);
      // Between the sync's read and its cancel, the backer's bank says yes: Stripe refuses the cancel.
      const gateway = t.app.get<PaymentGateway>(PAYMENT_GATEWAY);
      const cancel = gateway.cancelPayment.bind(gateway);
      const spy = jest.spyOn(gateway, 'cancelPayment').mockImplementationOnce(async (input) => {
        emulator.control.authenticate(intentOf(placed));
        return cancel(input);
      });
      try {
        await syncNow();
        expect(spy).toHaveBeenCalledTimes(1);
      } finally {
        spy.mockRestore();
      }
      expect((await pledgeRow(placed.body.id)).status).toBe('held');
      expect(await figures(campaign.id)).toMatchObject({ raised: 5000, reserved: 0, collected: 5000 });
    });

    it('fails a pledge whose payment never reached Stripe, and a retry of the same request charges nothing', async () => {
      const campaign = await aLiveCampaign(t, 'shareholding');
      const key = aKey();
      const body = { shares: 10, acknowledgedRisk: true, paymentMethodId: 'pm_card_visa' };
      emulator.control.failNext({ mode: 'error', method: 'POST', path: '/v1/payment_intents', times: 5 });
      const send = () =>
        t
          .http()
          .post(`/api/campaigns/${campaign.id}/pledges`)
          .set('Authorization', backer.auth)
          .set('Idempotency-Key', key)
          .send(body);
      const placed = await send();
      expect(placed.body.status).toBe('pending');
      emulator.control.clearFaults();

      const before = cardCalls();
      await ageTwoHours(placed.body.id);
      await syncNow();
      expect(await pledgeRow(placed.body.id)).toMatchObject({ status: 'failed', failure_code: 'payment_not_started' });
      expect(await figures(campaign.id)).toMatchObject({ raised: 0, reserved: 0, collected: 0 });

      // The same request again answers the pledge's failure, as for any failed pledge, and takes nothing.
      const retried = await send();
      expect(retried.status).toBe(402);
      expect(cardCalls()).toBe(before);
      expect((await pledgeRow(placed.body.id)).status).toBe('failed');
    });
  });

  describe('a pledge cancelled by its backer while its payment waits on 3-D Secure', () => {
    const cancel = (pledgeId: string) =>
      t.http().post(`/api/pledges/${pledgeId}/cancel`).set('Authorization', backer.auth);

    it('cancels the payment at Stripe too, so finishing at the bank later takes nothing', async () => {
      const campaign = await aLiveCampaign(t, 'shareholding');
      const placed = await investAskingForAuthentication(campaign.id);
      const cancelled = await cancel(placed.body.id).expect(200);
      expect(cancelled.body.status).toBe('cancelled');
      const [payment] = await t.app.get<PaymentGateway>(PAYMENT_GATEWAY).findPaymentsByReference(placed.body.id);
      expect(payment!.status).toBe('canceled');
      expect(() => emulator.control.authenticate(intentOf(placed))).toThrow();
      expect(await figures(campaign.id)).toMatchObject({ raised: 0, reserved: 0, collected: 0, ledgerTransactions: 0 });
    });

    it('refunds in full when the backer finished 3-D Secure just before, even with its webhook lost', async () => {
      const campaign = await aLiveCampaign(t, 'shareholding');
      const placed = await investAskingForAuthentication(campaign.id);
      emulator.control.webhooks.dropNext(10);
      emulator.control.authenticate(intentOf(placed));
      await emulator.control.webhooks.idle();
      expect((await pledgeRow(placed.body.id)).status).toBe('pending');

      const cancelled = await cancel(placed.body.id).expect(200);
      expect(cancelled.body.status).toBe('refunded');
      const [payment] = await t.app.get<PaymentGateway>(PAYMENT_GATEWAY).findPaymentsByReference(placed.body.id);
      expect(payment).toMatchObject({ receivedMinor: 5000, refundedMinor: 5000 });
      expect(await figures(campaign.id)).toMatchObject({ raised: 0, reserved: 0 });
    });

    it('refunds when the bank says yes at the very moment of the cancel (Stripe refuses to cancel)', async () => {
      const campaign = await aLiveCampaign(t, 'shareholding');
      const placed = await investAskingForAuthentication(campaign.id);
      emulator.control.webhooks.dropNext(10);
      const gateway = t.app.get<PaymentGateway>(PAYMENT_GATEWAY);
      const cancelAtStripe = gateway.cancelPayment.bind(gateway);
      const spy = jest.spyOn(gateway, 'cancelPayment').mockImplementationOnce(async (input) => {
        emulator.control.authenticate(intentOf(placed));
        return cancelAtStripe(input);
      });
      try {
        const cancelled = await cancel(placed.body.id).expect(200);
        expect(spy).toHaveBeenCalledTimes(1);
        expect(cancelled.body.status).toBe('refunded');
      } finally {
        spy.mockRestore();
      }
      const [payment] = await gateway.findPaymentsByReference(placed.body.id);
      expect(payment).toMatchObject({ receivedMinor: 5000, refundedMinor: 5000 });
      expect(await figures(campaign.id)).toMatchObject({ raised: 0, reserved: 0 });
    });

    it('asks to try again (503) rather than release a charge Stripe may have taken but cannot find yet', async () => {
      const campaign = await aLiveCampaign(t, 'shareholding');
      const body = { shares: 10, acknowledgedRisk: true, paymentMethodId: 'pm_card_visa' };
      emulator.control.failNext({ mode: 'error', method: 'POST', path: '/v1/payment_intents', times: 5 });
      const placed = await pledge(campaign.id, body);
      expect(placed.body.status).toBe('pending');
      emulator.control.clearFaults();
      const refused = await cancel(placed.body.id).expect(503);
      expect(refused.body.code).toBe('service_unavailable');
      expect((await pledgeRow(placed.body.id)).status).toBe('pending');
      // Minutes later, Stripe's search would have found it: nothing was taken, and the pledge is released.
      await t.dataSource.query(`UPDATE pledges SET created_at = now() - interval '10 minutes' WHERE id = $1`, [
        placed.body.id,
      ]);
      expect((await cancel(placed.body.id).expect(200)).body.status).toBe('cancelled');
      expect(await figures(campaign.id)).toMatchObject({ raised: 0, reserved: 0, collected: 0 });
    });
  });
});
