import type { ServerResponse } from 'node:http';
import type Stripe from 'stripe';
import * as money from './builders-money';
import { EmulatorError } from './errors';
import type { FaultRule } from './faults';
import { authenticatePaymentIntent } from './payment-intents';
import type { EmulatorInternals, RecordedRequest } from './server';
import { authenticateSetupIntent } from './setup-intents';
import type { ReleaseOrder, WebhookDelivery, WebhookEndpoint } from './webhooks';

/** What tests (and the API in development) can do to the emulator besides calling Stripe's API. */
export interface EmulatorControl {
  /** Makes the next matching API call(s) fail; see FaultRule. */
  failNext(rule: FaultRule): void;
  clearFaults(): void;
  /** The customer passes (or fails) 3-D Secure for a PaymentIntent or SetupIntent in requires_action. */
  authenticate(intentId: string, succeed?: boolean): Stripe.PaymentIntent | Stripe.SetupIntent;
  /** Moves the emulator's clock (object timestamps, 24-hour expiry of idempotency keys). */
  advanceTime(seconds: number): void;
  balance(account?: string): Stripe.Balance;
  /**
   * Adds the platform's own money to its available balance (a top-up, as an operator funds a real
   * platform; in Stripe's test mode, charging the 4000000000000077 card does the same). A platform
   * that bears Stripe's processing fees needs this float: on a small campaign the fee Stripe keeps
   * can exceed the platform's fee, and a transfer to the founder is refused without it.
   */
  topUp(amount: number, currency: string): Stripe.Balance;
  /** Every API call received, oldest first. */
  readonly requests: readonly RecordedRequest[];
  readonly events: readonly Stripe.Event[];
  webhooks: {
    addEndpoint(url: string, secret?: string, enabledEvents?: string[]): WebhookEndpoint;
    removeEndpoint(id: string): void;
    dropNext(count?: number): void;
    duplicateNext(count?: number): void;
    delayNext(count: number, ms: number): void;
    reorderNext(count: number): void;
    hold(): void;
    release(order?: ReleaseOrder): void;
    redeliver(eventId: string): void;
    idle(): Promise<void>;
    readonly deliveries: readonly WebhookDelivery[];
    readonly endpoints: readonly WebhookEndpoint[];
  };
  /** Forgets every object, key, fault, event and webhook endpoint. */
  reset(): void;
}

export function createControl(emulator: EmulatorInternals): EmulatorControl {
  const { store, webhooks } = emulator;
  return {
    failNext: (rule) => emulator.faults.add(rule),
    clearFaults: () => emulator.faults.reset(),
    authenticate: (intentId, succeed = true) => authenticate(emulator, intentId, succeed),
    advanceTime: (seconds) => store.clock.advance(seconds),
    balance: (account) => money.balance(store.available(account ?? null)),
    topUp: (amount, currency) => {
      if (!Number.isSafeInteger(amount) || amount <= 0) throw new Error('a top-up is a positive whole amount');
      store.move(null, {
        amount,
        fee: 0,
        currency: currency.toLowerCase(),
        type: 'topup',
        source: 'tu_platform_float',
      });
      return money.balance(store.available(null));
    },
    get requests() {
      return emulator.requests;
    },
    get events() {
      return store.events;
    },
    webhooks: {
      addEndpoint: (url, secret, enabledEvents) => webhooks.addEndpoint(url, secret, enabledEvents),
      removeEndpoint: (id) => webhooks.removeEndpoint(id),
      dropNext: (count) => webhooks.dropNext(count),
      duplicateNext: (count) => webhooks.duplicateNext(count),
      delayNext: (count, ms) => webhooks.delayNext(count, ms),
      reorderNext: (count) => webhooks.reorderNext(count),
      hold: () => webhooks.hold(),
      release: (order) => webhooks.release(order),
      redeliver: (eventId) => webhooks.redeliver(store.get<Stripe.Event>('event', eventId)),
      idle: () => webhooks.idle(),
      get deliveries() {
        return webhooks.deliveries;
      },
      get endpoints() {
        return webhooks.endpoints;
      },
    },
    reset: () => {
      store.reset();
      emulator.keys.reset();
      emulator.faults.reset();
      webhooks.reset();
      emulator.requests.length = 0;
    },
  };
}

function authenticate(
  emulator: EmulatorInternals,
  intentId: string,
  succeed: boolean,
): Stripe.PaymentIntent | Stripe.SetupIntent {
  const { store } = emulator;
  if (intentId.startsWith('seti_')) {
    return authenticateSetupIntent(store, store.get<Stripe.SetupIntent>('setup_intent', intentId), succeed, null);
  }
  return authenticatePaymentIntent(store, store.get<Stripe.PaymentIntent>('payment_intent', intentId), succeed, null);
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body ?? { ok: true });
  response.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text) });
  response.end(text);
}

function redirectOrPage(response: ServerResponse, returnUrl: string | null, message: string): void {
  if (returnUrl && /^https?:\/\//.test(returnUrl)) {
    response.writeHead(302, { Location: returnUrl });
    response.end();
    return;
  }
  const html = `<!doctype html><meta charset="utf-8"><title>Stripe emulator</title><p>${message}</p>`;
  response.writeHead(200, { 'Content-Type': 'text/html; charset=utf-8' });
  response.end(html);
}

/**
 * The control API over HTTP, under /_emulator/, for processes that do not hold the JS handle
 * (a browser test driving the web, the API started by `pnpm dev`). Bodies are JSON.
 */
export async function handleControlRequest(
  emulator: EmulatorInternals,
  method: string,
  target: URL,
  rawBody: string,
  response: ServerResponse,
): Promise<void> {
  const control = createControl(emulator);
  const body = rawBody ? (JSON.parse(rawBody) as Record<string, unknown>) : {};
  const parts = target.pathname.split('/').filter(Boolean).slice(1);
  const route = `${method} /${parts.join('/')}`;
  try {
    if (parts[0] === 'authenticate' && parts[1]) {
      const succeed = target.searchParams.get('outcome') !== 'fail';
      control.authenticate(parts[1], succeed);
      redirectOrPage(
        response,
        target.searchParams.get('return_url'),
        succeed ? 'Authentication complete.' : 'Authentication failed.',
      );
      return;
    }
    if (parts[0] === 'connect' && parts[1] === 'onboarding' && parts[2]) {
      emulator.store.get('account', parts[2]);
      redirectOrPage(response, target.searchParams.get('return_url'), 'Onboarding complete.');
      return;
    }
    switch (route) {
      case 'POST /reset':
        control.reset();
        return sendJson(response, 200, null);
      case 'POST /faults': {
        const rule = body as unknown as FaultRule & { pathPattern?: string };
        control.failNext({ ...rule, ...(rule.pathPattern ? { path: new RegExp(rule.pathPattern) } : {}) });
        return sendJson(response, 200, null);
      }
      case 'DELETE /faults':
        control.clearFaults();
        return sendJson(response, 200, null);
      case 'POST /clock/advance':
        control.advanceTime(Number(body.seconds));
        return sendJson(response, 200, null);
      case 'GET /requests':
        return sendJson(response, 200, control.requests);
      case 'POST /webhooks/endpoints': {
        const endpoint = control.webhooks.addEndpoint(
          String(body.url),
          body.secret as string | undefined,
          body.enabledEvents as string[] | undefined,
        );
        return sendJson(response, 200, endpoint);
      }
      case 'POST /webhooks/faults': {
        const count = Number(body.count ?? 1);
        if (body.kind === 'drop') control.webhooks.dropNext(count);
        else if (body.kind === 'duplicate') control.webhooks.duplicateNext(count);
        else if (body.kind === 'delay') control.webhooks.delayNext(count, Number(body.delayMs ?? 1000));
        else if (body.kind === 'reorder') control.webhooks.reorderNext(count);
        else if (body.kind === 'hold') control.webhooks.hold();
        else return sendJson(response, 400, { error: 'kind must be drop, duplicate, delay, reorder or hold' });
        return sendJson(response, 200, null);
      }
      case 'POST /webhooks/release':
        control.webhooks.release(body.order === 'reverse' ? 'reverse' : 'fifo');
        return sendJson(response, 200, null);
      case 'GET /webhooks/deliveries':
        return sendJson(response, 200, control.webhooks.deliveries);
      default:
        return sendJson(response, 404, { error: `Unknown emulator control call: ${route}` });
    }
  } catch (error) {
    if (error instanceof EmulatorError) return sendJson(response, error.status, { error: error.body });
    throw error;
  }
}
