import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CHECKLIST_ITEMS,
  checkCampaignRules,
  checkSubmissionRules,
  isChecklistComplete,
  type Page,
  planTransition,
  type ReviewDecisionInput,
  type ReviewQueueQuery,
  type ReviewView,
} from '@crowdstake/domain';
import { DataSource, In } from 'typeorm';
import type { RequestAuth } from '../auth/request-auth';
import { CampaignAccessService } from '../campaigns/campaign-access.service';
import { CampaignLifecycleService } from '../campaigns/campaign-lifecycle.service';
import { CampaignTransitionsService } from '../campaigns/campaign-transitions.service';
import { CampaignRulesError, ConflictOfInterestError, transitionRefused } from '../campaigns/campaigns.errors';
import { CampaignsService } from '../campaigns/campaigns.service';
import { Campaign } from '../campaigns/entities/campaign.entity';
import { ClockService } from '../clock/clock.service';
import { ForbiddenError } from '../common/errors/app-error';
import { pageOf } from '../common/http/paging';
import { CompaniesService } from '../companies/companies.service';
import { User } from '../users/user.entity';
import { ChecklistIncompleteError } from './review.errors';
import { Review } from './review.entities';
import { RiskAssessmentService } from './risk-assessment.service';

@Injectable()
export class ReviewService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CampaignAccessService,
    private readonly campaigns: CampaignsService,
    private readonly companies: CompaniesService,
    private readonly transitions: CampaignTransitionsService,
    private readonly lifecycle: CampaignLifecycleService,
    private readonly risk: RiskAssessmentService,
    private readonly clock: ClockService,
  ) {}

  /** The founder hands the campaign to review; the risk assessment is computed for this version. */
  async submit(campaignId: string, auth: RequestAuth): Promise<Campaign> {
    const { campaign, relation } = await this.access.visible(campaignId, auth);
    if (relation !== 'owner') throw new ForbiddenError('Only the campaign’s founder can submit it.');
    const plan = planTransition({ from: campaign.status, action: 'submit', actor: 'owner' });
    if (!plan.ok) throw transitionRefused(plan.reason, campaign.status, 'submit');
    const draft = await this.campaigns.draftOf(campaign);
    // The rules of saving, then what only submission needs (an investment's risks, use of funds and terms).
    const problems = [
      ...checkCampaignRules(draft, this.clock.now()),
      ...checkSubmissionRules({ ...draft, risks: campaign.risks, useOfFunds: campaign.useOfFunds }),
    ];
    if (problems.length > 0) throw new CampaignRulesError(problems, 'Fix the campaign before submitting it');

    return this.dataSource.transaction(async (manager) => {
      const result = await this.transitions.apply(manager, campaignId, {
        action: 'submit',
        actor: 'owner',
        by: { userId: auth.userId, role: auth.role },
      });
      const submitted = (result as NonNullable<typeof result>).campaign;
      const assessment = await this.risk.assess(manager, submitted);
      return Object.assign(submitted, { risk: assessment, riskScore: assessment.score, riskGrade: assessment.grade });
    });
  }

  /**
   * A reviewer's decision. Grades D and E need two approvals from different
   * reviewers; nobody reviews a campaign of a company they belong or belonged to; an
   * approval needs the whole checklist. The campaign row is locked for the
   * decision, so two reviewers deciding at once are taken one after the other.
   */
  async decide(
    campaignId: string,
    input: ReviewDecisionInput,
    auth: RequestAuth,
  ): Promise<{ review: Review; campaign: Campaign }> {
    const { campaign } = await this.access.visible(campaignId, auth);
    if (await this.companies.wasEverMember(campaign.companyId, auth.userId)) throw new ConflictOfInterestError();

    const outcome = await this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOneOrFail(Campaign, {
        where: { id: campaignId },
        lock: { mode: 'pessimistic_write' },
      });
      const priorApprovalBy = locked.status === 'in_review' ? await this.firstApprover(manager, locked.id) : undefined;
      const request = {
        from: locked.status,
        action: input.decision,
        actor: 'reviewer' as const,
        grade: locked.riskGrade ?? undefined,
        priorApprovalBy,
        actorId: auth.userId,
      };
      const plan = planTransition(request);
      if (!plan.ok) throw transitionRefused(plan.reason, locked.status, input.decision);
      if (input.decision === 'approve' && !isChecklistComplete(input.checklist)) {
        throw new ChecklistIncompleteError(CHECKLIST_ITEMS.filter((item) => !input.checklist[item]));
      }
      const moved = await this.transitions.apply(manager, locked.id, {
        action: input.decision,
        actor: 'reviewer',
        by: { userId: auth.userId, role: auth.role },
        reasons: input.reasons,
        grade: request.grade,
        priorApprovalBy,
        data: { checklist: input.checklist },
      });
      const { from, to, campaign: updated } = moved as NonNullable<typeof moved>;
      const review = await manager.save(
        manager.create(Review, {
          campaignId: locked.id,
          reviewerId: auth.userId,
          decision: input.decision,
          reasons: input.reasons,
          checklist: input.checklist,
          campaignVersion: locked.version,
          fromStatus: from,
          toStatus: to,
        }),
      );
      return { review, campaign: updated };
    });
    // "Goes live at its start time, or at once if that has passed."
    if (outcome.campaign.status === 'approved') await this.lifecycle.goLiveIfDue(campaignId);
    return outcome;
  }

  /** The decisions and their reasons, newest first: for the founder's side and staff. */
  async reviewsOf(campaignId: string, auth: RequestAuth): Promise<ReviewView[]> {
    const { relation } = await this.access.visible(campaignId, auth);
    if (relation === 'public')
      throw new ForbiddenError('Review decisions are shown to the campaign’s founder and staff only.');
    const reviews = await this.dataSource
      .getRepository(Review)
      .find({ where: { campaignId }, order: { createdAt: 'DESC', id: 'DESC' } });
    return this.views(reviews);
  }

  async queue(query: ReviewQueueQuery): Promise<Page<Campaign>> {
    const qb = this.dataSource
      .getRepository(Campaign)
      .createQueryBuilder('c')
      .where(`c.status IN ('submitted', 'in_review')`);
    if (query.grade) qb.andWhere('c.riskGrade = :grade', { grade: query.grade });
    if (query.type) qb.andWhere('c.type = :type', { type: query.type });
    return pageOf(qb.orderBy('c.submittedAt', 'ASC').addOrderBy('c.id', 'ASC'), query);
  }

  /** For queue items: approvals so far in the current round, and whether the reviewer belongs or belonged to the company. */
  async queueContext(
    campaigns: Campaign[],
    auth: RequestAuth,
  ): Promise<Map<string, { approvals: ReviewView[]; conflictOfInterest: boolean }>> {
    const ids = campaigns.map((c) => c.id);
    const context = new Map<string, { approvals: ReviewView[]; conflictOfInterest: boolean }>();
    if (ids.length === 0) return context;
    const [approvals, memberships] = await Promise.all([
      this.dataSource
        .getRepository(Review)
        .find({ where: { campaignId: In(ids), toStatus: 'in_review' }, order: { createdAt: 'ASC' } }),
      // Former members included (left_at set): a conflict of interest outlives the membership.
      this.dataSource.query(`SELECT company_id FROM company_members WHERE user_id = $1 AND company_id = ANY($2)`, [
        auth.userId,
        [...new Set(campaigns.map((c) => c.companyId))],
      ]) as Promise<{ company_id: string }[]>,
    ]);
    const views = await this.views(approvals);
    const mine = new Set(memberships.map((row) => row.company_id));
    for (const campaign of campaigns) {
      context.set(campaign.id, {
        approvals: campaign.status === 'in_review' ? views.filter((v) => v.campaignId === campaign.id).slice(-1) : [],
        conflictOfInterest: mine.has(campaign.companyId),
      });
    }
    return context;
  }

  /** in_review is reached only by a first approval, so the latest such review names the first approver. */
  private async firstApprover(manager: DataSource['manager'], campaignId: string): Promise<string | undefined> {
    const review = await manager.findOne(Review, {
      where: { campaignId, toStatus: 'in_review' },
      order: { createdAt: 'DESC', id: 'DESC' },
    });
    return review?.reviewerId;
  }

  async views(reviews: Review[]): Promise<ReviewView[]> {
    if (reviews.length === 0) return [];
    const reviewers = await this.dataSource
      .getRepository(User)
      .find({ where: { id: In([...new Set(reviews.map((r) => r.reviewerId))]) } });
    const names = new Map(reviewers.map((user) => [user.id, user.name]));
    return reviews.map((review) => ({
      id: review.id,
      campaignId: review.campaignId,
      reviewerId: review.reviewerId,
      reviewerName: names.get(review.reviewerId) ?? 'Reviewer',
      decision: review.decision,
      reasons: review.reasons,
      checklist: review.checklist,
      campaignVersion: review.campaignVersion,
      fromStatus: review.fromStatus,
      toStatus: review.toStatus,
      createdAt: review.createdAt.toISOString(),
    }));
  }
}
