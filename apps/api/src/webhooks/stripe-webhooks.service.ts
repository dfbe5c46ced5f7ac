import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { GatewayEvent } from '../payments/payment-gateway';
import { PayoutAccountsService } from '../payouts/payout-accounts.service';
import { PledgePaymentsService, type StripeOutcome } from '../pledges/pledge-payments.service';

/**
 * Applies Stripe's events. Each is stored by its id in the same transaction
 * as its effect, so a duplicated or replayed event changes nothing the second
 * time; effects only ever move a pledge forward, so a late or reordered event
 * finds nothing to do.
 */
@Injectable()
export class StripeWebhooksService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly pledgePayments: PledgePaymentsService,
    private readonly payoutAccounts: PayoutAccountsService,
  ) {}

  /** True when the event was applied now, false when it had been before. */
  async apply(event: GatewayEvent): Promise<boolean> {
    const applied = await this.applyToPledges(event);
    // Events may come late or out of order: the account's readiness is read back from
    // Stripe rather than taken from the event; when it turns ready the go-live gate opens.
    if (event.type === 'account.updated' && event.account)
      await this.payoutAccounts.refreshReadiness(event.account.accountId);
    return applied;
  }

  private async applyToPledges(event: GatewayEvent): Promise<boolean> {
    return this.dataSource.transaction(async (manager) => {
      const [stored] = (await manager.query(
        `INSERT INTO stripe_events (id, type) VALUES ($1, $2) ON CONFLICT (id) DO NOTHING RETURNING id`,
        [event.id, event.type],
      )) as unknown[];
      if (!stored) return false;
      const pledgeId = pledgeReferenceOf(event);
      if (!pledgeId) return true;
      const outcome = outcomeOfEvent(event);
      // The same code as the periodic sync and the backer's own request: forward only, ledger included.
      if (outcome) await this.pledgePayments.applyOutcomeIn(manager, pledgeId, outcome);
      return true;
    });
  }
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Our pledge id, from the object's metadata (`reference`), when the event concerns a pledge. */
function pledgeReferenceOf(event: GatewayEvent): string | null {
  const reference = event.payment?.reference ?? event.savedCard?.reference ?? null;
  return reference && UUID.test(reference) ? reference : null;
}

/** What an event says of a pledge, in the terms every path records (null: nothing about a pledge's outcome). */
function outcomeOfEvent(event: GatewayEvent): StripeOutcome | null {
  switch (event.type) {
    case 'payment_intent.succeeded':
      return { kind: 'confirmed', payment: event.payment ?? null };
    case 'payment_intent.payment_failed':
      return {
        kind: 'failed',
        failureCode: event.payment?.failure?.declineCode ?? event.payment?.failure?.code ?? 'card_declined',
      };
    case 'setup_intent.succeeded':
      return { kind: 'confirmed', payment: null, savedPaymentMethodId: event.savedCard?.paymentMethodId ?? null };
    case 'setup_intent.setup_failed':
      return { kind: 'failed', failureCode: 'card_declined' };
    default:
      return null;
  }
}
