import { LedgerService } from '../src/ledger/ledger.service';
import { LocalStripeEmulator } from '../src/payments/local-stripe-emulator';
import { PAYMENT_GATEWAY, type PaymentGateway } from '../src/payments/payment-gateway';
import { aUser, type SignedInUser } from './support/factories';
import { aCampaign, aCompany } from './support/campaign-factories';
import { aKey, aLiveCampaign } from './support/pledge-factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('pledges through the Stripe emulator', () => {
  let t: TestApp;
  let backer: SignedInUser;
  let emulator: LocalStripeEmulator;

  beforeAll(async () => {
    t = await startTestApp();
    backer = await aUser(t, 'backer');
    emulator = t.app.get(LocalStripeEmulator);
  });
  afterAll(() => t.close());

  const gateway = () => t.app.get<PaymentGateway>(PAYMENT_GATEWAY);

  function pledge(campaignId: string, body: Record<string, unknown>, key: string | null = aKey(), who = backer) {
    const call = t.http().post(`/api/campaigns/${campaignId}/pledges`).set('Authorization', who.auth);
    return (key ? call.set('Idempotency-Key', key) : call).send(body);
  }

  async function campaignFigures(campaignId: string) {
    const response = await t.http().get(`/api/campaigns/${campaignId}`).expect(200);
    return { raised: response.body.raised, backers: response.body.backers, tiers: response.body.terms.tiers };
  }

  async function investorProfile(who: SignedInUser, accredited = true) {
    await t
      .http()
      .put('/api/me/investor-profile')
      .set('Authorization', who.auth)
      .send({ annualIncome: 20_000_000, netWorth: 50_000_000, currency: 'USD', accredited })
      .expect(200);
  }

  describe('a reward pledge', () => {
    it('saves the card and counts the pledge as committed', async () => {
      const campaign = await aLiveCampaign(t, 'reward');
      const tierId = campaign.tierIds[0];
      const response = await pledge(campaign.id, { tierId, paymentMethodId: 'pm_card_visa' }).expect(201);
      expect(response.body).toMatchObject({
        campaignId: campaign.id,
        status: 'held',
        amount: 2500,
        currency: 'USD',
        tierId,
      });
      expect(Date.parse(response.body.cancellableUntil)).toBeGreaterThan(Date.now());
      const figures = await campaignFigures(campaign.id);
      expect(figures.raised).toBe(2500);
      expect(figures.backers).toBe(1);
      expect(figures.tiers[0]).toMatchObject({ sold: 1, remaining: 99 });
      // A saved card is charged only at success: no money has moved, so the ledger is untouched.
      const trail = await t.app.get(LedgerService).campaignMoneyTrail(campaign.id);
      expect(trail.collected).toBe(0);
    });

    it('takes a donation and refuses one below a unit of the currency', async () => {
      const campaign = await aLiveCampaign(t, 'reward');
      await pledge(campaign.id, { amount: 1234, paymentMethodId: 'pm_card_visa' }).expect(201);
      const small = await pledge(campaign.id, { amount: 99, paymentMethodId: 'pm_card_visa' }).expect(400);
      expect(small.body.code).toBe('validation_failed');
    });

    it('answers a declined card with 402, records the pledge as failed and gives its room back', async () => {
      const campaign = await aLiveCampaign(t, 'reward');
      const tierId = campaign.tierIds[0];
      const declined = await pledge(campaign.id, { tierId, paymentMethodId: 'pm_card_chargeDeclined' }).expect(402);
      expect(declined.body.code).toBe('card_declined');
      const figures = await campaignFigures(campaign.id);
      expect(figures).toMatchObject({ raised: 0, backers: 0 });
      expect(figures.tiers[0]).toMatchObject({ sold: 0, remaining: 100 });
      const mine = await t.http().get('/api/me/pledges').set('Authorization', backer.auth).expect(200);
      expect(mine.body.items.find((item: { campaignId: string }) => item.campaignId === campaign.id)).toMatchObject({
        status: 'failed',
      });
    });
  });

  it.each(['pm_card_chargeDeclined', 'pm_card_visa_chargeDeclined', 'pm_card_visa_chargeDeclinedInsufficientFunds'])(
    'refuses a reward pledge with %s at once (402), as the contract says of the declining test cards',
    async (paymentMethodId) => {
      const campaign = await aLiveCampaign(t, 'reward');
      const declined = await pledge(campaign.id, { amount: 5000, paymentMethodId }).expect(402);
      expect(declined.body.code).toBe('card_declined');
      expect((await campaignFigures(campaign.id)).raised).toBe(0);
    },
  );

  describe('input a client may get wrong', () => {
    it('refuses a payment method Stripe does not know with 400, before anything is recorded', async () => {
      const campaign = await aLiveCampaign(t, 'reward');
      const unknown = await pledge(campaign.id, { amount: 5000, paymentMethodId: 'pm_nothing_like_it' }).expect(400);
      expect(unknown.body).toMatchObject({
        code: 'validation_failed',
        details: [expect.objectContaining({ path: 'paymentMethodId' })],
      });
      expect(await count(t, 'pledges', campaign.id)).toBe(0);
      expect((await campaignFigures(campaign.id)).raised).toBe(0);
    });

    it('refuses more than one card payment can carry (Stripe: $999,999.99) with 400, for a donation and for shares', async () => {
      const reward = await aLiveCampaign(t, 'reward');
      const donation = await pledge(reward.id, { amount: 100_000_000, paymentMethodId: 'pm_card_visa' }).expect(400);
      expect(donation.body.details).toEqual([expect.objectContaining({ path: 'amount' })]);
      const offering = await aLiveCampaign(t, 'shareholding');
      await investorProfile(backer);
      const shares = await pledge(offering.id, {
        shares: 40_000_001,
        acknowledgedRisk: true,
        paymentMethodId: 'pm_card_visa',
      }).expect(400);
      expect(shares.body.details).toEqual([expect.objectContaining({ path: 'shares' })]);
      expect(await count(t, 'pledges', reward.id)).toBe(0);
      expect(await count(t, 'pledges', offering.id)).toBe(0);
    });

    it('takes any printable Idempotency-Key, however short', async () => {
      const campaign = await aLiveCampaign(t, 'reward');
      const first = await pledge(campaign.id, { amount: 5000, paymentMethodId: 'pm_card_visa' }, 'k1').expect(201);
      const again = await pledge(campaign.id, { amount: 5000, paymentMethodId: 'pm_card_visa' }, 'k1').expect(201);
      expect(again.body.id).toBe(first.body.id);
    });
  });

  describe('an investment pledge', () => {
    it('needs an investor profile and the acknowledged risk, and takes no client amount', async () => {
      const campaign = await aLiveCampaign(t, 'bond');
      const newcomer = await aUser(t, 'backer');
      const noProfile = await pledge(
        campaign.id,
        { units: 2, acknowledgedRisk: true, paymentMethodId: 'pm_card_visa' },
        aKey(),
        newcomer,
      );
      expect(noProfile.status).toBe(422);
      expect(noProfile.body.code).toBe('investor_profile_required');
      await investorProfile(newcomer);
      const unacknowledged = await pledge(
        campaign.id,
        { units: 2, acknowledgedRisk: false, paymentMethodId: 'pm_card_visa' },
        aKey(),
        newcomer,
      );
      expect(unacknowledged.status).toBe(422);
      expect(unacknowledged.body.code).toBe('risk_not_acknowledged');
      // Left out, it is the same rule that refuses, not the shape of the body.
      const silent = await pledge(campaign.id, { units: 2, paymentMethodId: 'pm_card_visa' }, aKey(), newcomer);
      expect(silent.status).toBe(422);
      expect(silent.body.code).toBe('risk_not_acknowledged');
      const withAmount = await pledge(
        campaign.id,
        { units: 2, amount: 1, acknowledgedRisk: true, paymentMethodId: 'pm_card_visa' },
        aKey(),
        newcomer,
      );
      expect(withAmount.status).toBe(400);
      expect(await count(t, 'pledges', campaign.id)).toBe(0);
    });

    it('charges at once into escrow: the ledger and the money trail show it', async () => {
      const campaign = await aLiveCampaign(t, 'bond');
      await investorProfile(backer);
      const response = await pledge(campaign.id, {
        units: 3,
        acknowledgedRisk: true,
        paymentMethodId: 'pm_card_visa',
      }).expect(201);
      expect(response.body).toMatchObject({ status: 'held', amount: 30_000, units: 3 });
      const trail = await t.app.get(LedgerService).campaignMoneyTrail(campaign.id);
      expect(trail).toMatchObject({ collected: 30_000, inEscrow: 30_000, refunded: 0 });
    });

    it('answers a pledge that needs the backer’s authentication as pending, with what the browser needs', async () => {
      const campaign = await aLiveCampaign(t, 'shareholding');
      await investorProfile(backer);
      const response = await pledge(campaign.id, {
        shares: 10,
        acknowledgedRisk: true,
        paymentMethodId: 'pm_card_authenticationRequired',
      }).expect(201);
      expect(response.body.status).toBe('pending');
      expect(response.body.nextAction.clientSecret).toMatch(/^pi_.+_secret_/);
      expect((await campaignFigures(campaign.id)).raised).toBe(0);
    });
  });

  describe('idempotency', () => {
    it('returns the first pledge for the same key, refuses the key with another body, and needs the header', async () => {
      const campaign = await aLiveCampaign(t, 'reward');
      const key = aKey();
      const first = await pledge(campaign.id, { amount: 5000, paymentMethodId: 'pm_card_visa' }, key).expect(201);
      const again = await pledge(campaign.id, { amount: 5000, paymentMethodId: 'pm_card_visa' }, key).expect(201);
      expect(again.body).toEqual(first.body);
      const other = await pledge(campaign.id, { amount: 6000, paymentMethodId: 'pm_card_visa' }, key).expect(409);
      expect(other.body.code).toBe('idempotency_key_reused');
      const missing = await pledge(campaign.id, { amount: 5000, paymentMethodId: 'pm_card_visa' }, null).expect(400);
      expect(missing.body.code).toBe('validation_failed');
      expect(await count(t, 'pledges', campaign.id)).toBe(1);
    });

    it('never charges twice when Stripe’s answer is lost and the client retries', async () => {
      const campaign = await aLiveCampaign(t, 'bond');
      await investorProfile(backer);
      const key = aKey();
      const body = { units: 1, acknowledgedRisk: true, paymentMethodId: 'pm_card_visa' };
      // The charge happens at Stripe, but every answer to it is lost (the SDK's own retries included).
      emulator.control.failNext({ mode: 'error', method: 'POST', path: '/v1/payment_intents', after: true, times: 5 });
      const first = await pledge(campaign.id, body, key).expect(201);
      expect(first.body.status).toBe('pending');
      emulator.control.clearFaults();
      const retry = await pledge(campaign.id, body, key).expect(201);
      expect(retry.body).toMatchObject({ id: first.body.id, status: 'held' });
      const payments = await gateway().findPaymentsByReference(first.body.id);
      expect(payments.map((payment) => payment.status)).toEqual(['succeeded']);
      const trail = await t.app.get(LedgerService).campaignMoneyTrail(campaign.id);
      expect(trail.collected).toBe(10_000);
    });
  });

  describe('access and state', () => {
    it('refuses pledges to a campaign that is not live, and hides drafts', async () => {
      const founder = await aUser(t, 'founder');
      const company = await aCompany(t, founder);
      const draft = await aCampaign(t, founder, company.id, 'reward');
      await pledge(draft.id, { amount: 5000, paymentMethodId: 'pm_card_visa' }).expect(404);
      await t.dataSource.query(`UPDATE campaigns SET status = 'approved' WHERE id = $1`, [draft.id]);
      const early = await pledge(draft.id, { amount: 5000, paymentMethodId: 'pm_card_visa' }).expect(409);
      expect(early.body.code).toBe('campaign_not_live');
    });

    it('shows a pledge to its backer only, and lets only backers pledge', async () => {
      const campaign = await aLiveCampaign(t, 'reward');
      const mine = await pledge(campaign.id, { amount: 5000, paymentMethodId: 'pm_card_visa' }).expect(201);
      await t.http().get(`/api/pledges/${mine.body.id}`).set('Authorization', backer.auth).expect(200);
      const stranger = await aUser(t, 'backer');
      await t.http().get(`/api/pledges/${mine.body.id}`).set('Authorization', stranger.auth).expect(404);
      await t.http().post(`/api/pledges/${mine.body.id}/cancel`).set('Authorization', stranger.auth).expect(404);
      await pledge(campaign.id, { amount: 5000, paymentMethodId: 'pm_card_visa' }, aKey(), campaign.founder).expect(
        403,
      );
    });
  });

  describe('cancelling', () => {
    it('releases a saved card and gives the room back', async () => {
      const campaign = await aLiveCampaign(t, 'reward');
      const held = await pledge(campaign.id, { tierId: campaign.tierIds[0], paymentMethodId: 'pm_card_visa' }).expect(
        201,
      );
      const cancelled = await t
        .http()
        .post(`/api/pledges/${held.body.id}/cancel`)
        .set('Authorization', backer.auth)
        .expect(200);
      expect(cancelled.body.status).toBe('cancelled');
      const figures = await campaignFigures(campaign.id);
      expect(figures).toMatchObject({ raised: 0, backers: 0 });
      expect(figures.tiers[0]).toMatchObject({ sold: 0 });
      await t.http().post(`/api/pledges/${held.body.id}/cancel`).set('Authorization', backer.auth).expect(409);
    });

    it('refunds a charged investment in full and records it in the ledger', async () => {
      const campaign = await aLiveCampaign(t, 'shareholding');
      await investorProfile(backer);
      const held = await pledge(campaign.id, {
        shares: 20,
        acknowledgedRisk: true,
        paymentMethodId: 'pm_card_visa',
      }).expect(201);
      const refunded = await t
        .http()
        .post(`/api/pledges/${held.body.id}/cancel`)
        .set('Authorization', backer.auth)
        .expect(200);
      expect(refunded.body.status).toBe('refunded');
      const trail = await t.app.get(LedgerService).campaignMoneyTrail(campaign.id);
      expect(trail).toMatchObject({ collected: 10_000, refunded: 10_000, inEscrow: 0 });
      const [payment] = await gateway().findPaymentsByReference(held.body.id);
      expect(payment).toMatchObject({ receivedMinor: 10_000, refundedMinor: 10_000 });
    });

    it('refuses once the window has closed', async () => {
      const campaign = await aLiveCampaign(t, 'reward');
      const held = await pledge(campaign.id, { amount: 5000, paymentMethodId: 'pm_card_visa' }).expect(201);
      await t.dataSource.query(`UPDATE pledges SET cancellable_until = now() - interval '1 minute' WHERE id = $1`, [
        held.body.id,
      ]);
      const late = await t
        .http()
        .post(`/api/pledges/${held.body.id}/cancel`)
        .set('Authorization', backer.auth)
        .expect(409);
      expect(late.body.code).toBe('cancel_window_closed');
    });
  });
});

async function count(t: TestApp, table: string, campaignId: string): Promise<number> {
  const [row] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM ${table} WHERE campaign_id = $1`, [
    campaignId,
  ])) as { n: number }[];
  return row?.n ?? 0;
}
