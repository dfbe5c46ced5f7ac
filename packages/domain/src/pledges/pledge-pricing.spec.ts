import { cancellationDeadline, isWithinCancellationWindow } from './cancellation-window';
import {
  MAX_PLEDGE_MINOR,
  minimumDonation,
  priceBondPledge,
  priceRewardPledge,
  priceSharePledge,
} from './pledge-pricing';
import { bondPledgeSchema, idempotencyKeySchema, rewardPledgeSchema, sharePledgeSchema } from './pledge-schemas';

const tierId = '0d4b0a53-3c5b-4a7e-9a34-0a3b1d7f6c11';
const rewardTerms = { allowDonations: true, tiers: [{ id: tierId, price: 25_00 }] };
const bond = {
  annualRateBps: 800,
  termMonths: 24,
  repayment: 'amortizing',
  denomination: 100_00,
  minUnits: 5,
} as const;
const shares = {
  shareClass: 'Common',
  pricePerShare: 2_50,
  preMoneyValuation: 1_000_000_00,
  sharesOffered: 40_000,
  minShares: 10,
};

describe('pledge bodies', () => {
  it('takes a tier or a donation amount for a reward, never both or neither', () => {
    expect(rewardPledgeSchema.safeParse({ tierId, paymentMethodId: 'pm_card_visa' }).success).toBe(true);
    expect(rewardPledgeSchema.safeParse({ amount: 500, paymentMethodId: 'pm_card_visa' }).success).toBe(true);
    expect(rewardPledgeSchema.safeParse({ tierId, amount: 500, paymentMethodId: 'pm_card_visa' }).success).toBe(false);
    expect(rewardPledgeSchema.safeParse({ paymentMethodId: 'pm_card_visa' }).success).toBe(false);
  });

  it('refuses a client-sent amount for units or shares', () => {
    const bondBody = { units: 5, acknowledgedRisk: true, paymentMethodId: 'pm_card_visa' };
    expect(bondPledgeSchema.safeParse(bondBody).success).toBe(true);
    expect(bondPledgeSchema.safeParse({ ...bondBody, amount: 1 }).success).toBe(false);
    const shareBody = { shares: 10, acknowledgedRisk: true, paymentMethodId: 'pm_card_visa' };
    expect(sharePledgeSchema.safeParse({ ...shareBody, amount: 1 }).success).toBe(false);
  });

  it('needs whole positive counts and a Stripe payment method id', () => {
    const body = { acknowledgedRisk: true, paymentMethodId: 'pm_card_visa' };
    expect(bondPledgeSchema.safeParse({ ...body, units: 1.5 }).success).toBe(false);
    expect(bondPledgeSchema.safeParse({ ...body, units: 0 }).success).toBe(false);
    expect(bondPledgeSchema.safeParse({ ...body, units: 2, paymentMethodId: 'card_123' }).success).toBe(false);
  });

  it('accepts printable idempotency keys of any length up to 255 (the contract sets no minimum)', () => {
    expect(idempotencyKeySchema.safeParse('2f1c0d0e-1111-4c4c-9a9a-000000000001').success).toBe(true);
    expect(idempotencyKeySchema.safeParse('k1').success).toBe(true);
    expect(idempotencyKeySchema.safeParse('').success).toBe(false);
    expect(idempotencyKeySchema.safeParse('x'.repeat(256)).success).toBe(false);
    expect(idempotencyKeySchema.safeParse('has a space in it').success).toBe(false);
  });

  it('leaves a missing risk acknowledgement to the rule (422 risk_not_acknowledged), not to the shape (400)', () => {
    expect(bondPledgeSchema.safeParse({ units: 5, paymentMethodId: 'pm_card_visa' }).success).toBe(true);
    expect(sharePledgeSchema.safeParse({ shares: 10, paymentMethodId: 'pm_card_visa' }).success).toBe(true);
    expect(
      bondPledgeSchema.safeParse({ units: 5, acknowledgedRisk: 'yes', paymentMethodId: 'pm_card_visa' }).success,
    ).toBe(false);
  });
});

describe('pledge pricing', () => {
  it('prices a tier at its price and checks it belongs to the campaign', () => {
    expect(priceRewardPledge(rewardTerms, 'USD', { tierId })).toEqual({ ok: true, pledge: { amount: 25_00, tierId } });
    const other = priceRewardPledge(rewardTerms, 'USD', { tierId: '8b4e1c1a-0000-4000-8000-000000000000' });
    expect(other).toMatchObject({ ok: false, problem: { code: 'tier_not_found' } });
  });

  it('takes donations of at least one major unit where allowed', () => {
    expect(minimumDonation('USD')).toBe(100);
    expect(minimumDonation('JPY')).toBe(1);
    expect(priceRewardPledge(rewardTerms, 'USD', { amount: 99 })).toMatchObject({
      ok: false,
      problem: { code: 'donation_too_small', params: { minimum: 100 } },
    });
    expect(priceRewardPledge({ ...rewardTerms, allowDonations: false }, 'USD', { amount: 500 })).toMatchObject({
      ok: false,
      problem: { code: 'donations_not_allowed' },
    });
  });

  it('refuses a pledge larger than one card payment (Stripe: eight digits of minor units), whatever its kind', () => {
    expect(MAX_PLEDGE_MINOR).toBe(99_999_999);
    expect(priceRewardPledge(rewardTerms, 'USD', { amount: MAX_PLEDGE_MINOR })).toMatchObject({ ok: true });
    expect(priceRewardPledge(rewardTerms, 'USD', { amount: MAX_PLEDGE_MINOR + 1 })).toMatchObject({
      ok: false,
      problem: { code: 'amount_too_large', path: 'amount', params: { maximum: MAX_PLEDGE_MINOR } },
    });
    // $100 units: 9,999 of them are $999,900, one more is over $999,999.99.
    expect(priceBondPledge(bond, { units: 9_999 })).toMatchObject({ ok: true, pledge: { amount: 99_990_000 } });
    expect(priceBondPledge(bond, { units: 10_000 })).toMatchObject({
      ok: false,
      problem: { code: 'amount_too_large', path: 'units' },
    });
    expect(priceSharePledge(shares, { shares: 40_000_000 })).toMatchObject({
      ok: false,
      problem: { code: 'amount_too_large', path: 'shares' },
    });
  });

  it('prices bonds by units of the denomination, at least the minimum', () => {
    expect(priceBondPledge(bond, { units: 7 })).toEqual({ ok: true, pledge: { amount: 700_00, units: 7 } });
    expect(priceBondPledge(bond, { units: 4 })).toMatchObject({ ok: false, problem: { code: 'below_minimum_units' } });
    expect(priceBondPledge(bond, { units: Number.MAX_SAFE_INTEGER })).toMatchObject({
      ok: false,
      problem: { code: 'amount_too_large' },
    });
  });

  it('prices shares at the offer price, at least the minimum', () => {
    expect(priceSharePledge(shares, { shares: 12 })).toEqual({ ok: true, pledge: { amount: 30_00, shares: 12 } });
    expect(priceSharePledge(shares, { shares: 9 })).toMatchObject({
      ok: false,
      problem: { code: 'below_minimum_shares' },
    });
  });
});

describe('cancellation window', () => {
  const endsAt = new Date('2027-03-10T12:00:00Z');

  it('closes 48 hours before the deadline by default', () => {
    expect(cancellationDeadline(endsAt).toISOString()).toBe('2027-03-08T12:00:00.000Z');
    expect(isWithinCancellationWindow(new Date('2027-03-08T12:00:00Z'), endsAt)).toBe(true);
    expect(isWithinCancellationWindow(new Date('2027-03-08T12:00:00.001Z'), endsAt)).toBe(false);
  });

  it('follows a configured window', () => {
    expect(cancellationDeadline(endsAt, 0).toISOString()).toBe(endsAt.toISOString());
    expect(() => cancellationDeadline(endsAt, -1)).toThrow(RangeError);
  });
});
