import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { JobRunnerService, type JobContext } from '../jobs/job-runner.service';
import { ledgerAccount } from '../ledger/ledger-chart';
import { LedgerService } from '../ledger/ledger.service';
import { PAYMENT_GATEWAY, type PaymentGateway } from '../payments/payment-gateway';
import { InsufficientPlatformBalanceError } from '../payments/payments.errors';
import type { Pledge } from '../pledges/entities/pledge.entity';
import { PledgesService } from '../pledges/pledges.service';
import { PledgePaymentsService, transferGroupOf } from '../pledges/pledge-payments.service';
import { RELEASE_CAMPAIGN_JOB } from './campaign-release.service';
import { REFUND_AFTER_RELEASE_JOB } from './refund-after-release';

/**
 * Refunds a settled pledge after its campaign's money went to the founder (decision 0009:
 * "a refund after a release reverses the transfer or records what the founder owes"):
 *
 * 1. the amount comes back into the campaign's escrow: the founder's transfer is reversed for
 *    it (`transfer_reversed`); what the connected account cannot give back (its balance is
 *    short, or the transfer is already reversed) the platform advances from its own money and
 *    the ledger records as owed by the founder (`refund_advanced`, `founder_receivable`);
 * 2. the backer's payment is refunded in full;
 * 3. the pledge moves `settled → refunded` with its `pledge_refunded` line.
 *
 * Each step is found again when the job runs a second time (after a crash): the decision by its
 * ledger references, the reversal by its reference among the transfer's reversals, the refund
 * by the payment's refunded amount; Stripe calls carry keys derived from the pledge.
 */
@Injectable()
export class RefundAfterReleaseService {
  private readonly logger = new Logger(RefundAfterReleaseService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway,
    private readonly ledger: LedgerService,
    private readonly pledgePayments: PledgePaymentsService,
    private readonly pledges: PledgesService,
    jobs: JobRunnerService,
  ) {
    jobs.register(REFUND_AFTER_RELEASE_JOB, (job) => this.refund(job));
  }

  private async refund(job: JobContext): Promise<void> {
    const pledge = await this.pledges.findById(String(job.payload.pledgeId));
    if (!pledge || pledge.status !== 'settled') return;
    const [campaign] = (await this.dataSource.query(
      `SELECT c.company_id, (SELECT j.status FROM jobs j WHERE j.dedupe_key = $2) AS release_status
         FROM campaigns c WHERE c.id = $1`,
      [pledge.campaignId, `${RELEASE_CAMPAIGN_JOB}:${pledge.campaignId}`],
    )) as { company_id: string; release_status: string | null }[];
    // Before the release the money is still in escrow, and the release itself counts refunds.
    if (campaign?.release_status !== 'done')
      throw new Error(`pledge ${pledge.id}: its campaign's release has not finished; the refund waits for it`);
    const [payment] = await this.gateway.findPaymentsByReference(pledge.id);
    if (!payment || payment.receivedMinor === 0)
      throw new Error(`pledge ${pledge.id}: its payment is not found at Stripe yet`);

    await this.takeBackFromFounder(pledge, campaign.company_id);
    if (payment.receivedMinor > payment.refundedMinor)
      await this.gateway.refund({
        idempotencyKey: `pledge:${pledge.id}:refund`,
        paymentId: payment.paymentId,
        reference: pledge.id,
      });
    await this.pledgePayments.record(pledge.id, 'refunded', null);
    this.logger.log({ pledgeId: pledge.id, campaignId: pledge.campaignId }, 'A settled pledge was refunded');
  }

  /** Step 1, decided once: the ledger's references say whether it was, and how. */
  private async takeBackFromFounder(pledge: Pledge, companyId: string): Promise<void> {
    const reversedRef = `pledge:${pledge.id}:reversed`;
    const advancedRef = `pledge:${pledge.id}:advanced`;
    const decided = (await this.dataSource.query(`SELECT 1 FROM ledger_transactions WHERE reference = ANY($1)`, [
      [reversedRef, advancedRef],
    ])) as unknown[];
    if (decided.length > 0) return;

    const amount = pledge.amountMinor;
    const reversed = await this.reverseOnce(pledge);
    const advanced = amount - reversed;
    if (advanced > 0)
      this.logger.warn(
        { pledgeId: pledge.id, companyId, advancedMinor: advanced },
        "The founder's account could not cover a refund after the release; the platform advanced it and the founder owes it",
      );
    await this.dataSource.transaction(async (manager) => {
      if (reversed > 0)
        await this.ledger.post(manager, {
          reference: reversedRef,
          kind: 'transfer_reversed',
          campaignId: pledge.campaignId,
          currency: pledge.currency,
          entries: [
            { account: ledgerAccount.founderPayout(companyId), amount: -reversed },
            { account: ledgerAccount.escrow(pledge.campaignId), amount: reversed },
          ],
        });
      if (advanced > 0)
        await this.ledger.post(manager, {
          reference: advancedRef,
          kind: 'refund_advanced',
          campaignId: pledge.campaignId,
          currency: pledge.currency,
          entries: [
            { account: ledgerAccount.platformFees(), amount: -advanced },
            { account: ledgerAccount.escrow(pledge.campaignId), amount: advanced },
            { account: ledgerAccount.founderPayout(companyId), amount: -advanced },
            { account: ledgerAccount.founderReceivable(companyId), amount: advanced },
          ],
        });
    });
  }

  /** Reverses the release's transfer for the pledge once; what was reversed (0 when the account cannot cover it). */
  private async reverseOnce(pledge: Pledge): Promise<number> {
    const release = `campaign:${pledge.campaignId}:release`;
    const transfer = (await this.gateway.listTransfers(transferGroupOf(pledge.campaignId))).find(
      (candidate) => candidate.reference === release,
    );
    if (!transfer) throw new Error(`pledge ${pledge.id}: the release's transfer is not found at Stripe`);
    const reference = `pledge:${pledge.id}:reversal`;
    const made = (await this.gateway.listTransferReversals(transfer.transferId)).find(
      (reversal) => reversal.reference === reference,
    );
    if (made) return made.amount.amountMinor;
    const reversible = Math.min(pledge.amountMinor, transfer.amount.amountMinor - transfer.reversedMinor);
    if (reversible <= 0) return 0;
    try {
      const reversal = await this.gateway.reverseTransfer({
        idempotencyKey: reference,
        transferId: transfer.transferId,
        amountMinor: reversible,
        reference,
      });
      return reversal.amount.amountMinor;
    } catch (error) {
      if (error instanceof InsufficientPlatformBalanceError) return 0;
      throw error;
    }
  }
}
