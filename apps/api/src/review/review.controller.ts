import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  type CampaignView,
  type Page,
  reviewDecisionSchema,
  type ReviewDecisionResultView,
  type ReviewHistoryView,
  type ReviewQueueItemView,
  reviewQueueQuerySchema,
  riskViewFor,
} from '@crowdstake/domain';
import { createZodDto } from 'nestjs-zod';
import { CurrentAuth, Roles } from '../auth/access.decorators';
import type { RequestAuth } from '../auth/request-auth';
import { CampaignViewsService } from '../campaigns/campaign-views.service';
import { IdParam } from '../common/http/uuid-param.pipe';
import { ReviewService, reviewView } from './review.service';
import { ApiDoc } from '../openapi/api-doc';
import * as S from '../openapi/answer-schemas';

class ReviewDecisionDto extends createZodDto(reviewDecisionSchema) {}
class ReviewQueueQueryDto extends createZodDto(reviewQueueQuerySchema) {}

const campaignId = new IdParam('The campaign');

@ApiTags('review')
@Controller()
export class ReviewController {
  constructor(
    private readonly review: ReviewService,
    private readonly views: CampaignViewsService,
  ) {}

  @ApiDoc({
    summary: 'Submit a campaign for review; its risk is assessed',
    answer: S.campaignSchema,
    errors: ['forbidden', 'invalid_transition'],
  })
  @Post('campaigns/:id/submit')
  @HttpCode(200)
  @Roles('founder')
  async submit(@Param('id', campaignId) id: string, @CurrentAuth() auth: RequestAuth): Promise<CampaignView> {
    return this.views.detail(await this.review.submit(id, auth), 'company');
  }

  @ApiDoc({ summary: 'Campaigns waiting for review, oldest first', answer: S.pageOf(S.reviewQueueItemSchema) })
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
  @ApiDoc({
    summary: 'Decide on a campaign in review',
    answer: S.reviewDecisionResultSchema,
    errors: ['invalid_transition', 'checklist_incomplete', 'second_reviewer_required', 'conflict_of_interest'],
  })
  @Post('campaigns/:id/reviews')
  @Roles('reviewer')
  async decide(
    @Param('id', campaignId) id: string,
    @Body() body: ReviewDecisionDto,
    @CurrentAuth() auth: RequestAuth,
  ): Promise<ReviewDecisionResultView> {
    const { review, campaign } = await this.review.decide(id, body, auth);
    // The reviewer is the caller: the session already carries their name.
    return { ...reviewView(review, auth.name), campaignStatus: campaign.status };
  }

  @ApiDoc({
    summary: 'The review decisions on a campaign, newest first, and whether the reader has a conflict of interest',
    answer: S.reviewHistorySchema,
  })
  @Get('campaigns/:id/reviews')
  @Roles('founder', 'reviewer', 'admin')
  async list(@Param('id', campaignId) id: string, @CurrentAuth() auth: RequestAuth): Promise<ReviewHistoryView> {
    return this.review.reviewsOf(id, auth);
  }
}
