import { Inject, Injectable, Logger } from '@nestjs/common';
import { TooManyRequestsError } from '../common/errors/app-error';
import { GatewayRejectedError, GatewayUnavailableError } from '../payments/payments.errors';
import { PAYMENT_GATEWAY, type PaymentGateway } from '../payments/payment-gateway';
import type { AttemptLimiter } from '../rate-limit/attempt-limiter';
import { PLEDGE_LIMITERS, type PledgeLimiters } from '../rate-limit/rate-limit.module';

export class TooManyPledgeAttemptsError extends TooManyRequestsError {
  constructor(retryAfterSeconds: number) {
    super(
      `Too many payment attempts. Try again in ${Math.max(1, Math.ceil(retryAfterSeconds / 60))} minute(s).`,
      retryAfterSeconds,
    );
  }
}

/** An admitted attempt: told how it ended, so that only a decline keeps its place among the declines. */
export interface PledgeAttempt {
  /** The payment step ran; `declined` when the card was refused. */
  settle(declined: boolean): Promise<void>;
  /** Nothing reached the card (the pledge was refused before its payment): the attempt is given back. */
  release(): Promise<void>;
}

type Dimension = 'account' | 'ip' | 'card';

/**
 * The card-testing defence (docs/money.md): a pledge attempt that is about to
 * reach Stripe is counted per account, per client address and per card
 * fingerprint (the same card number whichever account or PaymentMethod
 * carries it), against two limits each: attempts, and declines.
 *
 * Both are counted before the card is touched, so a burst in parallel cannot
 * slip under them: an attempt in flight holds a place among the declines,
 * which it gives back when the card was not refused. When any limit is
 * reached the attempt is refused with 429 and Stripe is never asked.
 */
@Injectable()
export class PledgeAttemptGuard {
  private readonly logger = new Logger(PledgeAttemptGuard.name);

  constructor(
    @Inject(PLEDGE_LIMITERS) private readonly limiters: PledgeLimiters,
    @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway,
  ) {}

  async admit(backerId: string, ip: string, paymentMethodId: string): Promise<PledgeAttempt> {
    const fingerprint = await this.fingerprintOf(paymentMethodId);
    const keys: [Dimension, string][] = [
      ['account', `account:${backerId}`],
      ['ip', `ip:${ip}`],
    ];
    if (fingerprint) keys.push(['card', `card:${fingerprint}`]);
    const counted: [AttemptLimiter, string][] = keys.flatMap(([dimension, key]) => [
      [this.limiters.attempts[dimension], key] as [AttemptLimiter, string],
      [this.limiters.declines[dimension], key] as [AttemptLimiter, string],
    ]);
    const waits = await Promise.all(counted.map(([limiter, key]) => limiter.consume(key)));
    const wait = Math.max(...waits);
    if (wait > 0) {
      // Refused before Stripe: the limits that let it through give their count back.
      await Promise.all(counted.map(([limiter, key], i) => (waits[i] === 0 ? limiter.refund(key) : null)));
      throw new TooManyPledgeAttemptsError(wait);
    }
    const declineSlots = keys.map(([dimension, key]) => [this.limiters.declines[dimension], key] as const);
    let done = false;
    const giveBack = async (pairs: readonly (readonly [AttemptLimiter, string])[]) => {
      if (done) return;
      done = true;
      await Promise.all(pairs.map(([limiter, key]) => limiter.refund(key)));
    };
    return {
      settle: (declined) => (declined ? giveBack([]) : giveBack(declineSlots)),
      release: () => giveBack(counted),
    };
  }

  /** The card's fingerprint; null when Stripe cannot say (the charge will then tell the backer why). */
  private async fingerprintOf(paymentMethodId: string): Promise<string | null> {
    try {
      return (await this.gateway.describeCard(paymentMethodId)).fingerprint;
    } catch (error) {
      if (error instanceof GatewayRejectedError || error instanceof GatewayUnavailableError) {
        this.logger.warn({ err: error }, 'The card of a pledge attempt could not be described; counted without it');
        return null;
      }
      throw error;
    }
  }
}
