import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { nextPledgeStatus, type PledgeEvent, type PledgeStatus, pledgeStatusesAccepting } from '@crowdstake/domain';
import { DataSource, type EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { CampaignCapacityService } from '../campaigns/campaign-capacity.service';
import { ClockService } from '../clock/clock.service';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/config.schema';
import { returnedRows } from '../database/returned-rows';
import { ledgerAccount } from '../ledger/ledger-chart';
import { LedgerService } from '../ledger/ledger.service';
import { CardDeclinedError, GatewayRejectedError, GatewayUnavailableError } from '../payments/payments.errors';
import { PAYMENT_GATEWAY, type Payment, type PaymentGateway, type SavedCard } from '../payments/payment-gateway';
import { Pledge } from './entities/pledge.entity';

/** How long Stripe's search may take to find a new PaymentIntent by our metadata (it documents "under a minute"). */
const STRIPE_SEARCH_LAG_MS = 2 * 60_000;
/** What the payment step left the pledge as, and what the backer must do next. */
export interface HoldOutcome {
  pledge: Pledge;
  nextAction?: { clientSecret: string };
  declined?: CardDeclinedError;
}

const COMMITTED: readonly PledgeStatus[] = ['held', 'settled', 'action_required'];

interface AtStripe {
  payment?: Payment;
  savedCard?: SavedCard;
  outcome: StripeOutcome | null;
}

/** What Stripe says of a pending pledge's payment or saved card, whoever heard it (a webhook, the sync, a request). */
export type StripeOutcome =
  | { kind: 'confirmed'; payment: Payment | null; savedPaymentMethodId?: string | null }
  | { kind: 'failed'; failureCode: string };

/**
 * Takes a recorded pledge's money or card, outside any row lock, and records
 * outcomes. Every call to Stripe carries a key derived from the pledge, so
 * running a step again for the same pledge (a client retry after a timeout, a
 * job run twice) can never charge twice: Stripe answers the first result.
 */
@Injectable()
export class PledgePaymentsService {
  private readonly logger = new Logger(PledgePaymentsService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway,
    private readonly capacity: CampaignCapacityService,
    private readonly ledger: LedgerService,
    private readonly clock: ClockService,
    private readonly audit: AuditService,
  ) {}

  /** Secures a pending pledge: saves the card (rewards) or charges it now (investments). */
  async hold(pledge: Pledge): Promise<HoldOutcome> {
    if (pledge.status !== 'pending') return { pledge };
    try {
      const customerId = await this.customerOf(pledge.backerId);
      if (pledge.holding === 'saved_card') {
        // Read back first, as for charges: a replayed key would answer the card's state back then.
        const [earlier] = await this.gateway.findSavedCardsByReference(customerId, pledge.id);
        const saved =
          earlier ??
          (await this.gateway.saveCard({
            idempotencyKey: `pledge:${pledge.id}:save-card`,
            customerId,
            paymentMethodId: pledge.paymentMethodId,
            reference: pledge.id,
          }));
        if (saved.status === 'succeeded')
          return { pledge: await this.applyOutcome(pledge.id, outcomeOfSavedCard(saved)!) };
        if (saved.status === 'requires_action' && saved.clientSecret)
          return { pledge, nextAction: { clientSecret: saved.clientSecret } };
        return this.declined(pledge.id, new CardDeclinedError('Your card could not be saved.', 'card_declined', null));
      }
      // A charge made before (an answer or a webhook that never arrived, a key older than Stripe's
      // 24 hours) is read back by our id in its metadata, never asked for again.
      const [earlier] = await this.gateway.findPaymentsByReference(pledge.id);
      // About to charge for the first time: the pledge read a moment ago may have been cancelled
      // since (by its backer, or abandoned by the sync). Asked again at the last moment, which
      // narrows that window to the charge's own round trip (docs/money.md).
      if (!earlier) {
        const current = await this.dataSource.getRepository(Pledge).findOneByOrFail({ id: pledge.id });
        if (current.status !== 'pending') return { pledge: current };
      }
      const payment =
        earlier ??
        (await this.gateway.chargeNow({
          idempotencyKey: `pledge:${pledge.id}:charge`,
          amount: { amountMinor: pledge.amountMinor, currency: pledge.currency },
          paymentMethodId: pledge.paymentMethodId,
          customerId,
          reference: pledge.id,
          transferGroup: transferGroupOf(pledge.campaignId),
          metadata: { pledge_id: pledge.id, campaign_id: pledge.campaignId },
        }));
      if (payment.status === 'succeeded') return { pledge: await this.record(pledge.id, 'payment_confirmed', payment) };
      if (payment.status === 'requires_action' && payment.clientSecret)
        return { pledge, nextAction: { clientSecret: payment.clientSecret } };
      if (payment.status === 'failed' || payment.status === 'canceled')
        return this.declined(
          pledge.id,
          new CardDeclinedError(
            payment.failure?.message ?? 'Your card was declined.',
            payment.failure?.declineCode ?? 'card_declined',
            payment.paymentId,
          ),
        );
      return { pledge };
    } catch (error) {
      if (error instanceof CardDeclinedError) return this.declined(pledge.id, error);
      if (error instanceof GatewayRejectedError) {
        // Stripe refused the request itself (a payment method it cannot use here): nothing was
        // taken, so the pledge fails and frees its room, and the backer hears that the card was
        // not accepted rather than a server error, now and on every replay.
        this.logger.warn({ pledgeId: pledge.id, code: error.code }, 'Payment processor refused the pledge’s request');
        return this.declined(
          pledge.id,
          new CardDeclinedError('Your card could not be used for this pledge.', error.code ?? 'card_declined', null),
        );
      }
      if (error instanceof GatewayUnavailableError) {
        // The outcome is unknown: the pledge stays pending; a retry with the same key settles it.
        this.logger.warn({ pledgeId: pledge.id }, 'Payment processor unavailable; the pledge stays pending');
        return { pledge };
      }
      throw error;
    }
  }

  /**
   * Asks Stripe where a pending pledge stands and records what it says, as its
   * webhook would have (the periodic sync; docs/money.md). Reads only: a
   * pledge of which Stripe knows nothing stays pending, and nothing is charged.
   */
  async syncWithStripe(pledgeId: string): Promise<Pledge | null> {
    const pledge = await this.dataSource.getRepository(Pledge).findOneBy({ id: pledgeId });
    if (!pledge || pledge.status !== 'pending') return pledge;
    const atStripe = await this.readAtStripe(pledge);
    if (atStripe.outcome) return this.applyOutcome(pledge.id, atStripe.outcome);
    const age = Date.now() - pledge.createdAt.getTime();
    return age >= this.config.pledgeAbandonedAfterSeconds * 1000 ? this.abandon(pledge, atStripe) : pledge;
  }

  /**
   * A pledge still unpaid long after it was made (PLEDGE_ABANDONED_AFTER_SECONDS): the backer
   * never finished 3-D Secure, or the payment never reached Stripe. Left pending it would keep
   * its room under the hard cap (or its reward) from every other backer for good. Its payment
   * is cancelled at Stripe first, so it can no longer complete; if Stripe refuses because the
   * backer finished at the last moment, Stripe's word is recorded instead. Then it fails and
   * its room is freed, as a declined card's is.
   */
  private async abandon(pledge: Pledge, atStripe: AtStripe): Promise<Pledge> {
    try {
      await this.cancelAtStripe(atStripe, `pledge:${pledge.id}:abandon`);
    } catch (error) {
      if (error instanceof GatewayUnavailableError) return pledge; // the next round tries again
      const outcome = (await this.readAtStripe(pledge)).outcome;
      return outcome ? this.applyOutcome(pledge.id, outcome) : pledge;
    }
    const unfinished = atStripe.payment ?? atStripe.savedCard;
    this.logger.log({ pledgeId: pledge.id }, 'A pledge left unpaid was abandoned and its room freed');
    return this.applyOutcome(pledge.id, {
      kind: 'failed',
      failureCode: unfinished ? 'authentication_abandoned' : 'payment_not_started',
    });
  }

  /**
   * Before a pending pledge is cancelled by its backer, Stripe's word comes first: a payment that
   * went through meanwhile is recorded (the cancellation then refunds it); one still waiting on
   * 3-D Secure is cancelled at Stripe, so coming back to the bank's page later takes nothing.
   * Returns the pledge as it now stands (still pending only if nothing was or can be taken).
   * A charge that may have reached Stripe without being found yet (its search lags by up to a
   * minute) is not taken for absent: GatewayUnavailableError, a 503 to try again shortly.
   */
  async stopPending(pledge: Pledge): Promise<Pledge> {
    if (pledge.status !== 'pending') return pledge;
    const atStripe = await this.readAtStripe(pledge);
    if (atStripe.outcome) return this.applyOutcome(pledge.id, atStripe.outcome);
    const unfound = pledge.holding === 'charged' && !atStripe.payment;
    // Both on the platform's clock, which set the pledge's creation time.
    if (unfound && this.clock.now().getTime() - pledge.createdAt.getTime() < STRIPE_SEARCH_LAG_MS)
      throw new GatewayUnavailableError('The payment is not known at Stripe yet; try again in a minute.', true);
    try {
      await this.cancelAtStripe(atStripe, `pledge:${pledge.id}:cancel`);
    } catch (error) {
      if (error instanceof GatewayUnavailableError) throw error;
      // Stripe refused the cancel: the backer finished at that instant. Its word is what stands,
      // read by id (the search may not show the new state yet).
      const outcome = atStripe.payment
        ? outcomeOfPayment(await this.gateway.retrievePayment(atStripe.payment.paymentId))
        : (await this.readAtStripe(pledge)).outcome;
      if (outcome) return this.applyOutcome(pledge.id, outcome);
      throw new GatewayUnavailableError('Stripe could not say where this payment stands yet; try again shortly.', true);
    }
    return pledge;
  }

  /** Stops the pledge's unfinished payment or card saving at Stripe, so it can no longer complete. */
  private async cancelAtStripe(atStripe: AtStripe, idempotencyKey: string): Promise<void> {
    if (atStripe.payment) await this.gateway.cancelPayment({ idempotencyKey, paymentId: atStripe.payment.paymentId });
    if (atStripe.savedCard) await this.gateway.cancelSavedCard({ idempotencyKey, setupId: atStripe.savedCard.setupId });
  }

  /** The pledge's latest payment or card saving at Stripe (none if Stripe knows nothing), and its outcome. */
  private async readAtStripe(pledge: Pledge): Promise<AtStripe> {
    if (pledge.holding === 'charged') {
      const [payment] = await this.gateway.findPaymentsByReference(pledge.id);
      return { payment, outcome: payment ? outcomeOfPayment(payment) : null };
    }
    const customerId = await this.knownCustomerOf(pledge.backerId);
    if (!customerId) return { outcome: null };
    const [savedCard] = await this.gateway.findSavedCardsByReference(customerId, pledge.id);
    return { savedCard, outcome: savedCard ? outcomeOfSavedCard(savedCard) : null };
  }

  applyOutcome(pledgeId: string, outcome: StripeOutcome): Promise<Pledge> {
    return this.dataSource.transaction((manager) => this.applyOutcomeIn(manager, pledgeId, outcome));
  }

  /**
   * The one way Stripe's word moves a pending pledge, in the caller's
   * transaction: forward only, with its ledger posting (recordIn).
   */
  async applyOutcomeIn(manager: EntityManager, pledgeId: string, outcome: StripeOutcome): Promise<Pledge> {
    if (outcome.kind === 'failed') return this.recordIn(manager, pledgeId, 'payment_failed', null, outcome.failureCode);
    if (outcome.savedPaymentMethodId)
      await manager.query(
        `UPDATE pledges SET saved_payment_method_id = COALESCE(saved_payment_method_id, $2) WHERE id = $1`,
        [pledgeId, outcome.savedPaymentMethodId],
      );
    return this.recordIn(manager, pledgeId, 'payment_confirmed', outcome.payment);
  }

  /** At success, the saved card is charged with the backer absent. */
  async chargeSavedCard(pledge: Pledge): Promise<Payment> {
    return this.gateway.chargeSavedCard({
      idempotencyKey: `pledge:${pledge.id}:charge`,
      amount: { amountMinor: pledge.amountMinor, currency: pledge.currency },
      paymentMethodId: pledge.savedPaymentMethodId ?? pledge.paymentMethodId,
      customerId: await this.customerOf(pledge.backerId),
      reference: pledge.id,
      transferGroup: transferGroupOf(pledge.campaignId),
      metadata: { pledge_id: pledge.id, campaign_id: pledge.campaignId },
    });
  }

  private async declined(pledgeId: string, error: CardDeclinedError): Promise<HoldOutcome> {
    const pledge = await this.record(pledgeId, 'payment_failed', null, error.declineCode);
    return { pledge, declined: error };
  }

  record(
    pledgeId: string,
    event: PledgeEvent,
    payment: Payment | null,
    failureCode?: string,
    by?: { userId: string; role: string },
  ): Promise<Pledge> {
    return this.dataSource.transaction((manager) => this.recordIn(manager, pledgeId, event, payment, failureCode, by));
  }

  /**
   * Moves the pledge by the event if its status still accepts it (one
   * conditional update, so a duplicate or late event finds nothing to do),
   * with what the move means for the campaign's figures and the ledger, in
   * the caller's transaction.
   */
  async recordIn(
    manager: EntityManager,
    pledgeId: string,
    event: PledgeEvent,
    payment: Payment | null,
    failureCode?: string,
    by?: { userId: string; role: string },
  ): Promise<Pledge> {
    const moved: unknown = await manager.query(
      `UPDATE pledges p SET status = $2, failure_code = COALESCE($4, p.failure_code), updated_at = now()
         FROM (SELECT id, status FROM pledges WHERE id = $1 FOR UPDATE) before
        WHERE p.id = before.id AND before.status = ANY($3)
        RETURNING before.status AS from_status`,
      [pledgeId, targetOf(event), pledgeStatusesAccepting(event), failureCode ?? null],
    );
    const rows = returnedRows<{ from_status: PledgeStatus }>(moved);
    const pledge = await manager.findOneByOrFail(Pledge, { id: pledgeId });
    const from = rows[0]?.from_status;
    if (!from) return pledge;

    const claim = {
      campaignId: pledge.campaignId,
      backerId: pledge.backerId,
      amountMinor: pledge.amountMinor,
      tierId: pledge.tierId,
    };
    if (payment?.status === 'succeeded') await this.recordCollected(manager, pledge, payment);
    if (event === 'refunded') await this.recordRefunded(manager, pledge);

    await this.audit.record(manager, {
      actorId: by?.userId ?? null,
      actorRole: by?.role ?? 'system',
      action: `pledge.${event}`,
      subjectType: 'pledge',
      subjectId: pledge.id,
      fromStatus: from,
      toStatus: pledge.status,
      data: failureCode ? { failureCode } : {},
    });
    // The campaign's figures last: its row is the hot one, locked from here to the commit only.
    const wasCommitted = COMMITTED.includes(from);
    const isCommitted = COMMITTED.includes(pledge.status);
    if (!wasCommitted && isCommitted) await this.capacity.commit(manager, claim, this.clock.now());
    if (!isCommitted && (wasCommitted || from === 'pending')) await this.capacity.release(manager, claim, wasCommitted);
    return pledge;
  }

  /** The backer's money is in the platform's Stripe balance for the campaign; Stripe's fee is the platform's expense. */
  private async recordCollected(manager: EntityManager, pledge: Pledge, payment: Payment): Promise<void> {
    await this.ledger.post(manager, {
      reference: `pledge:${pledge.id}:collected`,
      kind: 'pledge_collected',
      campaignId: pledge.campaignId,
      currency: pledge.currency,
      entries: [
        { account: ledgerAccount.backerFunding(pledge.backerId), amount: -pledge.amountMinor },
        { account: ledgerAccount.escrow(pledge.campaignId), amount: pledge.amountMinor },
      ],
    });
    if (payment.feeMinor)
      await this.ledger.post(manager, {
        reference: `pledge:${pledge.id}:processing-fee`,
        kind: 'processing_fee',
        // On the campaign's chain, not the platform's: charges of different campaigns never wait on each other.
        campaignId: pledge.campaignId,
        currency: pledge.currency,
        entries: [
          { account: ledgerAccount.platformFees(), amount: -payment.feeMinor },
          { account: ledgerAccount.processingFees(), amount: payment.feeMinor },
        ],
      });
  }

  /** Refunded in full: Stripe keeps its fee, which stays the platform's expense. */
  private async recordRefunded(manager: EntityManager, pledge: Pledge): Promise<void> {
    await this.ledger.post(manager, {
      reference: `pledge:${pledge.id}:refunded`,
      kind: 'pledge_refunded',
      campaignId: pledge.campaignId,
      currency: pledge.currency,
      entries: [
        { account: ledgerAccount.escrow(pledge.campaignId), amount: -pledge.amountMinor },
        { account: ledgerAccount.backerFunding(pledge.backerId), amount: pledge.amountMinor },
      ],
    });
  }

  private async knownCustomerOf(userId: string): Promise<string | null> {
    const [known] = (await this.dataSource.query(`SELECT customer_id FROM payment_customers WHERE user_id = $1`, [
      userId,
    ])) as { customer_id: string }[];
    return known?.customer_id ?? null;
  }

  /** One Stripe customer per backer, made once (the key makes concurrent first pledges agree on it). */
  private async customerOf(userId: string): Promise<string> {
    const known = await this.knownCustomerOf(userId);
    if (known) return known;
    const { customerId } = await this.gateway.createCustomer({
      idempotencyKey: `user:${userId}:customer`,
      reference: userId,
    });
    await this.dataSource.query(
      `INSERT INTO payment_customers (user_id, customer_id) VALUES ($1, $2) ON CONFLICT (user_id) DO NOTHING`,
      [userId, customerId],
    );
    return customerId;
  }
}

/** Stripe's transfer group of a campaign: the charges that a release pays out. */
export function transferGroupOf(campaignId: string): string {
  return `campaign_${campaignId}`;
}

function targetOf(event: PledgeEvent): PledgeStatus {
  // Every status an event accepts leads to the same place (a domain test holds it).
  const from = pledgeStatusesAccepting(event)[0];
  const to = from ? nextPledgeStatus(from, event) : null;
  if (!to) throw new Error(`no pledge transition for ${event}`);
  return to;
}

/** A payment's outcome for its pledge; null while Stripe is still waiting (authentication, processing). */
export function outcomeOfPayment(payment: Payment): StripeOutcome | null {
  if (payment.status === 'succeeded') return { kind: 'confirmed', payment };
  if (payment.status === 'failed')
    return { kind: 'failed', failureCode: payment.failure?.declineCode ?? payment.failure?.code ?? 'card_declined' };
  if (payment.status === 'canceled') return { kind: 'failed', failureCode: 'canceled' };
  return null;
}

/** A saved card's outcome for its pledge; null while the backer has yet to authenticate. */
export function outcomeOfSavedCard(saved: SavedCard): StripeOutcome | null {
  if (saved.status === 'succeeded')
    return { kind: 'confirmed', payment: null, savedPaymentMethodId: saved.paymentMethodId };
  if (saved.status === 'failed') return { kind: 'failed', failureCode: 'card_declined' };
  return null;
}
