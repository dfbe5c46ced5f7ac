import { createHash } from 'node:crypto';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * Counts attempts per key (an account, an IP address, a device) in a window
 * shared by every replica: PostgreSQL by default, Redis when REDIS_URL is
 * set. Keys are hashed so the counters table holds no email addresses.
 *
 * An attempt is counted before the work it guards (consume), so parallel
 * attempts cannot all slip under the limit; one that turns out fine is given
 * back (refund) or clears its key (reset).
 */
export class AttemptLimiter {
  constructor(
    private readonly limiter: RateLimiterAbstract,
    readonly maxAttempts: number,
  ) {}

  /** Counts an attempt and reports whether it was over the limit (seconds to wait) or not (0). */
  async consume(key: string): Promise<number> {
    try {
      await this.limiter.consume(hashKey(key), 1);
      return 0;
    } catch (rejection) {
      if (rejection instanceof RateLimiterRes) return Math.max(1, Math.ceil(rejection.msBeforeNext / 1000));
      throw rejection;
    }
  }

  /** Gives back one attempt counted by consume. */
  async refund(key: string): Promise<void> {
    await this.limiter.reward(hashKey(key), 1);
  }

  async reset(key: string): Promise<void> {
    await this.limiter.delete(hashKey(key));
  }

  /** Notes that something happened for the key (used as a memory: "this address signed in here"). */
  async remember(key: string): Promise<void> {
    await this.limiter.penalty(hashKey(key), 1);
  }

  /** Whether anything was counted for the key in the current window. */
  async recalls(key: string): Promise<boolean> {
    const state = await this.limiter.get(hashKey(key));
    return (state?.consumedPoints ?? 0) > 0;
  }
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}
