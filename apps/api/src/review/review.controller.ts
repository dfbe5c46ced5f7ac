import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import {
  type CampaignView,
  type Page,
  reviewDecisionSchema,
  type ReviewDecisionResultView,
  type ReviewHistoryView,
  type ReviewQueueItemView,
  reviewQueueQuerySchema,
  type ReviewView,
  riskViewFor,
} from '@crowdstake/domain';
import { createZodDto } from 'nestjs-zod';
import { CurrentAuth, Roles } from '../auth/access.decorators';
import type { RequestAuth } from '../auth/request-auth';
import { CampaignViewsService } from '../campaigns/campaign-views.service';
import { IdParam } from '../common/http/uuid-param.pipe';
import { ReviewService } from './review.service';

class ReviewDecisionDto extends createZodDto(reviewDecisionSchema) {}
class ReviewQueueQueryDto extends createZodDto(reviewQueueQuerySchema) {}

const campaignId = new IdParam('The campaign');

@ApiTags('review')
@ApiBearerAuth()
@Controller()
export class ReviewController {
  constructor(
    private readonly review: ReviewService,
    private readonly views: CampaignViewsService,
  ) {}

  @Post('campaigns/:id/submit')
  @HttpCode(200)
  @Roles('founder')
  async submit(@Param('id', campaignId) id: string, @CurrentAuth() auth: RequestAuth): Promise<CampaignView> {
    return this.views.detail(await this.review.submit(id, auth), 'company');
  }

  @Get('review/queue')
  @Roles('reviewer')
  async queue(
    @Query() query: ReviewQueueQueryDto,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<Page<ReviewQueueItemView>> {
    const page = await this.review.queue(query);
    const [summaries, context] = await Promise.all([
      this.views.summaries(page.items),
      this.review.queueContext(page.items, auth),
    ]);
    return {
      ...page,
      items: summaries.map((summary, index) => {
        const campaign = page.items[index]!;
        const extra = context.get(campaign.id) ?? { approvals: [], conflictOfInterest: false };
        return { ...summary, risk: riskViewFor(campaign.risk, 'staff'), ...extra };
      }),
    };
  }

  /** 201 with the decision, and the campaign's new status in `toStatus`. */
  @Post('campaigns/:id/reviews')
  @Roles('reviewer')
  async decide(
    @Param('id', campaignId) id: string,
    @Body() body: ReviewDecisionDto,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<ReviewDecisionResultView> {
    const { review, campaign } = await this.review.decide(id, body, auth);
    const [view] = await this.review.views([review]);
    return { ...(view as ReviewView), campaignStatus: campaign.status };
  }

  @Get('campaigns/:id/reviews')
  @Roles('founder', 'reviewer', 'admin')
  async list(@Param('id', campaignId) id: string, @CurrentAuth() auth: RequestAuth): Promise<ReviewHistoryView> {
    return this.review.reviewsOf(id, auth);
  }
}
