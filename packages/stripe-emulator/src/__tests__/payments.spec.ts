import Stripe from 'stripe';
import type { EmulatorHandle } from '../index';
import { emulatorWithClient } from './support';

let emulator: EmulatorHandle;
let stripe: Stripe;

beforeAll(async () => {
  ({ emulator, stripe } = await emulatorWithClient());
});
afterAll(() => emulator.close());
beforeEach(() => emulator.control.reset());

async function cardError(promise: Promise<unknown>): Promise<Stripe.errors.StripeCardError> {
  const error = await promise.then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(Stripe.errors.StripeCardError);
  return error as Stripe.errors.StripeCardError;
}

describe('customers and payment methods', () => {
  it('creates and reads back a customer with Stripe ids and shapes', async () => {
    const customer = await stripe.customers.create({ email: 'backer@example.test', metadata: { user_id: 'u1' } });
    expect(customer).toMatchObject({
      object: 'customer',
      livemode: false,
      email: 'backer@example.test',
      metadata: { user_id: 'u1' },
    });
    expect(customer.id).toMatch(/^cus_\w{24}$/);
    expect(await stripe.customers.retrieve(customer.id)).toEqual(customer);
  });

  it('turns a test card id into a new PaymentMethod with a stable card fingerprint', async () => {
    const first = await stripe.paymentMethods.retrieve('pm_card_visa');
    const second = await stripe.paymentMethods.retrieve('pm_card_visa');
    const other = await stripe.paymentMethods.retrieve('pm_card_chargeDeclined');
    expect(first.id).toMatch(/^pm_/);
    expect(first.id).not.toBe(second.id);
    expect(first.card?.fingerprint).toBe(second.card?.fingerprint);
    expect(first.card?.fingerprint).not.toBe(other.card?.fingerprint);
    expect(first.card).toMatchObject({ brand: 'visa', last4: '4242' });
  });

  it('attaches a payment method to a customer', async () => {
    const customer = await stripe.customers.create();
    const attached = await stripe.paymentMethods.attach('pm_card_visa', { customer: customer.id });
    expect(attached.customer).toBe(customer.id);
  });

  it('answers 404 resource_missing with the SDK raising StripeInvalidRequestError', async () => {
    await expect(stripe.customers.retrieve('cus_missing')).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      code: 'resource_missing',
      statusCode: 404,
    });
  });

  it('refuses a request without a test secret key', async () => {
    const wrong = new Stripe('sk_live_nope', {
      host: emulator.host,
      port: emulator.port,
      protocol: 'http',
      maxNetworkRetries: 0,
    });
    await expect(wrong.customers.create()).rejects.toBeInstanceOf(Stripe.errors.StripeAuthenticationError);
  });
});

describe('payment intents', () => {
  const pay = (paymentMethod: string, extra: Partial<Stripe.PaymentIntentCreateParams> = {}) =>
    stripe.paymentIntents.create({
      amount: 10_000,
      currency: 'usd',
      payment_method: paymentMethod,
      confirm: true,
      metadata: { pledge_id: 'pledge-1' },
      expand: ['latest_charge.balance_transaction'],
      ...extra,
    });

  it('charges pm_card_visa at once, with the charge, its fee and the platform balance', async () => {
    const intent = await pay('pm_card_visa');
    expect(intent).toMatchObject({
      object: 'payment_intent',
      status: 'succeeded',
      amount_received: 10_000,
      metadata: { pledge_id: 'pledge-1' },
    });
    const charge = intent.latest_charge as Stripe.Charge;
    expect(charge).toMatchObject({ object: 'charge', status: 'succeeded', captured: true, paid: true, amount: 10_000 });
    expect(charge.id).toMatch(/^ch_/);
    const transaction = charge.balance_transaction as Stripe.BalanceTransaction;
    expect(transaction).toMatchObject({
      object: 'balance_transaction',
      amount: 10_000,
      fee: 320,
      net: 9_680,
      type: 'charge',
    });
    expect(transaction.id).toMatch(/^txn_/);
    const balance = await stripe.balance.retrieve();
    expect(balance.available).toEqual([expect.objectContaining({ amount: 9_680, currency: 'usd' })]);
    expect(await stripe.balanceTransactions.retrieve(transaction.id)).toEqual(transaction);
  });

  it.each([
    ['pm_card_chargeDeclined', 'generic_decline'],
    ['pm_card_visa_chargeDeclined', 'generic_decline'],
    ['pm_card_visa_chargeDeclinedInsufficientFunds', 'insufficient_funds'],
  ])('%s declines with StripeCardError and decline code %s; the intent records it', async (card, declineCode) => {
    const error = await cardError(pay(card));
    expect(error).toMatchObject({ code: 'card_declined', decline_code: declineCode, statusCode: 402 });
    const intent = error.payment_intent!;
    expect(intent.status).toBe('requires_payment_method');
    expect(intent.last_payment_error).toMatchObject({ code: 'card_declined', decline_code: declineCode });
    const stored = await stripe.paymentIntents.retrieve(intent.id);
    expect(stored.status).toBe('requires_payment_method');
    expect((await stripe.balance.retrieve()).available[0]!.amount).toBe(0);
  });

  it('asks for authentication every time with pm_card_authenticationRequired, and fails it off-session', async () => {
    const customer = await stripe.customers.create();
    const onSession = await pay('pm_card_authenticationRequired', {
      customer: customer.id,
      return_url: 'https://web.test/back',
    });
    expect(onSession.status).toBe('requires_action');
    expect(onSession.next_action?.redirect_to_url?.url).toContain(`/_emulator/authenticate/${onSession.id}`);
    expect(onSession.client_secret).toMatch(new RegExp(`^${onSession.id}_secret_`));

    // The backer completes 3-D Secure in the browser (the emulator's authentication page).
    const page = await fetch(onSession.next_action!.redirect_to_url!.url!, { redirect: 'manual' });
    expect(page.status).toBe(302);
    expect(page.headers.get('location')).toBe('https://web.test/back');
    expect((await stripe.paymentIntents.retrieve(onSession.id)).status).toBe('succeeded');

    const saved = await stripe.paymentMethods.attach('pm_card_authenticationRequired', { customer: customer.id });
    const error = await cardError(pay(saved.id, { customer: customer.id, off_session: true }));
    expect(error).toMatchObject({ code: 'authentication_required', decline_code: 'authentication_required' });
  });

  it('asks once for pm_card_authenticationRequiredSetupForOffSession: after an authenticated SetupIntent, off-session charges succeed', async () => {
    const customer = await stripe.customers.create();
    const setup = await stripe.setupIntents.create({
      customer: customer.id,
      payment_method: 'pm_card_authenticationRequiredSetupForOffSession',
      confirm: true,
      usage: 'off_session',
    });
    expect(setup.status).toBe('requires_action');
    const cardId = setup.payment_method as string;
    const beforeSetup = await cardError(pay(cardId, { customer: customer.id, off_session: true }));
    expect(beforeSetup.code).toBe('authentication_required');

    emulator.control.authenticate(setup.id);
    const done = await stripe.setupIntents.retrieve(setup.id);
    expect(done.status).toBe('succeeded');
    expect((await stripe.paymentMethods.retrieve(cardId)).customer).toBe(customer.id);
    const charged = await pay(cardId, { customer: customer.id, off_session: true });
    expect(charged.status).toBe('succeeded');
  });

  it('saves a card with a SetupIntent and charges it off-session later', async () => {
    const customer = await stripe.customers.create();
    const setup = await stripe.setupIntents.create({
      customer: customer.id,
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    expect(setup).toMatchObject({ object: 'setup_intent', status: 'succeeded', usage: 'off_session' });
    expect(setup.id).toMatch(/^seti_/);
    const charged = await pay(setup.payment_method as string, { customer: customer.id, off_session: true });
    expect(charged.status).toBe('succeeded');
  });

  it('cancels a SetupIntent left waiting for 3-D Secure, and refuses to cancel one that succeeded', async () => {
    const customer = await stripe.customers.create();
    const waiting = await stripe.setupIntents.create({
      customer: customer.id,
      payment_method: 'pm_card_authenticationRequiredSetupForOffSession',
      confirm: true,
    });
    expect(waiting.status).toBe('requires_action');
    const canceled = await stripe.setupIntents.cancel(waiting.id, { cancellation_reason: 'abandoned' });
    expect(canceled).toMatchObject({ status: 'canceled', cancellation_reason: 'abandoned', next_action: null });
    expect(() => emulator.control.authenticate(waiting.id)).toThrow();

    const done = await stripe.setupIntents.create({
      customer: customer.id,
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    await expect(stripe.setupIntents.cancel(done.id)).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      code: 'setup_intent_unexpected_state',
    });
  });

  it('confirms a SetupIntent created without confirmation', async () => {
    const customer = await stripe.customers.create();
    const created = await stripe.setupIntents.create({ customer: customer.id });
    expect(created.status).toBe('requires_payment_method');
    const confirmed = await stripe.setupIntents.confirm(created.id, { payment_method: 'pm_card_visa' });
    expect(confirmed.status).toBe('succeeded');
    expect(await stripe.setupIntents.retrieve(created.id)).toEqual(confirmed);
  });

  it('lists a customer’s SetupIntents newest first, so an unknown outcome can be read back', async () => {
    const customer = await stripe.customers.create();
    const other = await stripe.customers.create();
    const first = await stripe.setupIntents.create({ customer: customer.id, metadata: { ref: 'a' } });
    const second = await stripe.setupIntents.create({ customer: customer.id, metadata: { ref: 'b' } });
    await stripe.setupIntents.create({ customer: other.id });
    const listed = await stripe.setupIntents.list({ customer: customer.id });
    expect(listed.data.map((intent) => intent.id)).toEqual([second.id, first.id]);
    expect(listed.data[0]!.metadata).toEqual({ ref: 'b' });
  });

  it.each(['pm_card_chargeDeclined', 'pm_card_visa_chargeDeclined', 'pm_card_visa_chargeDeclinedInsufficientFunds'])(
    'refuses to set up %s, a card that declines',
    async (card) => {
      const customer = await stripe.customers.create();
      const error = await cardError(
        stripe.setupIntents.create({ customer: customer.id, payment_method: card, confirm: true }),
      );
      expect(error.setup_intent?.status).toBe('requires_payment_method');
    },
  );

  it('sets up pm_card_chargeCustomerFail, then declines its charges', async () => {
    const customer = await stripe.customers.create();
    const setup = await stripe.setupIntents.create({
      customer: customer.id,
      payment_method: 'pm_card_chargeCustomerFail',
      confirm: true,
    });
    expect(setup.status).toBe('succeeded');
    const error = await cardError(pay('pm_card_chargeCustomerFail'));
    expect(error).toMatchObject({ code: 'card_declined', decline_code: 'generic_decline' });
  });

  it('authorizes with manual capture, then captures or cancels', async () => {
    const held = await pay('pm_card_visa', { capture_method: 'manual' });
    expect(held).toMatchObject({ status: 'requires_capture', amount_capturable: 10_000 });
    expect((await stripe.balance.retrieve()).available[0]!.amount).toBe(0);
    expect((await stripe.paymentIntents.capture(held.id)).status).toBe('succeeded');

    const released = await pay('pm_card_visa', { capture_method: 'manual' });
    const cancelled = await stripe.paymentIntents.cancel(released.id, { cancellation_reason: 'requested_by_customer' });
    expect(cancelled).toMatchObject({ status: 'canceled', cancellation_reason: 'requested_by_customer' });
    await expect(stripe.paymentIntents.cancel(held.id)).rejects.toMatchObject({
      code: 'payment_intent_unexpected_state',
    });
  });

  it('confirms a created intent later and lists and searches intents by our id in metadata', async () => {
    const created = await stripe.paymentIntents.create({
      amount: 500,
      currency: 'usd',
      metadata: { pledge_id: 'p-42' },
    });
    expect(created.status).toBe('requires_payment_method');
    const confirmed = await stripe.paymentIntents.confirm(created.id, { payment_method: 'pm_card_visa' });
    expect(confirmed.status).toBe('succeeded');
    await pay('pm_card_visa', { metadata: { pledge_id: 'p-43' } });

    const found = await stripe.paymentIntents.search({ query: "metadata['pledge_id']:'p-42'" });
    expect(found.data.map((intent) => intent.id)).toEqual([created.id]);
    const listed = await stripe.paymentIntents.list({ limit: 1 });
    expect(listed).toMatchObject({ object: 'list', has_more: true, url: '/v1/payment_intents' });
    await expect(stripe.paymentIntents.search({ query: 'nonsense' })).rejects.toBeInstanceOf(
      Stripe.errors.StripeInvalidRequestError,
    );
  });

  it('refuses an invalid amount with the parameter named', async () => {
    await expect(stripe.paymentIntents.create({ amount: 0, currency: 'usd' })).rejects.toMatchObject({
      type: 'StripeInvalidRequestError',
      param: 'amount',
    });
  });
});

describe('refunds', () => {
  it('refunds in part then in full; the platform keeps paying the fee', async () => {
    const intent = await stripe.paymentIntents.create({
      amount: 10_000,
      currency: 'usd',
      payment_method: 'pm_card_visa',
      confirm: true,
    });
    const partial = await stripe.refunds.create({ payment_intent: intent.id, amount: 4_000 });
    expect(partial).toMatchObject({ object: 'refund', amount: 4_000, status: 'succeeded', payment_intent: intent.id });
    expect(partial.id).toMatch(/^re_/);
    await expect(stripe.refunds.create({ payment_intent: intent.id, amount: 7_000 })).rejects.toMatchObject({
      code: 'amount_too_large',
    });
    const rest = await stripe.refunds.create({ payment_intent: intent.id });
    expect(rest.amount).toBe(6_000);
    await expect(stripe.refunds.create({ payment_intent: intent.id })).rejects.toMatchObject({
      code: 'charge_already_refunded',
    });
    expect(await stripe.refunds.retrieve(partial.id)).toEqual(partial);
    const charge = await stripe.charges.retrieve(intent.latest_charge as string);
    expect(charge).toMatchObject({ amount_refunded: 10_000, refunded: true });
    expect((await stripe.balance.retrieve()).available[0]!.amount).toBe(-320);
    const listed = await stripe.refunds.list({ payment_intent: intent.id });
    expect(listed.data).toHaveLength(2);
  });
});
