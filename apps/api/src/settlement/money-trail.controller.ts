import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { OptionalAuth, Public } from '../auth/access.decorators';
import type { RequestAuth } from '../auth/request-auth';
import { CampaignAccessService } from '../campaigns/campaign-access.service';
import { IdParam } from '../common/http/uuid-param.pipe';
import { LedgerService } from '../ledger/ledger.service';
import type { CampaignMoneyTrail } from '../ledger/money-trail';
import { ApiDoc } from '../openapi/api-doc';
import * as S from '../openapi/answer-schemas';

@ApiTags('campaigns')
@Controller()
export class MoneyTrailController {
  constructor(
    private readonly access: CampaignAccessService,
    private readonly ledger: LedgerService,
  ) {}

  /**
   * Money actually taken from backers and where it went, from the ledger:
   * at every moment `collected = fees + released + refunded + inEscrow`.
   * Public wherever the campaign is; a campaign no one may see is 404.
   */
  @ApiDoc({ summary: 'The money taken from backers and where it went', answer: S.moneyTrailSchema })
  @Get('campaigns/:id/money-trail')
  @Public()
  async trail(
    @Param('id', new IdParam('The campaign')) id: string,
    @OptionalAuth() auth: RequestAuth | null,
  ): Promise<CampaignMoneyTrail> {
    const { campaign } = await this.access.visible(id, auth);
    const trail = await this.ledger.campaignMoneyTrail(campaign.id);
    return { ...trail, currency: trail.currency ?? campaign.currency };
  }
}
