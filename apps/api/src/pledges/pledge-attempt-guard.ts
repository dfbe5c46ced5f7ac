import { Inject, Injectable, Logger } from '@nestjs/common';
import { TooManyRequestsError, ValidationFailedError } from '../common/errors/app-error';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/config.schema';
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
type Counted = [AttemptLimiter, string];

async function refund(counts: Counted[]): Promise<void> {
  await Promise.all(counts.map(([limiter, key]) => limiter.refund(key)));
}

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
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  async admit(backerId: string, ip: string, paymentMethodId: string): Promise<PledgeAttempt> {
    // The account and the address first: once they are over, not even the card is looked up at Stripe.
    const counted = await this.count([
      ['account', `account:${backerId}`],
      ['ip', `ip:${ip}`],
    ]);
    try {
      // Looked up in every mode: a payment method Stripe does not know is refused here (400).
      const fingerprint = await this.fingerprintOf(paymentMethodId);
      if (fingerprint && this.config.rateLimits.pledgeCardLimits)
        counted.push(...(await this.count([['card', `card:${fingerprint}`]])));
    } catch (refused) {
      // An unknown payment method was still a lookup at Stripe: it keeps its place among the
      // attempts (so lookups cannot be made without end), not among the declines.
      await refund(
        refused instanceof ValidationFailedError ? counted.filter(([limiter]) => this.isDeclines(limiter)) : counted,
      );
      throw refused;
    }
    const declineSlots = counted.filter(([limiter]) => this.isDeclines(limiter));
    let done = false;
    const giveBack = async (counts: Counted[]) => {
      if (done) return;
      done = true;
      await refund(counts);
    };
    return {
      settle: (declined) => giveBack(declined ? [] : declineSlots),
      release: () => giveBack(counted),
    };
  }

  private isDeclines(limiter: AttemptLimiter): boolean {
    return Object.values(this.limiters.declines).includes(limiter);
  }

  /** Counts an attempt and its possible decline under each key; refused (429) when any limit is over. */
  private async count(keys: [Dimension, string][]): Promise<Counted[]> {
    const counts: Counted[] = keys.flatMap(([dimension, key]) => [
      [this.limiters.attempts[dimension], key] as Counted,
      [this.limiters.declines[dimension], key] as Counted,
    ]);
    const waits = await Promise.all(counts.map(([limiter, key]) => limiter.consume(key)));
    const wait = Math.max(...waits);
    if (wait === 0) return counts;
    // Refused before Stripe: the limits that let it through give their count back.
    await refund(counts.filter((_, i) => waits[i] === 0));
    throw new TooManyPledgeAttemptsError(wait);
  }

  /**
   * The card's fingerprint; null when Stripe cannot say (the charge will then tell the backer why).
   * A payment method Stripe does not know is the caller's mistake: refused before anything is recorded.
   */
  private async fingerprintOf(paymentMethodId: string): Promise<string | null> {
    try {
      return (await this.gateway.describeCard(paymentMethodId)).fingerprint;
    } catch (error) {
      if (error instanceof GatewayRejectedError && error.code === 'resource_missing') {
        const message =
          'No such payment method: use a Stripe PaymentMethod id of your own or a test id (pm_card_visa…).';
        throw new ValidationFailedError(message, [{ path: 'paymentMethodId', message, code: 'invalid_value' }]);
      }
      if (error instanceof GatewayRejectedError || error instanceof GatewayUnavailableError) {
        this.logger.warn({ err: error }, 'The card of a pledge attempt could not be described; counted without it');
        return null;
      }
      throw error;
    }
  }
}
