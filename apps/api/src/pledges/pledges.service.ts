import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Page, PaginationQuery, PledgeStatus } from '@crowdstake/domain';
import { DataSource } from 'typeorm';
import type { RequestAuth } from '../auth/request-auth';
import { CampaignsService } from '../campaigns/campaigns.service';
import { ClockService } from '../clock/clock.service';
import { InvalidTransitionError, NotFoundError } from '../common/errors/app-error';
import { enqueueJob } from '../jobs/job-runner.service';
import { PAYMENT_GATEWAY, type PaymentGateway } from '../payments/payment-gateway';
import { GatewayUnavailableError } from '../payments/payments.errors';
import { REFUND_PLEDGE_JOB } from '../settlement/settlement-jobs';
import { Pledge } from './entities/pledge.entity';
import { PledgePaymentsService } from './pledge-payments.service';
import { CancelWindowClosedError } from './pledges.errors';

/** A backer's own pledges: reading them, and cancelling one inside the window. */
@Injectable()
export class PledgesService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway,
    private readonly pledgePayments: PledgePaymentsService,
    private readonly clock: ClockService,
    private readonly campaigns: CampaignsService,
  ) {}

  /** Another backer's pledge does not exist for the caller (404, not 403). */
  async ownPledge(pledgeId: string, auth: RequestAuth): Promise<Pledge> {
    const pledge = await this.dataSource.getRepository(Pledge).findOne({ where: { id: pledgeId } });
    if (!pledge || pledge.backerId !== auth.userId) throw new NotFoundError('The pledge');
    return pledge;
  }

  async listOwn(auth: RequestAuth, page: PaginationQuery): Promise<Page<Pledge>> {
    const [items, total] = await this.dataSource.getRepository(Pledge).findAndCount({
      where: { backerId: auth.userId },
      order: { createdAt: 'DESC', id: 'ASC' },
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
    });
    return { items, total, page: page.page, pageSize: page.pageSize };
  }

  /**
   * Cancels inside the window: a saved card is simply never charged
   * (`cancelled`); money already taken is refunded in full (`refunded`). The
   * refund carries a key derived from the pledge, so cancelling again after a
   * lost answer finds the same refund rather than making a second.
   */
  async cancel(pledgeId: string, auth: RequestAuth): Promise<Pledge> {
    const found = await this.ownPledge(pledgeId, auth);
    const campaignStatus = await this.campaigns.statusOf(found.campaignId);
    const now = this.clock.now();
    const refuseUnlessOpen = ({ status }: Pledge) => {
      if (!['pending', 'held'].includes(status))
        throw new InvalidTransitionError(`This pledge is ${status.replace('_', ' ')} and cannot be cancelled.`);
    };
    refuseUnlessOpen(found);
    if (campaignStatus !== 'live' || now.getTime() > found.cancellableUntil.getTime())
      throw new CancelWindowClosedError();
    // A pledge still waiting on its payment: what Stripe did, or the payment stopped there, first;
    // released without asking, an open 3-D Secure payment could still take the money afterwards.
    const pledge = await this.pledgePayments.stopPending(found);
    refuseUnlessOpen(pledge);

    const charged = pledge.holding === 'charged' && pledge.status === 'held';
    if (charged) {
      // The refund's outbox record, committed before Stripe is asked: should this process die after
      // the refund and before its record, the job finishes the cancellation under the same key. It
      // waits a minute, so it never races the request that is making the refund now.
      await this.dataSource.transaction((manager) =>
        enqueueJob(
          manager,
          REFUND_PLEDGE_JOB,
          { pledgeId: pledge.id },
          { dedupeKey: `${REFUND_PLEDGE_JOB}:${pledge.id}`, runAt: new Date(Date.now() + 60_000) },
        ),
      );
      const [payment] = await this.gateway.findPaymentsByReference(pledge.id);
      // Stripe's search index lags: a charged pledge's payment not found yet is no proof of nothing to refund.
      if (!payment) throw new GatewayUnavailableError('The payment could not be found at Stripe yet.', true);
      if (payment.receivedMinor > payment.refundedMinor)
        await this.gateway.refund({
          idempotencyKey: `pledge:${pledge.id}:refund`,
          paymentId: payment.paymentId,
          reference: pledge.id,
        });
    }
    return this.pledgePayments.record(pledge.id, charged ? 'refunded' : 'released', null, undefined, {
      userId: auth.userId,
      role: auth.role,
    });
  }

  /** A campaign's pledges still open at its close (pending or held), oldest first: what settlement works through. */
  openOf(campaignId: string): Promise<Pledge[]> {
    return this.dataSource
      .getRepository(Pledge)
      .createQueryBuilder('p')
      .where('p.campaign_id = :campaignId', { campaignId })
      .andWhere(`p.status IN ('pending', 'held')`)
      .orderBy('p.created_at')
      .getMany();
  }

  /** How many of a campaign's pledges are in each status (statuses with none are absent). */
  async countsByStatus(campaignId: string): Promise<Partial<Record<PledgeStatus, number>>> {
    const rows = (await this.dataSource.query(
      `SELECT status, count(*)::int AS n FROM pledges WHERE campaign_id = $1 GROUP BY status`,
      [campaignId],
    )) as { status: PledgeStatus; n: number }[];
    return Object.fromEntries(rows.map(({ status, n }) => [status, n]));
  }

  findById(pledgeId: string): Promise<Pledge | null> {
    return this.dataSource.getRepository(Pledge).findOneBy({ id: pledgeId });
  }
}
