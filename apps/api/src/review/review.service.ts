import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  CHECKLIST_ITEMS,
  checkCampaignRules,
  isChecklistComplete,
  type Page,
  planTransition,
  type ReviewDecisionInput,
  type ReviewQueueQuery,
  type ReviewHistoryView,
  type ReviewView,
} from '@crowdstake/domain';
import { DataSource, In } from 'typeorm';
import type { RequestAuth } from '../auth/request-auth';
import { CampaignAccessService } from '../campaigns/campaign-access.service';
import { CampaignListingService } from '../campaigns/campaign-listing.service';
import { CampaignLifecycleService } from '../campaigns/campaign-lifecycle.service';
import { CampaignTransitionsService } from '../campaigns/campaign-transitions.service';
import { CampaignRulesError, ConflictOfInterestError, transitionRefused } from '../campaigns/campaigns.errors';
import { CampaignsService } from '../campaigns/campaigns.service';
import type { Campaign } from '../campaigns/entities/campaign.entity';
import { ClockService } from '../clock/clock.service';
import { ForbiddenError, NotFoundError } from '../common/errors/app-error';
import { CompaniesService } from '../companies/companies.service';
import { UsersService } from '../users/users.service';
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
    private readonly listing: CampaignListingService,
    private readonly risk: RiskAssessmentService,
    private readonly users: UsersService,
    private readonly clock: ClockService,
  ) {}

  /**
   * The founder hands the campaign to review; the risk assessment is computed
   * for this version. Everything is judged on the locked row, so an edit racing
   * the submission either lands before it (and is what gets checked) or is
   * refused after it: a submitted campaign always passed the rules as submitted.
   */
  async submit(campaignId: string, auth: RequestAuth): Promise<Campaign> {
    return this.dataSource.transaction(async (manager) => {
      const locked = await this.transitions.lock(manager, campaignId);
      const relation = await this.access.relationOf(locked, auth, manager);
      if (!relation) throw new NotFoundError('The campaign');
      if (relation !== 'owner') throw new ForbiddenError('Only the campaign’s founder can submit it.');
      const plan = planTransition({ from: locked.status, action: 'submit', actor: 'owner' });
      if (!plan.ok) throw transitionRefused(plan.reason, locked.status, 'submit');
      const draft = await this.campaigns.draftOf(locked, manager);
      // The rules of saving. An investment's risks, use of funds and backer terms are not among
      // them: the contract's campaign body (DESIGN.md) has none of those fields, so a client that
      // follows it must be able to submit. The web asks for them before submitting
      // (checkSubmissionRules); here their absence costs grade (the risk_disclosure factor), the
      // campaign page says what is not stated, and the reviewer's "risks" check decides.
      const problems = checkCampaignRules(draft, this.clock.now());
      if (problems.length > 0) throw new CampaignRulesError(problems, 'Fix the campaign before submitting it');

      const result = await this.transitions.apply(manager, locked, {
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
   * decision, so two reviewers deciding at once are taken one after the other;
   * every check is made on the locked row, which the transition then updates
   * (one read of the campaign, one of the membership).
   */
  async decide(
    campaignId: string,
    input: ReviewDecisionInput,
    auth: RequestAuth,
  ): Promise<{ review: Review; campaign: Campaign }> {
    const outcome = await this.dataSource.transaction(async (manager) => {
      // Reviewers are staff: every campaign is visible to them, so the only refusal here is "no such campaign".
      const locked = await this.transitions.lock(manager, campaignId);
      if (await this.companies.wasEverMember(locked.companyId, auth.userId, manager))
        throw new ConflictOfInterestError();
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
      const campaignVersion = locked.version;
      const moved = await this.transitions.apply(manager, locked, {
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
          campaignVersion,
          fromStatus: from,
          toStatus: to,
        }),
      );
      return { review, campaign: updated };
    });
    // "Goes live at its start time, or at once if that has passed."
    if (outcome.campaign.status === 'approved') await this.lifecycle.goLiveIfDue(outcome.campaign);
    return outcome;
  }

  /** The decisions and their reasons, newest first: for the founder's side and staff. */
  /** The decisions, and the caller's conflict of interest (the review page's only need for the membership). */
  async reviewsOf(campaignId: string, auth: RequestAuth): Promise<ReviewHistoryView> {
    const { campaign, relation } = await this.access.visible(campaignId, auth);
    if (relation === 'public')
      throw new ForbiddenError('Review decisions are shown to the campaign’s founder and staff only.');
    const [reviews, conflictOfInterest] = await Promise.all([
      this.dataSource.getRepository(Review).find({ where: { campaignId }, order: { createdAt: 'DESC', id: 'DESC' } }),
      relation === 'staff' ? this.companies.wasEverMember(campaign.companyId, auth.userId) : true,
    ]);
    return { items: await this.views(reviews), conflictOfInterest };
  }

  queue(query: ReviewQueueQuery): Promise<Page<Campaign>> {
    return this.listing.reviewQueue(query);
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
      // Former members included: a conflict of interest outlives the membership.
      this.companies.membershipOf(
        auth.userId,
        campaigns.map((c) => c.companyId),
      ),
    ]);
    const views = await this.views(approvals);
    for (const campaign of campaigns) {
      context.set(campaign.id, {
        approvals: campaign.status === 'in_review' ? views.filter((v) => v.campaignId === campaign.id).slice(-1) : [],
        conflictOfInterest: memberships.has(campaign.companyId),
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
    const names = await this.users.namesOf(reviews.map((r) => r.reviewerId));
    return reviews.map((review) => reviewView(review, names.get(review.reviewerId) ?? 'Reviewer'));
  }
}

/** One review as the API shows it; `reviewerName` comes from the users module (or the reviewer's own session). */
export function reviewView(review: Review, reviewerName: string): ReviewView {
  return {
    id: review.id,
    campaignId: review.campaignId,
    reviewerId: review.reviewerId,
    reviewerName,
    decision: review.decision,
    reasons: review.reasons,
    checklist: review.checklist,
    campaignVersion: review.campaignVersion,
    fromStatus: review.fromStatus,
    toStatus: review.toStatus,
    createdAt: review.createdAt.toISOString(),
  };
}
