import { randomBytes } from 'node:crypto';

const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** An id shaped like Stripe's: its object prefix, an underscore, 24 alphanumerics. */
export function newId(prefix: string): string {
  const bytes = randomBytes(24);
  let tail = '';
  for (const byte of bytes) tail += alphabet[byte % alphabet.length];
  return `${prefix}_${tail}`;
}

/** Emulated time: unix seconds that tests can move forward (idempotency keys expire after 24 hours). */
export class EmulatorClock {
  private offsetSeconds = 0;

  nowSeconds(): number {
    return Math.floor(Date.now() / 1000) + this.offsetSeconds;
  }

  advance(seconds: number): void {
    this.offsetSeconds += seconds;
  }

  reset(): void {
    this.offsetSeconds = 0;
  }
}
