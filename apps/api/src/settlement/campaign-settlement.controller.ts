import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { CampaignStatus, CurrencyCode } from '@crowdstake/domain';
import { CurrentAuth, Roles } from '../auth/access.decorators';
import type { RequestAuth } from '../auth/request-auth';
import { CampaignAccessService } from '../campaigns/campaign-access.service';
import { ForbiddenError } from '../common/errors/app-error';
import { IdParam } from '../common/http/uuid-param.pipe';
import { LedgerService } from '../ledger/ledger.service';
import { ApiDoc } from '../openapi/api-doc';
import * as S from '../openapi/answer-schemas';
import { PledgesService } from '../pledges/pledges.service';

/** Statuses whose money is not yet known; while any is left, settlement is still running. */
const OPEN_STATUSES = ['pending', 'held', 'action_required'] as const;
const CLOSED_STATUSES: readonly CampaignStatus[] = ['succeeded', 'failed', 'cancelled'];

/** `GET /api/campaigns/:id/settlement`: what the deadline did with the money, for the founder and staff. */
export interface CampaignSettlementView {
  campaignId: string;
  campaignStatus: CampaignStatus;
  currency: CurrencyCode;
  /** `not_due` before the campaign closes; `in_progress` while pledges or the payout are open; then `complete`. */
  state: 'not_due' | 'in_progress' | 'complete';
  collected: number;
  fees: number;
  /** Released to the founder (less the fee), and of that what has reached their payout account. */
  released: number;
  paidOut: number;
  refunded: number;
  inEscrow: number;
  /** How many pledges are in each group of statuses. */
  pledges: { open: number; settled: number; refunded: number; cancelled: number; failed: number };
}

@ApiTags('campaigns')
@Controller()
export class CampaignSettlementController {
  constructor(
    private readonly access: CampaignAccessService,
    private readonly ledger: LedgerService,
    private readonly pledgesService: PledgesService,
  ) {}

  /**
   * The settlement and payout of one campaign, read from the ledger and the
   * pledges. Its founder, the company's members and staff only: the public
   * see the money trail, never the per-status pledge counts or the payout.
   */
  @ApiDoc({
    summary: 'What the deadline did with a campaign’s money: settlement and payout (founder and staff)',
    answer: S.campaignSettlementSchema,
  })
  @Get('campaigns/:id/settlement')
  @Roles('founder', 'reviewer', 'admin')
  async settlement(
    @Param('id', new IdParam('The campaign')) id: string,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<CampaignSettlementView> {
    const { campaign, relation } = await this.access.visible(id, auth);
    if (relation === 'public')
      throw new ForbiddenError('A campaign’s settlement is shown to its founder and staff only.');
    const [trail, counts, paidOut] = await Promise.all([
      this.ledger.campaignMoneyTrail(campaign.id),
      this.pledgesService.countsByStatus(campaign.id),
      this.ledger.campaignPaidOut(campaign.id),
    ]);
    const pledges = { open: 0, settled: 0, refunded: 0, cancelled: 0, failed: 0 };
    for (const [status, n = 0] of Object.entries(counts)) {
      if ((OPEN_STATUSES as readonly string[]).includes(status)) pledges.open += n;
      else if (status in pledges) pledges[status as keyof typeof pledges] += n;
    }
    const closed = CLOSED_STATUSES.includes(campaign.status);
    const done = pledges.open === 0 && trail.inEscrow === 0 && paidOut >= trail.released;
    return {
      campaignId: campaign.id,
      campaignStatus: campaign.status,
      currency: (trail.currency ?? campaign.currency) as CurrencyCode,
      state: !closed ? 'not_due' : done ? 'complete' : 'in_progress',
      collected: trail.collected,
      fees: trail.fees,
      released: trail.released,
      paidOut,
      refunded: trail.refunded,
      inEscrow: trail.inEscrow,
      pledges,
    };
  }
}
