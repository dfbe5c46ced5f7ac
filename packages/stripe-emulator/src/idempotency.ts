/** A response kept for replay under an Idempotency-Key. */
export interface SavedResponse {
  fingerprint: string;
  status: number;
  body: string;
  savedAt: number;
}

export type IdempotencyVerdict =
  { kind: 'new' } | { kind: 'replay'; saved: SavedResponse } | { kind: 'mismatch' } | { kind: 'in_flight' };

const keyLifetimeSeconds = 24 * 60 * 60;

/**
 * Stripe's idempotency: the same key with the same request replays the first answer; with
 * other parameters it is refused; while the first is still running a second waits its turn
 * (409). Keys are forgotten after 24 hours.
 */
export class IdempotencyKeys {
  private saved = new Map<string, SavedResponse>();
  private running = new Set<string>();

  check(scopedKey: string, fingerprint: string, nowSeconds: number): IdempotencyVerdict {
    const saved = this.saved.get(scopedKey);
    if (saved && nowSeconds - saved.savedAt >= keyLifetimeSeconds) this.saved.delete(scopedKey);
    const current = this.saved.get(scopedKey);
    if (current) return current.fingerprint === fingerprint ? { kind: 'replay', saved: current } : { kind: 'mismatch' };
    if (this.running.has(scopedKey)) return { kind: 'in_flight' };
    return { kind: 'new' };
  }

  begin(scopedKey: string): void {
    this.running.add(scopedKey);
  }

  finish(scopedKey: string, response: SavedResponse | null): void {
    this.running.delete(scopedKey);
    if (response) this.saved.set(scopedKey, response);
  }

  reset(): void {
    this.saved.clear();
    this.running.clear();
  }
}
