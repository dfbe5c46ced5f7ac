import { createHash } from 'node:crypto';
import { RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';

/**
 * Counts attempts per key (an account, an IP address) in a window shared by
 * every replica: PostgreSQL by default, Redis when REDIS_URL is set. Keys are
 * hashed so the counters table holds no email addresses.
 */
export class AttemptLimiter {
  constructor(
    private readonly limiter: RateLimiterAbstract,
    readonly maxAttempts: number,
  ) {}

  /** Seconds until the key may try again, or 0 when it is not blocked. */
  async blockedForSeconds(key: string): Promise<number> {
    const state = await this.limiter.get(hashKey(key));
    if (!state || state.consumedPoints < this.maxAttempts) return 0;
    return Math.max(1, Math.ceil(state.msBeforeNext / 1000));
  }

  async record(key: string): Promise<void> {
    await this.limiter.penalty(hashKey(key), 1);
  }

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

  async reset(key: string): Promise<void> {
    await this.limiter.delete(hashKey(key));
  }
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}
