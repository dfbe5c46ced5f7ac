import { LedgerService } from '../src/ledger/ledger.service';
import { LocalStripeEmulator } from '../src/payments/local-stripe-emulator';
import { count, type SignedInUser } from './support/factories';
import { aKey, aLiveCampaign, anAccreditedBacker, listenForWebhooks } from './support/pledge-factories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Stripe's webhooks arrive late, twice, out of order or not at all; a pledge
 * waiting for its backer's authentication must end up held exactly once
 * whatever they do, and a forged event must change nothing.
 */
describe('Stripe webhooks', () => {
  let t: TestApp;
  let backer: SignedInUser;
  let emulator: LocalStripeEmulator;

  beforeAll(async () => {
    t = await startTestApp();
    emulator = t.app.get(LocalStripeEmulator);
    await listenForWebhooks(t, emulator);
    backer = await anAccreditedBacker(t);
  });
  afterAll(() => t.close());

  /** A share pledge whose bank asks for authentication: pending, with the PaymentIntent's client secret. */
  async function pendingPledge(campaignId: string) {
    const response = await t
      .http()
      .post(`/api/campaigns/${campaignId}/pledges`)
      .set('Authorization', backer.auth)
      .set('Idempotency-Key', aKey())
      .send({ shares: 10, acknowledgedRisk: true, paymentMethodId: 'pm_card_authenticationRequired' })
      .expect(201);
    expect(response.body.status).toBe('pending');
    const intentId = String(response.body.nextAction.clientSecret).split('_secret_')[0] as string;
    return { pledgeId: response.body.id as string, intentId };
  }

  async function figures(campaignId: string) {
    const [row] = await t.dataSource.query(
      `SELECT raised_minor, backers_count, reserved_minor FROM campaigns WHERE id = $1`,
      [campaignId],
    );
    const trail = await t.app.get(LedgerService).campaignMoneyTrail(campaignId);
    return { ...row, collected: trail.collected };
  }

  async function statusOf(pledgeId: string) {
    const [row] = await t.dataSource.query(`SELECT status FROM pledges WHERE id = $1`, [pledgeId]);
    return row.status as string;
  }

  it('refuses an event without a valid signature and changes nothing', async () => {
    const before = await count(t, 'stripe_events');
    const forged = await t
      .http()
      .post('/api/webhooks/stripe')
      .set('Stripe-Signature', 't=1,v1=deadbeef')
      .set('Content-Type', 'application/json')
      .send({ id: 'evt_forged', type: 'payment_intent.succeeded', data: { object: {} } });
    expect(forged.status).toBe(400);
    const unsigned = await t.http().post('/api/webhooks/stripe').send({ id: 'evt_unsigned' });
    expect(unsigned.status).toBe(400);
    expect(await count(t, 'stripe_events')).toBe(before);
  });

  it('holds a pledge once when its success event arrives twice', async () => {
    const campaign = await aLiveCampaign(t, 'shareholding');
    const { pledgeId, intentId } = await pendingPledge(campaign.id);
    emulator.control.webhooks.duplicateNext(5);
    emulator.control.authenticate(intentId);
    await emulator.control.webhooks.idle();
    expect(await statusOf(pledgeId)).toBe('held');
    expect(await figures(campaign.id)).toEqual({
      raised_minor: 5000,
      backers_count: 1,
      reserved_minor: 0,
      collected: 5000,
    });
  });

  it('ignores events that arrive out of order once the pledge has moved on', async () => {
    const campaign = await aLiveCampaign(t, 'shareholding');
    const first = await pendingPledge(campaign.id);
    const second = await pendingPledge(campaign.id);
    emulator.control.webhooks.hold();
    emulator.control.authenticate(first.intentId);
    emulator.control.authenticate(second.intentId);
    // Newest first: each pledge's success may now come before anything older about it.
    emulator.control.webhooks.release('reverse');
    await emulator.control.webhooks.idle();
    expect([await statusOf(first.pledgeId), await statusOf(second.pledgeId)]).toEqual(['held', 'held']);
    expect(await figures(campaign.id)).toEqual({
      raised_minor: 10_000,
      backers_count: 1,
      reserved_minor: 0,
      collected: 10_000,
    });
  });

  it('finds out by itself when the success event never comes', async () => {
    const campaign = await aLiveCampaign(t, 'shareholding');
    const { pledgeId, intentId } = await pendingPledge(campaign.id);
    emulator.control.webhooks.dropNext(10);
    emulator.control.authenticate(intentId);
    await emulator.control.webhooks.idle();
    expect(await statusOf(pledgeId)).toBe('pending');
    // Reading the pledge asks Stripe where it stands.
    const read = await t.http().get(`/api/pledges/${pledgeId}`).set('Authorization', backer.auth).expect(200);
    expect(read.body.status).toBe('held');
    expect(await figures(campaign.id)).toEqual({
      raised_minor: 5000,
      backers_count: 1,
      reserved_minor: 0,
      collected: 5000,
    });
  });
});
