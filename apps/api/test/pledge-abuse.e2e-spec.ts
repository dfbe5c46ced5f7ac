import { LocalStripeEmulator } from '../src/payments/local-stripe-emulator';
import type { SignedInUser } from './support/factories';
import { aKey, aLiveCampaign, anAccreditedBacker } from './support/pledge-factories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Card testing: someone with a list of stolen card numbers uses the pledge
 * form to learn which ones work. Attempts and declines are limited per
 * account, per address and per card (its fingerprint, the same whichever
 * account or PaymentMethod carries it); past a limit the answer is 429 and
 * Stripe is never asked to charge or save anything again.
 */
describe('card-testing defence on pledges', () => {
  let t: TestApp;
  let emulator: LocalStripeEmulator;
  let campaignId: string;

  const DECLINING = [
    'pm_card_chargeDeclined',
    'pm_card_visa_chargeDeclined',
    'pm_card_visa_chargeDeclinedInsufficientFunds',
  ];

  beforeAll(async () => {
    t = await startTestApp({
      PLEDGE_MAX_ATTEMPTS_PER_ACCOUNT: '10',
      PLEDGE_MAX_ATTEMPTS_PER_IP: '12',
      PLEDGE_MAX_ATTEMPTS_PER_CARD: '40',
      PLEDGE_MAX_DECLINES_PER_ACCOUNT: '3',
      PLEDGE_MAX_DECLINES_PER_IP: '6',
      PLEDGE_MAX_DECLINES_PER_CARD: '4',
      // The card dimension is on with live keys only (test cards are shared by everyone); proved here on.
      PLEDGE_CARD_LIMITS: 'on',
      // X-Forwarded-For from loopback is trusted, so each test speaks from addresses of its own.
      TRUST_PROXY: 'loopback',
    });
    emulator = t.app.get(LocalStripeEmulator);
    campaignId = (await aLiveCampaign(t, 'shareholding')).id;
  });
  afterAll(() => t.close());
  // The test cards' fingerprints are the same in every test: each starts with no counts.
  beforeEach(() => t.dataSource.query(`DELETE FROM rate_limits`));

  const pledge = (who: SignedInUser, ip: string, paymentMethodId: string, key = aKey()) =>
    t
      .http()
      .post(`/api/campaigns/${campaignId}/pledges`)
      .set('Authorization', who.auth)
      .set('X-Forwarded-For', ip)
      .set('Idempotency-Key', key)
      .send({ shares: 10, acknowledgedRisk: true, paymentMethodId });

  /** Calls that could take money or test a card: creating or confirming a PaymentIntent or a SetupIntent. */
  const cardCalls = () =>
    emulator.control.requests.filter(
      (call) => call.method === 'POST' && /^\/v1\/(payment_intents|setup_intents)/.test(call.path),
    ).length;

  const pledgesOf = async (who: SignedInUser) =>
    Number(
      (
        (await t.dataSource.query(`SELECT count(*)::int AS n FROM pledges WHERE backer_id = $1`, [who.user.id])) as {
          n: number;
        }[]
      )[0]!.n,
    );

  function expectLimited(response: { status: number; body: { code?: string }; headers: Record<string, string> }) {
    expect(response.status).toBe(429);
    expect(response.body.code).toBe('too_many_requests');
    expect(Number(response.headers['retry-after'])).toBeGreaterThan(0);
  }

  it('answers a burst of declines from one account with 429, and Stripe is never asked again', async () => {
    const tester = await anAccreditedBacker(t);
    for (let i = 0; i < 3; i += 1) {
      const declined = await pledge(tester, '10.1.0.1', DECLINING[i % DECLINING.length]!);
      expect(declined.status).toBe(402);
      expect(declined.body.code).toBe('card_declined');
    }
    const before = emulator.control.requests.length;
    for (let i = 0; i < 5; i += 1) expectLimited(await pledge(tester, `10.1.0.${10 + i}`, DECLINING[i % 3]!));
    // A good card does not open the door either: the account is the one being limited.
    expectLimited(await pledge(tester, '10.1.0.20', 'pm_card_visa'));
    // Not a charge, not even a look at the card.
    expect(emulator.control.requests.length).toBe(before);
    expect(await pledgesOf(tester)).toBe(3);
  });

  it('limits one card across many accounts by its fingerprint', async () => {
    // Each account declines once (under its own limit), each from its own address, each with a new PaymentMethod.
    for (let i = 0; i < 4; i += 1)
      expect((await pledge(await anAccreditedBacker(t), `10.2.0.${i}`, 'pm_card_visa_chargeDeclined')).status).toBe(
        402,
      );
    const before = cardCalls();
    const fresh = await anAccreditedBacker(t);
    expectLimited(await pledge(fresh, '10.2.1.1', 'pm_card_visa_chargeDeclined'));
    expect(cardCalls()).toBe(before);
    expect(await pledgesOf(fresh)).toBe(0);
    // Another card of the same fresh account at the same address is not this card.
    expect((await pledge(fresh, '10.2.1.1', 'pm_card_visa')).status).toBe(201);
  });

  it('limits one address across many accounts', async () => {
    for (let i = 0; i < 3; i += 1) {
      const account = await anAccreditedBacker(t);
      for (let j = 0; j < 2; j += 1)
        expect((await pledge(account, '10.3.0.1', DECLINING[(i + j) % DECLINING.length]!)).status).toBe(402);
    }
    const newcomer = await anAccreditedBacker(t);
    const before = cardCalls();
    expectLimited(await pledge(newcomer, '10.3.0.1', 'pm_card_visa'));
    expect(cardCalls()).toBe(before);
    // The same newcomer elsewhere is not that address.
    expect((await pledge(newcomer, '10.3.0.2', 'pm_card_visa')).status).toBe(201);
  });

  it('lets no more than the limit of a concurrent burst reach Stripe', async () => {
    const tester = await anAccreditedBacker(t);
    const before = cardCalls();
    const answers = await Promise.all(
      Array.from({ length: 12 }, (_, i) => pledge(tester, `10.4.0.${i}`, DECLINING[i % DECLINING.length]!)),
    );
    const statuses = answers.map((answer) => answer.status).sort();
    // Three declines (the account's limit) and nothing else reached the card.
    expect(statuses).toEqual([...Array(3).fill(402), ...Array(9).fill(429)]);
    expect(cardCalls() - before).toBe(3);
    expect(await pledgesOf(tester)).toBe(3);
  });

  it('never stands in the way of a backer whose cards work', async () => {
    const backer = await anAccreditedBacker(t);
    // One decline among them (a card that failed, then a good one) is well under the limit.
    expect((await pledge(backer, '10.5.0.1', 'pm_card_visa_chargeDeclinedInsufficientFunds')).status).toBe(402);
    for (let i = 0; i < 9; i += 1) {
      const held = await pledge(backer, '10.5.0.1', 'pm_card_visa');
      expect(held.status).toBe(201);
      expect(held.body.status).toBe('held');
    }
    // The same key again is the same pledge, not another attempt.
    const key = aKey();
    const other = await anAccreditedBacker(t);
    expect((await pledge(other, '10.5.0.2', 'pm_card_visa', key)).status).toBe(201);
    for (let i = 0; i < 12; i += 1) expect((await pledge(other, '10.5.0.2', 'pm_card_visa', key)).status).toBe(201);
    expect(await pledgesOf(other)).toBe(1);
  });

  it('limits attempts per account even when every card works', async () => {
    const busy = await anAccreditedBacker(t);
    for (let i = 0; i < 10; i += 1) expect((await pledge(busy, `10.6.0.${i}`, 'pm_card_visa')).status).toBe(201);
    const before = cardCalls();
    expectLimited(await pledge(busy, '10.6.1.1', 'pm_card_visa'));
    expect(cardCalls()).toBe(before);
  });
});
