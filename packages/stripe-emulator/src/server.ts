import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { parse as parseForm } from 'qs';
import { createControl, handleControlRequest, type EmulatorControl } from './control';
import { EmulatorError, type StripeErrorBody } from './errors';
import { expand } from './expand';
import { FaultPlan, type FaultRule } from './faults';
import { IdempotencyKeys, type SavedResponse } from './idempotency';
import { newId } from './ids';
import { expandPaths, type Params } from './params';
import { matchRoute } from './routes';
import { Store } from './store';
import { WebhookDispatcher, type WebhookRetryPolicy } from './webhooks';

/** The Stripe API version the emulator answers as (that of the pinned `stripe` package). */
export const EMULATOR_API_VERSION = '2026-10-28.endive' as const;

export interface StartOptions {
  /** 0 (the default) picks a free port. */
  port?: number;
  host?: string;
  /** An endpoint to send every event to, signed with `webhookSecret` (generated when absent). */
  webhookUrl?: string;
  webhookSecret?: string;
  webhookRetry?: Partial<WebhookRetryPolicy>;
}

export interface EmulatorHandle {
  url: string;
  host: string;
  port: number;
  control: EmulatorControl;
  close(): Promise<void>;
}

/** One logged API call, for tests that count what reached "Stripe". */
export interface RecordedRequest {
  method: string;
  path: string;
  idempotencyKey: string | null;
  status: number | null;
  replayed: boolean;
  fault?: FaultRule['mode'];
}

export interface EmulatorInternals {
  store: Store;
  faults: FaultPlan;
  keys: IdempotencyKeys;
  webhooks: WebhookDispatcher;
  requests: RecordedRequest[];
  baseUrl: () => string;
}

export async function start(options: StartOptions = {}): Promise<EmulatorHandle> {
  const webhooks = new WebhookDispatcher({ attempts: 4, baseDelayMs: 200, ...options.webhookRetry });
  const internals: EmulatorInternals = {
    store: new Store(EMULATOR_API_VERSION, (event) => webhooks.dispatch(event)),
    faults: new FaultPlan(),
    keys: new IdempotencyKeys(),
    webhooks,
    requests: [],
    baseUrl: () => url,
  };
  if (options.webhookUrl) webhooks.addEndpoint(options.webhookUrl, options.webhookSecret);

  const heldSockets = new Set<Socket>();
  const server = createServer((request, response) => {
    void serve(internals, request, response, heldSockets).catch((error: unknown) => {
      if (!response.headersSent) send(response, 500, { error: { type: 'api_error', message: String(error) } });
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${host}:${port}`;
  return {
    url,
    host,
    port,
    control: createControl(internals),
    close: async () => {
      for (const socket of heldSockets) socket.destroy();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await webhooks.idle();
    },
  };
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += (chunk as Buffer).length;
    if (size > 1024 * 1024)
      throw new EmulatorError(413, { type: 'invalid_request_error', message: 'Request body too large.' }, false);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const text = typeof body === 'string' ? body : JSON.stringify(body, null, 2);
  response.writeHead(status, {
    'Content-Type': 'application/json',
    'Content-Length': Buffer.byteLength(text),
    ...headers,
  });
  response.end(text);
}

function errorBody(body: StripeErrorBody, requestId: string): { error: StripeErrorBody } {
  return { error: { ...body, request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}` } };
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function serve(
  emulator: EmulatorInternals,
  request: IncomingMessage,
  response: ServerResponse,
  heldSockets: Set<Socket>,
): Promise<void> {
  const method = request.method ?? 'GET';
  const target = new URL(request.url ?? '/', 'http://emulator');
  const rawBody = await readBody(request);
  if (target.pathname.startsWith('/_emulator/')) {
    await handleControlRequest(emulator, method, target, rawBody, response);
    return;
  }
  const requestId = newId('req');
  const idempotencyKey =
    method === 'POST' ? ((request.headers['idempotency-key'] as string | undefined) ?? null) : null;
  const record: RecordedRequest = { method, path: target.pathname, idempotencyKey, status: null, replayed: false };
  emulator.requests.push(record);
  const headers: Record<string, string> = { 'Request-Id': requestId, 'Stripe-Version': EMULATOR_API_VERSION };
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  const answer = (status: number, body: unknown, extra: Record<string, string> = {}) => {
    record.status = status;
    send(response, status, body, { ...headers, ...extra });
  };

  const apiKey = /^Bearer ((sk|rk)_test_\w+)$/.exec(request.headers.authorization ?? '')?.[1];
  if (!apiKey) {
    answer(
      401,
      errorBody(
        {
          type: 'invalid_request_error',
          message: 'Invalid API Key provided: the emulator takes test keys (sk_test_…) only.',
        },
        requestId,
      ),
    );
    return;
  }
  const fault = emulator.faults.take(method, target.pathname);
  if (fault) record.fault = fault.mode;
  const hideAnswer = async (): Promise<boolean> => {
    if (!fault || fault.mode === 'delay') return false;
    if (fault.mode === 'error') {
      answer(
        fault.status ?? 500,
        errorBody(
          fault.code && (fault.status ?? 500) < 500
            ? { type: 'invalid_request_error', code: fault.code, message: `${fault.code} (injected by the emulator).` }
            : { type: 'api_error', message: 'An unexpected error occurred (injected by the emulator).' },
          requestId,
        ),
      );
    } else if (fault.mode === 'drop') {
      request.socket.destroy();
    } else {
      // A timeout: the client waits and gives up; the socket is dropped if the test set a limit.
      heldSockets.add(request.socket);
      request.socket.once('close', () => heldSockets.delete(request.socket));
      if (fault.delayMs !== undefined) {
        await sleep(fault.delayMs);
        request.socket.destroy();
      }
    }
    return true;
  };
  if (fault?.mode === 'delay') await sleep(fault.delayMs ?? 0);
  if (fault && !fault.after && (await hideAnswer())) return;

  const route = matchRoute(method, target.pathname);
  if (!route || 'methodNotAllowed' in route) {
    answer(
      404,
      errorBody(
        { type: 'invalid_request_error', message: `Unrecognized request URL (${method}: ${target.pathname}).` },
        requestId,
      ),
    );
    return;
  }
  const params = (method === 'GET' ? parseForm(target.search.slice(1)) : parseForm(rawBody)) as Params;
  const account = (request.headers['stripe-account'] as string | undefined) ?? null;
  const scopedKey = idempotencyKey ? `${apiKey}:${account ?? ''}:${idempotencyKey}` : null;
  const fingerprint = `${method} ${target.pathname} ${rawBody}`;
  if (scopedKey) {
    const verdict = emulator.keys.check(scopedKey, fingerprint, emulator.store.clock.nowSeconds());
    if (verdict.kind === 'replay') {
      record.replayed = true;
      // A replayed answer can be lost on the way back too.
      if (fault?.after && (await hideAnswer())) return;
      answer(verdict.saved.status, verdict.saved.body, { 'Idempotent-Replayed': 'true' });
      return;
    }
    if (verdict.kind === 'mismatch') {
      answer(
        400,
        errorBody(
          {
            type: 'idempotency_error',
            message: `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey}' if you meant to execute a different request.`,
          },
          requestId,
        ),
      );
      return;
    }
    if (verdict.kind === 'in_flight') {
      answer(
        409,
        errorBody(
          {
            type: 'idempotency_error',
            code: 'idempotency_key_in_use',
            message:
              'There is currently another in-progress request using this Idempotent Key (that probably means you submitted twice, and the other request is still going through): ' +
              idempotencyKey +
              '. Please try again later.',
          },
          requestId,
        ),
      );
      return;
    }
    emulator.keys.begin(scopedKey);
  }
  let status = 200;
  let body: unknown;
  let saved = true;
  try {
    const result = route.handler(emulator.store, params, {
      requestId,
      idempotencyKey,
      account,
      path: route.path,
      baseUrl: emulator.baseUrl(),
    });
    body = expand(emulator.store, result, expandPaths(params));
  } catch (error) {
    if (!(error instanceof EmulatorError)) {
      if (scopedKey) emulator.keys.finish(scopedKey, null);
      throw error;
    }
    status = error.status;
    body = errorBody(error.body, requestId);
    saved = error.saved;
  }
  const text = JSON.stringify(body, null, 2);
  if (scopedKey) {
    const kept: SavedResponse = { fingerprint, status, body: text, savedAt: emulator.store.clock.nowSeconds() };
    emulator.keys.finish(scopedKey, saved ? kept : null);
  }
  if (fault?.after && (await hideAnswer())) return;
  answer(status, text);
}
