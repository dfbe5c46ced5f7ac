import { Inject, Injectable, Logger, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobRunnerService, type JobContext } from '../jobs/job-runner.service';
import { PAYMENT_GATEWAY, type PaymentGateway } from '../payments/payment-gateway';
import { CardDeclinedError } from '../payments/payments.errors';
import { CampaignsService } from '../campaigns/campaigns.service';
import { PledgePaymentsService } from '../pledges/pledge-payments.service';
import { PledgesService } from '../pledges/pledges.service';
import { CampaignReleaseService } from './campaign-release.service';
import { REFUND_PLEDGE_JOB } from './settlement-jobs';

export const SETTLE_CAMPAIGN_JOB = 'campaign.settle';
const CHARGE_PLEDGE_JOB = 'pledge.charge-at-success';

/**
 * Stripe forgets an idempotency key 24 hours after its first use; a job older
 * than this may have sent its call under a key Stripe no longer knows, so it
 * reads the outcome back instead of trusting the key (decision 0009, step 3).
 */
const KEY_TRUSTED_FOR_MS = 23 * 60 * 60 * 1000;

/**
 * What follows a campaign's close, as durable jobs (docs/decisions/0009):
 * - failed or cancelled: every saved card is released and every charged
 *   pledge refunded in full;
 * - succeeded: charged pledges are settled, saved cards are charged
 *   off-session (a failure leaves the pledge `action_required`), and once
 *   no pledge is open the money is released (CampaignReleaseService).
 * The close transition enqueues `campaign.settle` in its own transaction;
 * that job fans out one job per pledge that needs Stripe, each idempotent
 * (a key derived from the pledge, a conditional status update), so a crash
 * anywhere resumes to the same result.
 */
@Injectable()
export class SettlementService implements OnModuleInit {
  private readonly logger = new Logger(SettlementService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway,
    private readonly jobs: JobRunnerService,
    private readonly pledgePayments: PledgePaymentsService,
    private readonly release: CampaignReleaseService,
    private readonly pledges: PledgesService,
    private readonly campaigns: CampaignsService,
  ) {}

  onModuleInit(): void {
    this.jobs.register(SETTLE_CAMPAIGN_JOB, (job) => this.settleCampaign(job));
    this.jobs.register(REFUND_PLEDGE_JOB, (job) => this.refundPledge(job));
    this.jobs.register(CHARGE_PLEDGE_JOB, (job) => this.chargePledge(job));
  }

  private async settleCampaign(job: JobContext): Promise<void> {
    const campaignId = String(job.payload.campaignId);
    const status = await this.campaigns.statusOf(campaignId);
    if (!status) return;
    const pledges = await this.pledges.openOf(campaignId);
    const succeeded = status === 'succeeded';
    for (const pledge of pledges) {
      if (pledge.status === 'pending') {
        // Not confirmed by the deadline: nothing is taken and the backer is told it lapsed.
        await this.pledgePayments.record(pledge.id, 'released', null, 'lapsed_at_close');
      } else if (pledge.holding === 'charged') {
        if (succeeded) await this.pledgePayments.record(pledge.id, 'settled', null);
        else await this.enqueue(REFUND_PLEDGE_JOB, pledge.id);
      } else if (succeeded) {
        await this.enqueue(CHARGE_PLEDGE_JOB, pledge.id);
      } else {
        await this.pledgePayments.record(pledge.id, 'released', null);
      }
    }
    // With nothing left to charge (investments only) the money is released now;
    // otherwise the last charge's outcome asks for it.
    await this.release.releaseIfDue(campaignId);
  }

  private async refundPledge(job: JobContext): Promise<void> {
    const pledge = await this.pledges.findById(String(job.payload.pledgeId));
    if (!pledge || pledge.status !== 'held') return;
    const [payment] = await this.gateway.findPaymentsByReference(pledge.id);
    // A held charged pledge has a payment: not finding it (Stripe's search index lags) is no proof
    // that there is nothing to refund, so the job tries again rather than recording a refund.
    if (!payment) throw new Error(`the payment of pledge ${pledge.id} is not found at Stripe yet`);
    if (payment.receivedMinor > payment.refundedMinor)
      await this.gateway.refund({
        idempotencyKey: `pledge:${pledge.id}:refund`,
        paymentId: payment.paymentId,
        reference: pledge.id,
      });
    await this.pledgePayments.record(pledge.id, 'refunded', null);
  }

  private async chargePledge(job: JobContext): Promise<void> {
    const pledge = await this.pledges.findById(String(job.payload.pledgeId));
    if (!pledge || pledge.status !== 'held') return;
    try {
      // The job row is this charge's outbox record, and the key derives from the pledge: a run
      // again inside Stripe's 24 hours (a crash after the charge, before its outcome committed)
      // sends the same key and Stripe answers the first PaymentIntent. Later, the key may be
      // forgotten, so a charge already made is read back by the pledge's id instead.
      const keyMayBeForgotten = Date.now() - job.createdAt.getTime() >= KEY_TRUSTED_FOR_MS;
      const [earlier] = keyMayBeForgotten ? await this.gateway.findPaymentsByReference(pledge.id) : [];
      const payment = earlier ?? (await this.pledgePayments.chargeSavedCard(pledge));
      if (payment.status === 'succeeded') await this.pledgePayments.record(pledge.id, 'settled', payment);
      else if (payment.status === 'failed' || payment.status === 'requires_action')
        await this.pledgePayments.record(pledge.id, 'charge_failed', null, payment.failure?.declineCode ?? 'failed');
      else throw new Error(`the charge of pledge ${pledge.id} is still ${payment.status}`);
    } catch (error) {
      if (!(error instanceof CardDeclinedError)) throw error;
      this.logger.log({ pledgeId: pledge.id }, 'A saved card was declined at success; the backer may fix it');
      await this.pledgePayments.record(pledge.id, 'charge_failed', null, error.declineCode);
    }
    await this.release.releaseIfDue(pledge.campaignId);
  }

  private enqueue(kind: string, pledgeId: string): Promise<void> {
    return this.dataSource.transaction((manager) =>
      this.jobs.enqueue(manager, kind, { pledgeId }, { dedupeKey: `${kind}:${pledgeId}` }),
    );
  }
}
