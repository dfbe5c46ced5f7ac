import Stripe from 'stripe';
import type { EmulatorHandle } from '../index';
import { emulatorWithClient } from './support';

let emulator: EmulatorHandle;
let stripe: Stripe;

beforeAll(async () => {
  ({ emulator, stripe } = await emulatorWithClient({}, { timeout: 1_000 }));
});
afterAll(() => emulator.close());
beforeEach(() => emulator.control.reset());

const charge = (key: string, amount = 5_000) =>
  stripe.paymentIntents.create(
    { amount, currency: 'usd', payment_method: 'pm_card_visa', confirm: true, metadata: { pledge_id: key } },
    { idempotencyKey: key },
  );

const succeeded = () => emulator.control.events.filter((event) => event.type === 'payment_intent.succeeded').length;

describe('idempotency keys', () => {
  it('replays the first answer for the same key and parameters, charging once', async () => {
    const first = await charge('key-1');
    const again = await charge('key-1').then((intent) => intent.lastResponse);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect((await charge('key-1')).id).toBe(first.id);
    expect(succeeded()).toBe(1);
  });

  it('refuses the same key with other parameters: StripeIdempotencyError', async () => {
    await charge('key-2', 5_000);
    await expect(charge('key-2', 6_000)).rejects.toBeInstanceOf(Stripe.errors.StripeIdempotencyError);
  });

  it('replays a decline too, rather than trying the card again', async () => {
    const decline = () =>
      stripe.paymentIntents.create(
        { amount: 100, currency: 'usd', payment_method: 'pm_card_chargeDeclined', confirm: true },
        { idempotencyKey: 'key-3' },
      );
    await expect(decline()).rejects.toBeInstanceOf(Stripe.errors.StripeCardError);
    await expect(decline()).rejects.toBeInstanceOf(Stripe.errors.StripeCardError);
    expect(emulator.control.events.filter((event) => event.type === 'payment_intent.payment_failed')).toHaveLength(1);
  });

  it('does not keep a refusal of invalid parameters, so a corrected call can succeed under the key', async () => {
    const call = (currency: string) =>
      stripe.paymentIntents.create(
        { amount: 100, currency, payment_method: 'pm_card_visa', confirm: true },
        { idempotencyKey: 'key-4' },
      );
    await expect(call('not-a-currency')).rejects.toBeInstanceOf(Stripe.errors.StripeInvalidRequestError);
    await expect(call('usd')).resolves.toMatchObject({ status: 'succeeded' });
  });

  it('forgets keys after 24 hours', async () => {
    await charge('key-5');
    emulator.control.advanceTime(24 * 60 * 60);
    await charge('key-5');
    expect(succeeded()).toBe(2);
  });
});

describe('faults', () => {
  it('fails the next call with a 500 before doing anything', async () => {
    emulator.control.failNext({ mode: 'error', method: 'POST', path: '/v1/payment_intents' });
    await expect(charge('fault-1')).rejects.toBeInstanceOf(Stripe.errors.StripeAPIError);
    expect(succeeded()).toBe(0);
    await expect(charge('fault-1')).resolves.toMatchObject({ status: 'succeeded' });
    expect(succeeded()).toBe(1);
  });

  it('only fails calls that match the method and path', async () => {
    emulator.control.failNext({ mode: 'error', path: '/v1/refunds' });
    await expect(charge('fault-2')).resolves.toMatchObject({ status: 'succeeded' });
  });

  it('lets the first `skip` matching calls through, then fails the next one', async () => {
    emulator.control.failNext({ mode: 'error', method: 'POST', path: '/v1/payment_intents', skip: 2 });
    await expect(charge('skip-1')).resolves.toMatchObject({ status: 'succeeded' });
    await expect(charge('skip-2')).resolves.toMatchObject({ status: 'succeeded' });
    await expect(charge('skip-3')).rejects.toBeInstanceOf(Stripe.errors.StripeAPIError);
    await expect(charge('skip-4')).resolves.toMatchObject({ status: 'succeeded' });
    expect(succeeded()).toBe(3);
  });

  it('loses the answer of a charge that happened; a retry under the same key gets the charge, not a second one', async () => {
    emulator.control.failNext({ mode: 'error', path: '/v1/payment_intents', after: true });
    await expect(charge('lost-1')).rejects.toBeInstanceOf(Stripe.errors.StripeAPIError);
    expect(succeeded()).toBe(1);
    const retried = await charge('lost-1');
    expect(retried.status).toBe('succeeded');
    expect(succeeded()).toBe(1);
    expect((await stripe.paymentIntents.search({ query: "metadata['pledge_id']:'lost-1'" })).data).toHaveLength(1);
  });

  it('holds a call past the client timeout: StripeConnectionError, nothing done', async () => {
    emulator.control.failNext({ mode: 'timeout', path: '/v1/payment_intents' });
    await expect(charge('slow-1')).rejects.toBeInstanceOf(Stripe.errors.StripeConnectionError);
    expect(succeeded()).toBe(0);
  });

  it('drops the connection after performing the call (the SDK retries a reset once, and gets the replay)', async () => {
    emulator.control.failNext({ mode: 'drop', path: '/v1/payment_intents', after: true });
    const intent = await charge('drop-1');
    expect(intent.status).toBe('succeeded');
    expect(succeeded()).toBe(1);
    const calls = emulator.control.requests.filter((call) => call.idempotencyKey === 'drop-1');
    expect(calls.map((call) => call.replayed)).toEqual([false, true]);
  });

  it('takes faults over the HTTP control API too', async () => {
    await fetch(`${emulator.url}/_emulator/faults`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ mode: 'error', times: 2, pathPattern: '^/v1/customers$' }),
    });
    await expect(stripe.customers.create()).rejects.toBeInstanceOf(Stripe.errors.StripeAPIError);
    await expect(stripe.customers.create()).rejects.toBeInstanceOf(Stripe.errors.StripeAPIError);
    await expect(stripe.customers.create()).resolves.toMatchObject({ object: 'customer' });
  });
});
