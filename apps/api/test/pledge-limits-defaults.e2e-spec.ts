import { LocalStripeEmulator } from '../src/payments/local-stripe-emulator';
import type { SignedInUser } from './support/factories';
import { aKey, aLiveCampaign, anAccreditedBacker } from './support/pledge-factories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The card-testing defence at the platform's own defaults, as `pnpm start` runs it: many backers
 * pledging at once with Stripe's shared test card, from one address, are all served; one
 * account's burst of declines is stopped with 429 before Stripe is asked again.
 */
describe('pledge limits at their defaults (test mode)', () => {
  let t: TestApp;
  let emulator: LocalStripeEmulator;
  let campaignId: string;

  beforeAll(async () => {
    t = await startTestApp({
      PLEDGE_MAX_ATTEMPTS_PER_ACCOUNT: undefined,
      PLEDGE_MAX_ATTEMPTS_PER_IP: undefined,
      PLEDGE_MAX_ATTEMPTS_PER_CARD: undefined,
      PLEDGE_MAX_DECLINES_PER_ACCOUNT: undefined,
      PLEDGE_MAX_DECLINES_PER_IP: undefined,
      PLEDGE_MAX_DECLINES_PER_CARD: undefined,
    });
    emulator = t.app.get(LocalStripeEmulator);
    campaignId = (await aLiveCampaign(t, 'shareholding')).id;
  });
  afterAll(() => t.close());

  const pledge = (who: SignedInUser, paymentMethodId: string) =>
    t
      .http()
      .post(`/api/campaigns/${campaignId}/pledges`)
      .set('Authorization', who.auth)
      .set('Idempotency-Key', aKey())
      .send({ shares: 10, acknowledgedRisk: true, paymentMethodId });

  it('serves twenty backers pledging with pm_card_visa at the same instant, from one address', async () => {
    const backers = await Promise.all(Array.from({ length: 20 }, () => anAccreditedBacker(t)));
    const answers = await Promise.all(backers.map((backer) => pledge(backer, 'pm_card_visa')));
    expect(answers.map((answer) => answer.status)).toEqual(Array(20).fill(201));
    expect(answers.every((answer) => answer.body.status === 'held')).toBe(true);
  });

  it('stops one account’s burst of declines with 429 once it has had five, without asking Stripe', async () => {
    const tester = await anAccreditedBacker(t);
    const statuses: number[] = [];
    for (let i = 0; i < 5; i += 1) statuses.push((await pledge(tester, 'pm_card_chargeDeclined')).status);
    expect(statuses).toEqual([402, 402, 402, 402, 402]);
    const calls = emulator.control.requests.length;
    const refused = await pledge(tester, 'pm_card_chargeDeclined');
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBeDefined();
    expect(emulator.control.requests.length).toBe(calls);
  });
});
