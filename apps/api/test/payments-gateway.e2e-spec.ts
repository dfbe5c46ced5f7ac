import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { start, type EmulatorHandle } from '@crowdstake/stripe-emulator';
import { APP_CONFIG } from '../src/config/app-config';
import { loadConfig } from '../src/config/config.schema';
import { LocalStripeEmulator } from '../src/payments/local-stripe-emulator';
import { PAYMENT_GATEWAY, type GatewayEvent, type PaymentGateway } from '../src/payments/payment-gateway';
import {
  AuthenticationRequiredError,
  CardDeclinedError,
  GatewayRejectedError,
  GatewayUnavailableError,
  InsufficientPlatformBalanceError,
  WebhookSignatureError,
} from '../src/payments/payments.errors';
import { PaymentsModule } from '../src/payments/payments.module';
import { StripeGateway } from '../src/payments/stripe-gateway';

const webhookSecret = 'whsec_gateway_test';
let emulator: EmulatorHandle;
let gateway: StripeGateway;
let keyCounter = 0;
const key = (what: string) => `test:${what}:${(keyCounter += 1)}`;
const usd = (amountMinor: number) => ({ amountMinor, currency: 'USD' as const });

beforeAll(async () => {
  emulator = await start();
  gateway = new StripeGateway({
    mode: 'emulator',
    secretKey: 'sk_test_gateway',
    webhookSecret,
    endpoint: { host: emulator.host, port: emulator.port, protocol: 'http' },
    timeoutMs: 1_000,
    maxNetworkRetries: 0,
  });
});
afterAll(() => emulator.close());
beforeEach(() => emulator.control.reset());

async function customerWithCard(card: string) {
  const { customerId } = await gateway.createCustomer({ reference: 'user-1', idempotencyKey: key('customer') });
  const saved = await gateway.saveCard({
    customerId,
    paymentMethodId: card,
    reference: 'user-1',
    idempotencyKey: key('card'),
  });
  return { customerId, saved };
}

describe('StripeGateway over HTTP against the emulator', () => {
  it('charges a present backer: the payment, its fee and our reference come back in our terms', async () => {
    const payment = await gateway.chargeNow({
      amount: usd(10_000),
      paymentMethodId: 'pm_card_visa',
      reference: 'pledge-1',
      transferGroup: 'campaign-1',
      metadata: { campaign_id: 'campaign-1' },
      idempotencyKey: key('charge'),
    });
    expect(payment).toMatchObject({
      status: 'succeeded',
      amount: usd(10_000),
      receivedMinor: 10_000,
      feeMinor: 320,
      reference: 'pledge-1',
      transferGroup: 'campaign-1',
      metadata: { campaign_id: 'campaign-1' },
      clientSecret: null,
    });
    expect(payment.paymentId).toMatch(/^pi_/);
    expect(await gateway.retrievePayment(payment.paymentId)).toEqual(payment);
  });

  it('maps a decline to CardDeclinedError (402 card_declined) with the decline code; the payment reads back failed', async () => {
    const error = await gateway
      .chargeNow({
        amount: usd(500),
        paymentMethodId: 'pm_card_visa_chargeDeclinedInsufficientFunds',
        reference: 'pledge-2',
        idempotencyKey: key('charge'),
      })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(CardDeclinedError);
    expect(error).toMatchObject({ code: 'card_declined', declineCode: 'insufficient_funds' });
    const failed = await gateway.retrievePayment((error as CardDeclinedError).paymentId!);
    expect(failed).toMatchObject({ status: 'failed', failure: { declineCode: 'insufficient_funds' } });
  });

  it('returns requires_action with a client secret when the bank asks the present backer to authenticate', async () => {
    const payment = await gateway.chargeNow({
      amount: usd(700),
      paymentMethodId: 'pm_card_authenticationRequired',
      reference: 'pledge-3',
      idempotencyKey: key('charge'),
      returnUrl: 'http://localhost/pledges/3',
    });
    expect(payment.status).toBe('requires_action');
    expect(payment.clientSecret).toMatch(/^pi_\w+_secret_/);
    emulator.control.authenticate(payment.paymentId);
    expect((await gateway.retrievePayment(payment.paymentId)).status).toBe('succeeded');
  });

  it('charges a saved card off-session; AuthenticationRequiredError when the bank insists every time', async () => {
    const visa = await customerWithCard('pm_card_visa');
    expect(visa.saved.status).toBe('succeeded');
    const charged = await gateway.chargeSavedCard({
      amount: usd(1_000),
      customerId: visa.customerId,
      paymentMethodId: visa.saved.paymentMethodId!,
      reference: 'pledge-4',
      idempotencyKey: key('charge'),
    });
    expect(charged.status).toBe('succeeded');

    const strict = await customerWithCard('pm_card_authenticationRequired');
    expect(strict.saved.status).toBe('requires_action');
    emulator.control.authenticate(strict.saved.setupId);
    await expect(
      gateway.chargeSavedCard({
        amount: usd(1_000),
        customerId: strict.customerId,
        paymentMethodId: strict.saved.paymentMethodId!,
        reference: 'pledge-5',
        idempotencyKey: key('charge'),
      }),
    ).rejects.toBeInstanceOf(AuthenticationRequiredError);
  });

  it('authenticates a card set up for off-session once, then charges it with the backer away', async () => {
    const { customerId, saved } = await customerWithCard('pm_card_authenticationRequiredSetupForOffSession');
    expect(saved).toMatchObject({ status: 'requires_action', clientSecret: expect.stringMatching(/^seti_/) });
    emulator.control.authenticate(saved.setupId);
    const card = await gateway.describeCard(saved.paymentMethodId!);
    expect(card).toMatchObject({ customerId, last4: '3155', fingerprint: expect.any(String) });
    const charged = await gateway.chargeSavedCard({
      amount: usd(900),
      customerId,
      paymentMethodId: card.paymentMethodId,
      reference: 'pledge-6',
      idempotencyKey: key('charge'),
    });
    expect(charged.status).toBe('succeeded');
  });

  it('a lost answer is GatewayUnavailableError with the outcome unknown; reading back by reference finds the one charge, and the key replays it', async () => {
    emulator.control.failNext({ mode: 'error', path: '/v1/payment_intents', after: true });
    const request = {
      amount: usd(2_500),
      paymentMethodId: 'pm_card_visa',
      reference: 'pledge-7',
      idempotencyKey: key('charge'),
    };
    const error = await gateway.chargeNow(request).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GatewayUnavailableError);
    expect((error as GatewayUnavailableError).outcomeUnknown).toBe(true);

    const found = await gateway.findPaymentsByReference('pledge-7');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ status: 'succeeded', reference: 'pledge-7' });
    const retried = await gateway.chargeNow(request);
    expect(retried.paymentId).toBe(found[0]!.paymentId);
    expect(await gateway.findPaymentsByReference('pledge-7')).toHaveLength(1);
    expect(await gateway.findPaymentsByReference("nobody's")).toEqual([]);
    const quoted = await gateway.chargeNow({
      amount: usd(100),
      paymentMethodId: 'pm_card_visa',
      reference: "o'brien\\1",
      idempotencyKey: key('charge'),
    });
    expect((await gateway.findPaymentsByReference("o'brien\\1")).map((payment) => payment.paymentId)).toEqual([
      quoted.paymentId,
    ]);
  });

  it('a timeout is GatewayUnavailableError; a reused key with other parameters is GatewayRejectedError', async () => {
    emulator.control.failNext({ mode: 'timeout', path: '/v1/payment_intents' });
    await expect(
      gateway.chargeNow({ amount: usd(100), paymentMethodId: 'pm_card_visa', reference: 'p8', idempotencyKey: 'k-8' }),
    ).rejects.toBeInstanceOf(GatewayUnavailableError);
    await gateway.chargeNow({
      amount: usd(100),
      paymentMethodId: 'pm_card_visa',
      reference: 'p9',
      idempotencyKey: 'k-9',
    });
    await expect(
      gateway.chargeNow({ amount: usd(200), paymentMethodId: 'pm_card_visa', reference: 'p9', idempotencyKey: 'k-9' }),
    ).rejects.toBeInstanceOf(GatewayRejectedError);
  });

  it('authorizes then captures or cancels; refunds in part and in full', async () => {
    const held = await gateway.chargeNow({
      amount: usd(4_000),
      paymentMethodId: 'pm_card_visa',
      reference: 'p10',
      captureLater: true,
      idempotencyKey: key('charge'),
    });
    expect(held).toMatchObject({ status: 'authorized', receivedMinor: 0 });
    const captured = await gateway.capturePayment({ paymentId: held.paymentId, idempotencyKey: key('capture') });
    expect(captured).toMatchObject({ status: 'succeeded', receivedMinor: 4_000 });

    const partial = await gateway.refund({
      paymentId: captured.paymentId,
      amountMinor: 1_000,
      reference: 'p10:r1',
      idempotencyKey: key('refund'),
    });
    expect(partial).toMatchObject({
      status: 'succeeded',
      amount: usd(1_000),
      paymentId: captured.paymentId,
      reference: 'p10:r1',
    });
    const rest = await gateway.refund({
      paymentId: captured.paymentId,
      reference: 'p10:r2',
      idempotencyKey: key('refund'),
    });
    expect(rest.amount).toEqual(usd(3_000));
    expect((await gateway.retrievePayment(captured.paymentId)).refundedMinor).toBe(4_000);

    const released = await gateway.chargeNow({
      amount: usd(600),
      paymentMethodId: 'pm_card_visa',
      reference: 'p11',
      captureLater: true,
      idempotencyKey: key('charge'),
    });
    expect((await gateway.cancelPayment({ paymentId: released.paymentId, idempotencyKey: key('cancel') })).status).toBe(
      'canceled',
    );
  });

  it('connects a payout account, transfers to it, reverses, lists, and reads the balance', async () => {
    const account = await gateway.createConnectedAccount({
      reference: 'company-1',
      country: 'US',
      idempotencyKey: key('account'),
    });
    expect(account).toMatchObject({ payoutsEnabled: true, chargesEnabled: true, reference: 'company-1' });
    expect(await gateway.retrieveConnectedAccount(account.accountId)).toEqual(account);
    const link = await gateway.createOnboardingLink({
      accountId: account.accountId,
      refreshUrl: 'http://localhost/r',
      returnUrl: 'http://localhost/done',
    });
    expect(link.url).toContain(emulator.url);

    await gateway.chargeNow({
      amount: usd(10_000),
      paymentMethodId: 'pm_card_visa',
      reference: 'p12',
      transferGroup: 'campaign-9',
      idempotencyKey: key('charge'),
    });
    expect(await gateway.retrieveBalance()).toEqual({ available: [usd(9_680)], pending: [usd(0)] });
    await expect(
      gateway.transfer({
        amount: usd(9_681),
        destinationAccountId: account.accountId,
        transferGroup: 'campaign-9',
        reference: 'payout-0',
        idempotencyKey: key('transfer'),
      }),
    ).rejects.toBeInstanceOf(InsufficientPlatformBalanceError);
    const transfer = await gateway.transfer({
      amount: usd(9_000),
      destinationAccountId: account.accountId,
      transferGroup: 'campaign-9',
      reference: 'payout-1',
      idempotencyKey: key('transfer'),
    });
    expect(transfer).toMatchObject({
      amount: usd(9_000),
      reversedMinor: 0,
      destinationAccountId: account.accountId,
      reference: 'payout-1',
    });
    const reversal = await gateway.reverseTransfer({
      transferId: transfer.transferId,
      amountMinor: 2_000,
      reference: 'payout-1:back',
      idempotencyKey: key('reverse'),
    });
    expect(reversal).toMatchObject({ transferId: transfer.transferId, amount: usd(2_000) });
    expect(await gateway.listTransfers('campaign-9')).toEqual([{ ...transfer, reversedMinor: 2_000 }]);
    expect((await gateway.retrieveBalance()).available).toEqual([usd(2_680)]);
  });

  it('parses a signed webhook into our terms and refuses a bad signature', async () => {
    const received: GatewayEvent[] = [];
    const rejected: unknown[] = [];
    const receiver: Server = createServer((request, response) => {
      const chunks: Buffer[] = [];
      request.on('data', (chunk: Buffer) => chunks.push(chunk));
      request.on('end', () => {
        try {
          received.push(
            gateway.parseWebhook(Buffer.concat(chunks), request.headers['stripe-signature'] as string | undefined),
          );
          response.writeHead(200).end();
        } catch (error) {
          rejected.push(error);
          response.writeHead(400).end();
        }
      });
    });
    await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
    const { port } = receiver.address() as AddressInfo;
    try {
      emulator.control.webhooks.addEndpoint(`http://127.0.0.1:${port}/api/webhooks/stripe`, webhookSecret, [
        'payment_intent.succeeded',
      ]);
      const payment = await gateway.chargeNow({
        amount: usd(1_200),
        paymentMethodId: 'pm_card_visa',
        reference: 'pledge-13',
        idempotencyKey: key('charge'),
      });
      await emulator.control.webhooks.idle();
      expect(received).toHaveLength(1);
      expect(received[0]).toMatchObject({
        type: 'payment_intent.succeeded',
        objectId: payment.paymentId,
        payment: { reference: 'pledge-13', status: 'succeeded' },
      });

      emulator.control.webhooks.addEndpoint(`http://127.0.0.1:${port}/api/webhooks/stripe`, 'whsec_someone_else', [
        'payment_intent.succeeded',
      ]);
      await gateway.chargeNow({
        amount: usd(1_300),
        paymentMethodId: 'pm_card_visa',
        reference: 'pledge-14',
        idempotencyKey: key('charge'),
      });
      await emulator.control.webhooks.idle();
      expect(rejected[0]).toBeInstanceOf(WebhookSignatureError);
      expect(() => gateway.parseWebhook('{}', undefined)).toThrow(WebhookSignatureError);
    } finally {
      await new Promise((resolve) => receiver.close(resolve));
    }
  });
});

describe('PaymentsModule', () => {
  async function moduleWith(env: Record<string, string>) {
    const config = loadConfig(env);
    @Global()
    @Module({ providers: [{ provide: APP_CONFIG, useValue: config }], exports: [APP_CONFIG] })
    class ConfigForTest {}
    return Test.createTestingModule({ imports: [ConfigForTest, PaymentsModule] }).compile();
  }

  it('starts the emulator in-process without STRIPE_SECRET_KEY and closes it with the app', async () => {
    const moduleRef = await moduleWith({});
    const payments = moduleRef.get<PaymentGateway>(PAYMENT_GATEWAY);
    const local = moduleRef.get(LocalStripeEmulator);
    expect(payments.mode).toBe('emulator');
    const payment = await payments.chargeNow({
      amount: usd(100),
      paymentMethodId: 'pm_card_visa',
      reference: 'm1',
      idempotencyKey: 'm1',
    });
    expect(payment.status).toBe('succeeded');
    expect(local.control.requests.some((call) => call.idempotencyKey === 'm1')).toBe(true);
    await moduleRef.close();
    await expect(fetch(local.handle.url)).rejects.toThrow();
  });

  it("points the emulator's signed webhooks at the API's own /api/webhooks/stripe once it listens", async () => {
    const moduleRef = await moduleWith({});
    const app = moduleRef.createNestApplication();
    await app.listen(0, '127.0.0.1');
    try {
      const { port } = (app.getHttpServer() as Server).address() as AddressInfo;
      const local = moduleRef.get(LocalStripeEmulator);
      expect(local.control.webhooks.endpoints.map((endpoint) => endpoint.url)).toEqual([
        `http://127.0.0.1:${port}/api/webhooks/stripe`,
      ]);
      expect(local.control.webhooks.endpoints[0]!.secret).toBe(local.webhookSecret);
    } finally {
      await app.close();
    }
  });

  it('uses Stripe with STRIPE_SECRET_KEY, and insists on its webhook secret', async () => {
    await expect(moduleWith({ STRIPE_SECRET_KEY: 'sk_test_real' })).rejects.toThrow(/STRIPE_WEBHOOK_SECRET/);
    const moduleRef = await moduleWith({ STRIPE_SECRET_KEY: 'sk_test_real', STRIPE_WEBHOOK_SECRET: 'whsec_real' });
    expect(moduleRef.get<PaymentGateway>(PAYMENT_GATEWAY).mode).toBe('stripe');
    expect(moduleRef.get(LocalStripeEmulator, { strict: false })).toBeNull();
    await moduleRef.close();
  });
});
