import type Stripe from 'stripe';
import * as build from './builders';
import * as money from './builders-money';
import type { CardProfile } from './cards';
import { EmulatorError, noSuchObject } from './errors';
import { EmulatorClock, newId } from './ids';
import type { Params } from './params';

export interface StripeObject {
  id: string;
  object: string;
  created?: number;
  [field: string]: unknown;
}

/** What the request being served contributes to the events it causes (Stripe's `event.request`). */
export interface RequestContext {
  requestId: string;
  idempotencyKey: string | null;
  /** The Stripe-Account header: the connected account the call acts on. */
  account: string | null;
}

export type EventSink = (event: Stripe.Event) => void;

const PLATFORM = 'platform';

/**
 * All of the emulator's state, in memory: Stripe's objects by id, which card each PaymentMethod
 * stands for, and each account's available balance per currency.
 */
export class Store {
  readonly clock = new EmulatorClock();
  private objects = new Map<string, StripeObject>();
  private cards = new Map<string, { profile: CardProfile; setUpForOffSession: boolean }>();
  private balances = new Map<string, Map<string, number>>();
  readonly events: Stripe.Event[] = [];

  constructor(
    readonly apiVersion: string,
    private readonly sink: EventSink,
  ) {}

  reset(): void {
    this.objects.clear();
    this.cards.clear();
    this.balances.clear();
    this.events.length = 0;
    this.clock.reset();
  }

  base(prefix: string): build.Base {
    return { id: newId(prefix), created: this.clock.nowSeconds() };
  }

  put<T extends { id: string; object: string }>(object: T): T {
    this.objects.set(object.id, object as unknown as StripeObject);
    return object;
  }

  find(id: string): StripeObject | undefined {
    return this.objects.get(id);
  }

  get<T>(kind: string, id: string, param?: string): T {
    const found = this.objects.get(id);
    if (!found || found.object !== kind) throw noSuchObject(kind.replace(/_/g, ''), id, param);
    return found as unknown as T;
  }

  /** Newest first, as Stripe lists. */
  all<T>(kind: string, filter: (object: T) => boolean = () => true): T[] {
    const found: T[] = [];
    for (const object of this.objects.values()) {
      if (object.object === kind && filter(object as unknown as T)) found.push(object as unknown as T);
    }
    return found.reverse();
  }

  rememberCard(paymentMethodId: string, profile: CardProfile): void {
    this.cards.set(paymentMethodId, { profile, setUpForOffSession: false });
  }

  card(paymentMethodId: string): { profile: CardProfile; setUpForOffSession: boolean } {
    const card = this.cards.get(paymentMethodId);
    if (!card) throw noSuchObject('PaymentMethod', paymentMethodId, 'payment_method');
    return card;
  }

  available(account: string | null): Map<string, number> {
    const key = account ?? PLATFORM;
    let balance = this.balances.get(key);
    if (!balance) {
      balance = new Map();
      this.balances.set(key, balance);
    }
    return balance;
  }

  /** Records a movement of an account's balance as a balance transaction and returns its id. */
  move(
    account: string | null,
    params: { amount: number; fee: number; currency: string; type: Stripe.BalanceTransaction.Type; source: string },
  ): string {
    const balance = this.available(account);
    balance.set(params.currency, (balance.get(params.currency) ?? 0) + params.amount - params.fee);
    return this.put(build.balanceTransaction(this.base('txn'), params)).id;
  }

  /** Refuses a debit the platform's available balance cannot cover, as Stripe does for transfers. */
  requireAvailable(account: string | null, currency: string, amount: number): void {
    const available = this.available(account).get(currency) ?? 0;
    if (available < amount) {
      throw new EmulatorError(400, {
        type: 'invalid_request_error',
        code: 'balance_insufficient',
        message: `You have insufficient available funds in your Stripe account. Try adding funds directly to your available balance by creating Charges using the 4000000000000077 test card.`,
      });
    }
  }

  emit(
    type: Stripe.Event.Type,
    object: { id: string },
    request: RequestContext | null,
    previousAttributes?: Record<string, unknown>,
  ): Stripe.Event {
    const event = money.event(this.base('evt'), {
      type,
      object: structuredClone(object),
      previousAttributes,
      apiVersion: this.apiVersion,
      request: request ? { id: request.requestId, idempotency_key: request.idempotencyKey } : null,
      account: request?.account ?? undefined,
    });
    this.events.push(event);
    this.put(event);
    this.sink(event);
    return event;
  }
}

export interface HandlerContext extends RequestContext {
  /** The path's variable segments, in order (`/v1/payment_intents/:id/confirm` → [id]). */
  path: string[];
  /** Where the emulator answers, for URLs it hands out (authentication, onboarding). */
  baseUrl: string;
}

export type Handler = (store: Store, params: Params, context: HandlerContext) => unknown;
