import type { CampaignView } from '@crowdstake/domain/core';
import { ApiError } from '../../api/api-error';
import {
  initialChoice,
  isAnswered,
  isCancellable,
  keyForAttempt,
  limitMaximum,
  pledgeBody,
  priceChoice,
} from './pledge-choice';

const base = { currency: 'USD' } as const;
const reward = {
  ...base,
  type: 'reward',
  terms: {
    allowDonations: true,
    tiers: [
      { id: 'sold-out', price: 10_00, sold: 5, remaining: 0 },
      { id: 'loaf', price: 40_00, sold: 3, remaining: 97 },
    ],
  },
} as unknown as CampaignView;
const bond = {
  ...base,
  type: 'bond',
  terms: { annualRateBps: 650, termMonths: 24, repayment: 'amortizing', denomination: 100_00, minUnits: 5 },
} as unknown as CampaignView;
const shares = {
  ...base,
  type: 'shareholding',
  terms: { shareClass: 'Common', pricePerShare: 2_50, preMoneyValuation: 1e8, sharesOffered: 40_000, minShares: 10 },
} as unknown as CampaignView;

describe('pricing a pledge like the server', () => {
  it('starts on the first tier still available, or the minimum count', () => {
    expect(initialChoice(reward)).toEqual({ kind: 'tier', tierId: 'loaf' });
    expect(initialChoice(bond)).toEqual({ kind: 'units', countText: '5' });
    expect(initialChoice(shares)).toEqual({ kind: 'shares', countText: '10' });
  });

  it('prices a tier at its price and refuses a sold-out one', () => {
    expect(priceChoice(reward, { kind: 'tier', tierId: 'loaf' })).toEqual({
      ok: true,
      amount: 40_00,
      input: { tierId: 'loaf' },
    });
    expect(priceChoice(reward, { kind: 'tier', tierId: 'sold-out' })).toMatchObject({ ok: false, problem: 'sold_out' });
  });

  it('converts a donation typed in dollars to cents exactly, at least one dollar', () => {
    expect(priceChoice(reward, { kind: 'donation', amountText: '12.30' })).toMatchObject({ ok: true, amount: 1230 });
    expect(priceChoice(reward, { kind: 'donation', amountText: '0.99' })).toEqual({
      ok: false,
      problem: 'below_minimum',
      minimum: 100,
    });
    expect(priceChoice(reward, { kind: 'donation', amountText: '1.234' })).toMatchObject({ problem: 'precision' });
    expect(priceChoice(reward, { kind: 'donation', amountText: '' })).toMatchObject({ problem: 'empty' });
  });

  it('multiplies units by the denomination and shares by the price, from the minimum up', () => {
    expect(priceChoice(bond, { kind: 'units', countText: '7' })).toEqual({
      ok: true,
      amount: 700_00,
      input: { units: 7 },
    });
    expect(priceChoice(bond, { kind: 'units', countText: '4' })).toEqual({
      ok: false,
      problem: 'below_minimum',
      minimum: 5,
    });
    expect(priceChoice(shares, { kind: 'shares', countText: '1,001' })).toMatchObject({ ok: true, amount: 2502_50 });
    expect(priceChoice(shares, { kind: 'shares', countText: '10.5' })).toMatchObject({
      ok: false,
      problem: 'precision',
    });
    expect(priceChoice(shares, { kind: 'shares', countText: '9'.repeat(16) })).toMatchObject({ problem: 'too_large' });
  });

  it('builds the body of each type, never sending an amount for units or shares', () => {
    expect(pledgeBody('reward', { tierId: 'loaf' }, 'pm_card_visa', false)).toEqual({
      tierId: 'loaf',
      paymentMethodId: 'pm_card_visa',
    });
    expect(pledgeBody('bond', { units: 5 }, 'pm_card_visa', true)).toEqual({
      units: 5,
      acknowledgedRisk: true,
      paymentMethodId: 'pm_card_visa',
    });
    expect(pledgeBody('shareholding', { shares: 10 }, 'pm_card_visa', true)).toEqual({
      shares: 10,
      acknowledgedRisk: true,
      paymentMethodId: 'pm_card_visa',
    });
  });
});

describe('cancelling', () => {
  const until = '2027-03-08T12:00:00.000Z';
  it('is allowed for pending and held pledges before the window closes', () => {
    expect(isCancellable({ status: 'held', cancellableUntil: until }, new Date('2027-03-08T11:59:59Z'))).toBe(true);
    expect(isCancellable({ status: 'pending', cancellableUntil: until }, new Date('2027-03-01T00:00:00Z'))).toBe(true);
    expect(isCancellable({ status: 'held', cancellableUntil: until }, new Date(until))).toBe(false);
    expect(isCancellable({ status: 'refunded', cancellableUntil: until }, new Date('2027-03-01T00:00:00Z'))).toBe(
      false,
    );
  });
});

describe('idempotency keys', () => {
  let counter = 0;
  const makeKey = () => `key-${++counter}`;

  it('reuses the key when the same attempt is sent again after no answer', () => {
    const previous = { key: 'first', fingerprint: 'body', answered: false };
    expect(keyForAttempt(previous, 'body', makeKey)).toBe('first');
  });

  it('takes a new key after an answer, or for a changed choice', () => {
    expect(keyForAttempt({ key: 'first', fingerprint: 'body', answered: true }, 'body', makeKey)).not.toBe('first');
    expect(keyForAttempt({ key: 'first', fingerprint: 'body', answered: false }, 'other', makeKey)).not.toBe('first');
    expect(keyForAttempt(null, 'body', makeKey)).toMatch(/^key-/);
  });

  it('counts refusals as answers but network failures and server errors as unknown', () => {
    expect(isAnswered(new ApiError(402, { code: 'card_declined' }, 'declined'))).toBe(true);
    expect(isAnswered(new ApiError(0, {}, 'offline'))).toBe(false);
    expect(isAnswered(new ApiError(503, {}, 'unavailable'))).toBe(false);
  });
});

it('reads the remaining limit from an investment_limit_exceeded answer', () => {
  const error = new ApiError(
    422,
    {
      code: 'investment_limit_exceeded',
      details: [{ path: 'shares', message: 'Over the limit.', params: { maximum: 1234_00 } } as never],
    },
    'x',
  );
  expect(limitMaximum(error)).toBe(1234_00);
  expect(limitMaximum(new ApiError(422, { code: 'investment_limit_exceeded' }, 'x'))).toBeNull();
});
