import { createHmac, randomBytes } from 'node:crypto';
import type Stripe from 'stripe';
import { newId } from './ids';

export interface WebhookEndpoint {
  id: string;
  url: string;
  secret: string;
  /** Event types to send (`*` or absent: all). */
  enabledEvents?: string[];
}

export interface WebhookDelivery {
  endpointId: string;
  eventId: string;
  type: string;
  attempt: number;
  /** The HTTP status the endpoint answered, or null when it could not be reached. */
  status: number | null;
  at: string;
}

export interface WebhookRetryPolicy {
  /** Attempts per event and endpoint, the first included. */
  attempts: number;
  /** Delay before the first retry; each further retry waits twice as long. */
  baseDelayMs: number;
}

export type ReleaseOrder = 'reverse' | 'fifo';

/** Signs like Stripe: `t=<unix seconds>,v1=<hex HMAC-SHA256 of "t.payload" keyed by the whsec_ secret>`. */
export function signPayload(payload: string, secret: string, timestamp = Math.floor(Date.now() / 1000)): string {
  const signature = createHmac('sha256', secret).update(`${timestamp}.${payload}`, 'utf8').digest('hex');
  return `t=${timestamp},v1=${signature}`;
}

export function newWebhookSecret(): string {
  return `whsec_${randomBytes(24).toString('hex')}`;
}

interface Job {
  endpoint: WebhookEndpoint;
  event: Stripe.Event;
}

/**
 * Sends each event to every endpoint, signed, retrying failures with exponential backoff up to
 * a bound; and misbehaves on request (drops, duplicates, delays, reorders) so tests can prove the
 * receiving side copes with what Stripe may do.
 */
export class WebhookDispatcher {
  readonly endpoints: WebhookEndpoint[] = [];
  readonly deliveries: WebhookDelivery[] = [];
  private inFlight = new Set<Promise<void>>();
  private dropCount = 0;
  private duplicateCount = 0;
  private delay = { count: 0, ms: 0 };
  private holding = false;
  private reorderAfter = 0;
  private held: Job[] = [];

  constructor(private readonly retry: WebhookRetryPolicy) {}

  addEndpoint(url: string, secret = newWebhookSecret(), enabledEvents?: string[]): WebhookEndpoint {
    const endpoint = { id: newId('we'), url, secret, enabledEvents };
    this.endpoints.push(endpoint);
    return endpoint;
  }

  removeEndpoint(id: string): void {
    const index = this.endpoints.findIndex((endpoint) => endpoint.id === id);
    if (index >= 0) this.endpoints.splice(index, 1);
  }

  dropNext(count = 1): void {
    this.dropCount += count;
  }

  duplicateNext(count = 1): void {
    this.duplicateCount += count;
  }

  delayNext(count: number, ms: number): void {
    this.delay = { count, ms };
  }

  /** Holds the next `count` events and then sends them newest first. */
  reorderNext(count: number): void {
    this.holding = true;
    this.reorderAfter = count;
  }

  /** Holds every event until release(). */
  hold(): void {
    this.holding = true;
    this.reorderAfter = 0;
  }

  release(order: ReleaseOrder = 'fifo'): void {
    const jobs = order === 'reverse' ? [...this.held].reverse() : [...this.held];
    this.held = [];
    this.holding = false;
    this.reorderAfter = 0;
    for (const job of jobs) this.track(this.deliver(job));
  }

  get heldCount(): number {
    return this.held.length;
  }

  dispatch(event: Stripe.Event): void {
    const endpoints = this.endpoints.filter(
      (endpoint) =>
        !endpoint.enabledEvents || endpoint.enabledEvents.some((type) => type === '*' || type === event.type),
    );
    if (endpoints.length === 0) return;
    if (this.dropCount > 0) {
      this.dropCount -= 1;
      return;
    }
    const copies = this.duplicateCount > 0 ? 2 : 1;
    if (this.duplicateCount > 0) this.duplicateCount -= 1;
    let waitMs = 0;
    if (this.delay.count > 0) {
      this.delay.count -= 1;
      waitMs = this.delay.ms;
    }
    for (const endpoint of endpoints) {
      for (let copy = 0; copy < copies; copy += 1) {
        const job = { endpoint, event };
        if (this.holding) this.held.push(job);
        else this.track(sleep(waitMs).then(() => this.deliver(job)));
      }
    }
    if (this.holding && this.reorderAfter > 0 && this.held.length >= this.reorderAfter * endpoints.length)
      this.release('reverse');
  }

  /** Sends an event again, as the Dashboard's "resend" does. */
  redeliver(event: Stripe.Event): void {
    for (const endpoint of this.endpoints) this.track(this.deliver({ endpoint, event }));
  }

  /** Resolves once every delivery under way (retries included) has finished. */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight]);
  }

  reset(): void {
    this.endpoints.length = 0;
    this.deliveries.length = 0;
    this.dropCount = 0;
    this.duplicateCount = 0;
    this.delay = { count: 0, ms: 0 };
    this.holding = false;
    this.reorderAfter = 0;
    this.held = [];
  }

  private track(delivery: Promise<void>): void {
    this.inFlight.add(delivery);
    void delivery.finally(() => this.inFlight.delete(delivery));
  }

  private async deliver({ endpoint, event }: Job): Promise<void> {
    const payload = JSON.stringify({ ...event, pending_webhooks: 1 }, null, 2);
    for (let attempt = 1; attempt <= this.retry.attempts; attempt += 1) {
      let status: number | null = null;
      try {
        const response = await fetch(endpoint.url, {
          method: 'POST',
          headers: {
            'Content-Type': 'application/json; charset=utf-8',
            'User-Agent': 'Stripe/1.0 (+https://stripe.com/docs/webhooks)',
            'Stripe-Signature': signPayload(payload, endpoint.secret),
          },
          body: payload,
          signal: AbortSignal.timeout(10_000),
        });
        status = response.status;
        await response.arrayBuffer();
      } catch {
        status = null;
      }
      this.deliveries.push({
        endpointId: endpoint.id,
        eventId: event.id,
        type: event.type,
        attempt,
        status,
        at: new Date().toISOString(),
      });
      if (status !== null && status >= 200 && status < 300) return;
      if (attempt < this.retry.attempts) await sleep(this.retry.baseDelayMs * 2 ** (attempt - 1));
    }
  }
}

function sleep(ms: number): Promise<void> {
  return ms > 0 ? new Promise((resolve) => setTimeout(resolve, ms)) : Promise.resolve();
}
