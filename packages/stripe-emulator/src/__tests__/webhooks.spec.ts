import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Stripe from 'stripe';
import type { EmulatorHandle } from '../index';
import { emulatorWithClient } from './support';

const secret = 'whsec_test_emulator_secret';
let emulator: EmulatorHandle;
let stripe: Stripe;
let receiver: Server;
let received: Stripe.Event[];
/** Statuses the receiver answers with, one per delivery; 200 once exhausted. */
let answers: number[];

beforeAll(async () => {
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const status = answers.shift() ?? 200;
      if (status === 200) {
        // Verified exactly as the API will: the SDK's own constructEvent on the raw body.
        received.push(
          stripe.webhooks.constructEvent(Buffer.concat(chunks), request.headers['stripe-signature'] as string, secret),
        );
      }
      response.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
  ({ emulator, stripe } = await emulatorWithClient({ webhookRetry: { baseDelayMs: 20 } }));
});
afterAll(async () => {
  await emulator.close();
  await new Promise((resolve) => receiver.close(resolve));
});
beforeEach(() => {
  emulator.control.reset();
  const { port } = receiver.address() as AddressInfo;
  emulator.control.webhooks.addEndpoint(`http://127.0.0.1:${port}/hooks`, secret, [
    'payment_intent.succeeded',
    'charge.refunded',
    'refund.created',
  ]);
  received = [];
  answers = [];
});

const pay = () =>
  stripe.paymentIntents.create({ amount: 1_000, currency: 'usd', payment_method: 'pm_card_visa', confirm: true });

describe('webhooks', () => {
  it('delivers each event signed so that constructEvent accepts it unchanged', async () => {
    const intent = await pay();
    await stripe.refunds.create({ payment_intent: intent.id });
    await emulator.control.webhooks.idle();
    expect(received.map((event) => event.type).sort()).toEqual([
      'charge.refunded',
      'payment_intent.succeeded',
      'refund.created',
    ]);
    const succeeded = received.find((event) => event.type === 'payment_intent.succeeded')!;
    expect(succeeded.data.object).toMatchObject({ id: intent.id, status: 'succeeded' });
  });

  it('refuses a forged signature (the secret matters)', () => {
    const payload = JSON.stringify({ id: 'evt_1', object: 'event' });
    const header = stripe.webhooks.generateTestHeaderString({ payload, secret: 'whsec_other' });
    expect(() => stripe.webhooks.constructEvent(payload, header, secret)).toThrow(
      Stripe.errors.StripeSignatureVerificationError,
    );
  });

  it('retries a failed delivery with backoff, a bounded number of times', async () => {
    answers = [500, 503];
    await pay();
    await emulator.control.webhooks.idle();
    expect(received).toHaveLength(1);
    expect(emulator.control.webhooks.deliveries.map((delivery) => delivery.status)).toEqual([500, 503, 200]);

    answers = [500, 500, 500, 500, 500];
    await pay();
    await emulator.control.webhooks.idle();
    expect(received).toHaveLength(1);
    expect(emulator.control.webhooks.deliveries).toHaveLength(3 + 4);
  });

  it('drops, duplicates and delays deliveries on request', async () => {
    emulator.control.webhooks.dropNext(1);
    await pay();
    emulator.control.webhooks.duplicateNext(1);
    await pay();
    emulator.control.webhooks.delayNext(1, 100);
    await pay();
    await emulator.control.webhooks.idle();
    expect(received).toHaveLength(3);
    expect(received[0]!.id).toBe(received[1]!.id);
    expect(emulator.control.events.filter((event) => event.type === 'payment_intent.succeeded')).toHaveLength(3);
  });

  it('reorders: the next events arrive newest first', async () => {
    emulator.control.webhooks.reorderNext(2);
    const first = await pay();
    const second = await pay();
    await emulator.control.webhooks.idle();
    expect(received.map((event) => (event.data.object as Stripe.PaymentIntent).id)).toEqual([second.id, first.id]);
  });

  it('holds events until released, and resends one on request', async () => {
    emulator.control.webhooks.hold();
    await pay();
    await emulator.control.webhooks.idle();
    expect(received).toHaveLength(0);
    emulator.control.webhooks.release();
    await emulator.control.webhooks.idle();
    expect(received).toHaveLength(1);
    emulator.control.webhooks.redeliver(received[0]!.id);
    await emulator.control.webhooks.idle();
    expect(received.map((event) => event.id)).toEqual([received[0]!.id, received[0]!.id]);
  });
});
