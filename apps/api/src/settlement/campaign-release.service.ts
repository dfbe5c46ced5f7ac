import { percentageFee } from '@crowdstake/domain';
import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ClockService } from '../clock/clock.service';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/config.schema';
import { JobRunnerService, type JobContext } from '../jobs/job-runner.service';
import { ledgerAccount } from '../ledger/ledger-chart';
import { LedgerService } from '../ledger/ledger.service';
import { PAYMENT_GATEWAY, type PaymentGateway, type Transfer } from '../payments/payment-gateway';
import { PledgePaymentsService, transferGroupOf } from '../pledges/pledge-payments.service';

export const RELEASE_CAMPAIGN_JOB = 'campaign.release';
export const RETRY_WINDOW_END_JOB = 'pledge.retry-window-end';

/** Pledges whose money is not yet known: the campaign's release waits for them. */
const OPEN_STATUSES = ['pending', 'held', 'action_required'];

/** A transfer waits for funds that Stripe has not made available yet: retried hourly for about eight days. */
const RELEASE_MAX_ATTEMPTS = 200;

/**
 * Pays a succeeded campaign out (docs/decisions/0009): once every pledge is
 * settled or final, the platform fee and the founder's share leave escrow,
 * one transfer moves the share to the company's connected account, and the
 * ledger records it. Every step is idempotent (ledger references, the
 * transfer's key and read-back by transfer group), so the job may run again
 * after a crash anywhere. It also ends saved-card retry windows, in business
 * time (the test clock moves it).
 */
@Injectable()
export class CampaignReleaseService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CampaignReleaseService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway,
    private readonly jobs: JobRunnerService,
    private readonly ledger: LedgerService,
    private readonly pledgePayments: PledgePaymentsService,
    private readonly clock: ClockService,
  ) {
    this.jobs.register(RELEASE_CAMPAIGN_JOB, (job) => this.release(String(job.payload.campaignId)));
    this.jobs.register(RETRY_WINDOW_END_JOB, (job) => this.endRetryWindow(job));
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.config.schedulerIntervalMs);
    this.timer.unref();
    this.clock.onAdvance(() => this.sweep());
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /**
   * Enqueues the release when the campaign succeeded and none of its pledges is
   * open. Called after each pledge outcome; whichever call comes after the last
   * outcome committed sees none open, and the dedupe key makes a second call a no-op.
   */
  async releaseIfDue(campaignId: string): Promise<void> {
    await this.dataSource.transaction(async (manager) => {
      const [due] = (await manager.query(
        `SELECT 1 FROM campaigns c WHERE c.id = $1 AND c.status = 'succeeded'
            AND NOT EXISTS (SELECT 1 FROM pledges p WHERE p.campaign_id = c.id AND p.status = ANY($2))`,
        [campaignId, OPEN_STATUSES],
      )) as unknown[];
      if (due)
        await this.jobs.enqueue(
          manager,
          RELEASE_CAMPAIGN_JOB,
          { campaignId },
          { dedupeKey: `${RELEASE_CAMPAIGN_JOB}:${campaignId}`, maxAttempts: RELEASE_MAX_ATTEMPTS },
        );
    });
  }

  /** Finds retry windows that ended in business time, and succeeded campaigns whose release was never asked. */
  async sweep(): Promise<void> {
    try {
      const ended = (await this.dataSource.query(
        `SELECT p.id FROM pledges p JOIN campaigns c ON c.id = p.campaign_id
          WHERE p.status = 'action_required' AND c.closed_at + make_interval(days => $2) <= $1 LIMIT 500`,
        [this.clock.now(), this.config.pledgeRetryWindowDays],
      )) as { id: string }[];
      for (const { id } of ended)
        await this.dataSource.transaction((manager) =>
          this.jobs.enqueue(
            manager,
            RETRY_WINDOW_END_JOB,
            { pledgeId: id },
            { dedupeKey: `${RETRY_WINDOW_END_JOB}:${id}` },
          ),
        );
      // A safety net for outcomes recorded elsewhere (a webhook settling a retried card).
      const waiting = (await this.dataSource.query(
        `SELECT c.id FROM campaigns c WHERE c.status = 'succeeded'
            AND NOT EXISTS (SELECT 1 FROM jobs j WHERE j.dedupe_key = $2 || c.id::text)
            AND NOT EXISTS (SELECT 1 FROM pledges p WHERE p.campaign_id = c.id AND p.status = ANY($1))
          LIMIT 100`,
        [OPEN_STATUSES, `${RELEASE_CAMPAIGN_JOB}:`],
      )) as { id: string }[];
      for (const { id } of waiting) await this.releaseIfDue(id);
    } catch (error) {
      this.logger.error({ err: error }, 'The release sweep failed; it will run again');
    }
  }

  private async endRetryWindow(job: JobContext): Promise<void> {
    const pledgeId = String(job.payload.pledgeId);
    // Re-checked in business time: the job was enqueued by a sweep that saw the window end.
    const [row] = (await this.dataSource.query(
      `SELECT p.campaign_id FROM pledges p JOIN campaigns c ON c.id = p.campaign_id
        WHERE p.id = $1 AND p.status = 'action_required' AND c.closed_at + make_interval(days => $3) <= $2`,
      [pledgeId, this.clock.now(), this.config.pledgeRetryWindowDays],
    )) as { campaign_id: string }[];
    if (!row) return;
    await this.pledgePayments.record(pledgeId, 'retry_window_ended', null, 'retry_window_ended');
    await this.releaseIfDue(row.campaign_id);
  }

  private async release(campaignId: string): Promise<void> {
    const [campaign] = (await this.dataSource.query(
      `SELECT c.id, c.status, c.company_id, co.payout_account_id FROM campaigns c
         JOIN companies co ON co.id = c.company_id WHERE c.id = $1`,
      [campaignId],
    )) as { id: string; status: string; company_id: string; payout_account_id: string | null }[];
    if (!campaign || campaign.status !== 'succeeded') return;
    if (!campaign.payout_account_id)
      throw new Error(`campaign ${campaignId} cannot be paid out: its company has no payout account`);

    const trail = await this.ledger.campaignMoneyTrail(campaignId);
    if (!trail.currency) return; // nothing was collected
    const currency = trail.currency;
    // The fee is computed once, on the campaign's total collected, rounded half up (0009).
    const collected = trail.collected - trail.refunded;
    const fee = percentageFee(collected, this.config.platformFeeBps);
    const share = collected - fee;
    await this.dataSource.transaction(async (manager) => {
      if (fee > 0)
        await this.ledger.post(manager, {
          reference: `campaign:${campaignId}:fee`,
          kind: 'fee_charged',
          campaignId,
          currency,
          entries: [
            { account: ledgerAccount.escrow(campaignId), amount: -fee },
            { account: ledgerAccount.platformFees(), amount: fee },
          ],
        });
      if (share > 0)
        await this.ledger.post(manager, {
          reference: `campaign:${campaignId}:released`,
          kind: 'released_to_founder',
          campaignId,
          currency,
          entries: [
            { account: ledgerAccount.escrow(campaignId), amount: -share },
            { account: ledgerAccount.founderPayable(campaignId), amount: share },
          ],
        });
    });
    if (share <= 0) return;

    const transfer = await this.transferOnce(campaignId, campaign.payout_account_id, { amountMinor: share, currency });
    await this.dataSource.transaction((manager) =>
      this.ledger.post(manager, {
        reference: `campaign:${campaignId}:payout`,
        kind: 'payout_transferred',
        campaignId,
        currency,
        entries: [
          { account: ledgerAccount.founderPayable(campaignId), amount: -transfer.amount.amountMinor },
          { account: ledgerAccount.founderPayout(campaign.company_id), amount: transfer.amount.amountMinor },
        ],
      }),
    );
    this.logger.log({ campaignId, transferId: transfer.transferId }, 'A succeeded campaign was paid out');
  }

  /**
   * The transfer, asked once: a transfer already made for this release (an
   * earlier run whose answer or ledger post was lost) is read back by its
   * transfer group, so the key's 24 hours at Stripe never matter.
   */
  private async transferOnce(
    campaignId: string,
    destinationAccountId: string,
    amount: { amountMinor: number; currency: string },
  ): Promise<Transfer> {
    const reference = `campaign:${campaignId}:release`;
    const transferGroup = transferGroupOf(campaignId);
    const made = (await this.gateway.listTransfers(transferGroup)).find((t) => t.reference === reference);
    if (made) return made;
    return this.gateway.transfer({
      idempotencyKey: reference,
      amount: amount as Transfer['amount'],
      destinationAccountId,
      transferGroup,
      reference,
    });
  }
}
