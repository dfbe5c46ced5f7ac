import type Stripe from 'stripe';
import type { EmulatorHandle } from '../index';
import { emulatorWithClient } from './support';

let emulator: EmulatorHandle;
let stripe: Stripe;

beforeAll(async () => {
  ({ emulator, stripe } = await emulatorWithClient());
});
afterAll(() => emulator.close());
beforeEach(() => emulator.control.reset());

async function collect(amount: number, group: string): Promise<Stripe.PaymentIntent> {
  return stripe.paymentIntents.create({
    amount,
    currency: 'usd',
    payment_method: 'pm_card_visa',
    confirm: true,
    transfer_group: group,
  });
}

describe('Connect accounts', () => {
  it('creates an account that can take payouts at once, and an onboarding link that returns', async () => {
    const account = await stripe.accounts.create({
      type: 'express',
      country: 'US',
      email: 'founder@example.test',
      metadata: { company_id: 'c1' },
    });
    expect(account).toMatchObject({
      object: 'account',
      type: 'express',
      charges_enabled: true,
      payouts_enabled: true,
      metadata: { company_id: 'c1' },
    });
    expect(account.id).toMatch(/^acct_/);
    expect(await stripe.accounts.retrieve(account.id)).toEqual(account);

    const link = await stripe.accountLinks.create({
      account: account.id,
      type: 'account_onboarding',
      refresh_url: 'https://web.test/refresh',
      return_url: 'https://web.test/done',
    });
    expect(link.object).toBe('account_link');
    const page = await fetch(link.url, { redirect: 'manual' });
    expect(page.headers.get('location')).toBe('https://web.test/done');
  });
});

describe('transfers', () => {
  it('moves collected money to the connected account and reverses it', async () => {
    const account = await stripe.accounts.create({ type: 'express' });
    await collect(10_000, 'campaign-1');
    const transfer = await stripe.transfers.create({
      amount: 9_000,
      currency: 'usd',
      destination: account.id,
      transfer_group: 'campaign-1',
    });
    expect(transfer).toMatchObject({
      object: 'transfer',
      amount: 9_000,
      destination: account.id,
      reversed: false,
      transfer_group: 'campaign-1',
    });
    expect(transfer.id).toMatch(/^tr_/);
    expect((await stripe.balance.retrieve()).available[0]!.amount).toBe(680);
    expect((await stripe.balance.retrieve({}, { stripeAccount: account.id })).available[0]!.amount).toBe(9_000);

    const reversal = await stripe.transfers.createReversal(transfer.id, { amount: 4_000 });
    expect(reversal).toMatchObject({ object: 'transfer_reversal', amount: 4_000, transfer: transfer.id });
    expect(reversal.id).toMatch(/^trr_/);
    const after = await stripe.transfers.retrieve(transfer.id);
    expect(after).toMatchObject({ amount_reversed: 4_000, reversed: false });
    expect((await stripe.balance.retrieve()).available[0]!.amount).toBe(4_680);
    await expect(stripe.transfers.createReversal(transfer.id, { amount: 6_000 })).rejects.toMatchObject({
      code: 'amount_too_large',
    });

    const listed = await stripe.transfers.list({ transfer_group: 'campaign-1' });
    expect(listed.data.map((item) => item.id)).toEqual([transfer.id]);
    expect((await stripe.transfers.list({ transfer_group: 'other' })).data).toEqual([]);
  });

  it('refuses a transfer beyond the available balance with balance_insufficient', async () => {
    const account = await stripe.accounts.create({ type: 'custom' });
    await collect(1_000, 'campaign-2');
    await expect(
      stripe.transfers.create({ amount: 1_000, currency: 'usd', destination: account.id }),
    ).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      code: 'balance_insufficient',
    });
  });

  it('pays a transfer beyond what one charge left from the platform’s top-up float', async () => {
    const account = await stripe.accounts.create({ type: 'custom' });
    await collect(1_000, 'campaign-float');
    // Stripe kept 59 of the 1,000: a 950 transfer needs 9 of the platform's own money.
    await expect(
      stripe.transfers.create({ amount: 950, currency: 'usd', destination: account.id }),
    ).rejects.toMatchObject({ code: 'balance_insufficient' });
    const funded = emulator.control.topUp(500, 'USD');
    expect(funded.available).toEqual([expect.objectContaining({ amount: 941 + 500, currency: 'usd' })]);
    await stripe.transfers.create({ amount: 950, currency: 'usd', destination: account.id });
    expect((await stripe.balance.retrieve()).available[0]?.amount).toBe(941 + 500 - 950);
    expect(() => emulator.control.topUp(0, 'usd')).toThrow(/positive/);
  });

  it('refuses an unknown destination', async () => {
    await collect(1_000, 'campaign-3');
    await expect(
      stripe.transfers.create({ amount: 100, currency: 'usd', destination: 'acct_missing' }),
    ).rejects.toMatchObject({
      code: 'resource_missing',
      param: 'destination',
    });
  });
});

describe('events', () => {
  it('records each change as an event that can be listed and read', async () => {
    const intent = await collect(2_000, 'g');
    const events = await stripe.events.list({ type: 'payment_intent.succeeded' });
    expect(events.data).toHaveLength(1);
    const event = events.data[0]!;
    expect(event.id).toMatch(/^evt_/);
    expect(event.data.object).toMatchObject({ id: intent.id, status: 'succeeded' });
    expect(await stripe.events.retrieve(event.id)).toEqual(event);
  });
});
