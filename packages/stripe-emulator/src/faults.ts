/**
 * A fault to inject into the next matching API calls.
 * - `error`: answer 500 api_error (or `status`);
 * - `timeout`: hold the request without answering until the client gives up (or `delayMs`, then drop it);
 * - `drop`: close the connection without an answer;
 * - `delay`: answer normally after `delayMs`.
 * With `after: true` the operation is performed (and kept for idempotent replay) before the
 * fault hides its answer: the "lost response" case, where the client cannot tell whether it happened.
 */
export interface FaultRule {
  mode: 'error' | 'timeout' | 'drop' | 'delay';
  method?: 'GET' | 'POST';
  /** A path prefix (`/v1/payment_intents`) or a pattern. */
  path?: string | RegExp;
  /** How many matching calls fail; 1 by default. */
  times?: number;
  /** How many matching calls pass untouched before the fault applies (0 by default): "the 5th refund times out". */
  skip?: number;
  after?: boolean;
  status?: number;
  /** With `error` and a 4xx status: Stripe's error code (`balance_insufficient`), as an invalid_request_error. */
  code?: string;
  delayMs?: number;
}

interface ActiveFault extends FaultRule {
  remaining: number;
  toSkip: number;
}

export class FaultPlan {
  private faults: ActiveFault[] = [];

  add(rule: FaultRule): void {
    this.faults.push({ ...rule, remaining: rule.times ?? 1, toSkip: rule.skip ?? 0 });
  }

  /** The fault the call meets, if any, counting it as used. */
  take(method: string, pathname: string): FaultRule | undefined {
    const fault = this.faults.find(
      (candidate) =>
        candidate.remaining > 0 &&
        (!candidate.method || candidate.method === method) &&
        (!candidate.path ||
          (typeof candidate.path === 'string' ? pathname.startsWith(candidate.path) : candidate.path.test(pathname))),
    );
    if (!fault) return undefined;
    if (fault.toSkip > 0) {
      fault.toSkip -= 1;
      return undefined;
    }
    fault.remaining -= 1;
    this.faults = this.faults.filter((candidate) => candidate.remaining > 0);
    return fault;
  }

  get pending(): number {
    return this.faults.reduce((sum, fault) => sum + fault.remaining, 0);
  }

  reset(): void {
    this.faults = [];
  }
}
