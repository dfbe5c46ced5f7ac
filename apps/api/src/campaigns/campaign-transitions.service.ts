import { Injectable } from '@nestjs/common';
import {
  type CampaignAction,
  type CampaignActor,
  type CampaignStatus,
  planTransition,
  type RiskGrade,
} from '@crowdstake/domain';
import type { EntityManager } from 'typeorm';
import { AuditService } from '../audit/audit.service';
import { JobRunnerService } from '../jobs/job-runner.service';
import { ClockService } from '../clock/clock.service';
import { NotFoundError } from '../common/errors/app-error';
import { transitionRefused } from './campaigns.errors';
import { Campaign } from './entities/campaign.entity';

export interface TransitionRequest {
  action: CampaignAction;
  actor: CampaignActor;
  /** Who acts: a user, or null for the platform's own jobs. */
  by: { userId: string; role: string } | null;
  reasons?: string | null;
  grade?: RiskGrade;
  priorApprovalBy?: string;
  /** Checked on the locked row; when it no longer holds the transition is skipped (returns null). */
  precondition?: (campaign: Campaign) => boolean;
  data?: Record<string, unknown>;
}

export interface TransitionResult {
  campaign: Campaign;
  from: CampaignStatus;
  to: CampaignStatus;
}

const TIMESTAMP_OF: Partial<Record<CampaignStatus, 'submittedAt' | 'approvedAt' | 'liveAt' | 'closedAt'>> = {
  submitted: 'submittedAt',
  approved: 'approvedAt',
  live: 'liveAt',
  succeeded: 'closedAt',
  failed: 'closedAt',
  cancelled: 'closedAt',
};

/**
 * The one way a campaign changes status: lock the row, ask the domain's
 * transition table, write the new status and its audit line in the caller's
 * transaction. Racing callers serialize on the row lock, so each sees the
 * status the previous one left.
 */
@Injectable()
export class CampaignTransitionsService {
  constructor(
    private readonly audit: AuditService,
    private readonly jobs: JobRunnerService,
    private readonly clock: ClockService,
  ) {}

  /** Locks the campaign's row in the caller's transaction (404 when there is none) and returns it. */
  async lock(manager: EntityManager, campaignId: string): Promise<Campaign> {
    const campaign = await manager.findOne(Campaign, {
      where: { id: campaignId },
      lock: { mode: 'pessimistic_write' },
    });
    if (!campaign) throw new NotFoundError('The campaign');
    return campaign;
  }

  /**
   * `target` is the campaign's id, or its row as `lock` returned it in this
   * same transaction (a caller that checked things on the locked row passes
   * it along instead of reading it again).
   */
  async apply(
    manager: EntityManager,
    target: string | Campaign,
    request: TransitionRequest,
  ): Promise<TransitionResult | null> {
    const campaign = typeof target === 'string' ? await this.lock(manager, target) : target;
    if (request.precondition && !request.precondition(campaign)) return null;

    const from = campaign.status;
    const plan = planTransition({
      from,
      action: request.action,
      actor: request.actor,
      grade: request.grade,
      priorApprovalBy: request.priorApprovalBy,
      actorId: request.by?.userId,
    });
    if (!plan.ok) throw transitionRefused(plan.reason, from, request.action);

    const timestamp = TIMESTAMP_OF[plan.to];
    // Business time, like the startsAt and endsAt it is compared and sorted with (the test clock moves it).
    const now = this.clock.now();
    await manager.update(
      Campaign,
      { id: campaign.id },
      { status: plan.to, ...(timestamp ? { [timestamp]: now } : {}) },
    );
    await this.audit.record(manager, {
      actorId: request.by?.userId ?? null,
      actorRole: request.by?.role ?? 'system',
      action: `campaign.${request.action}`,
      subjectType: 'campaign',
      subjectId: campaign.id,
      fromStatus: from,
      toStatus: plan.to,
      reasons: request.reasons ?? null,
      data: { version: campaign.version, ...request.data },
    });
    // The close and its settlement commit together (an outbox): the job exists exactly when the close does.
    if (plan.to === 'succeeded' || plan.to === 'failed' || plan.to === 'cancelled')
      await this.jobs.enqueue(
        manager,
        'campaign.settle',
        { campaignId: campaign.id },
        { dedupeKey: `campaign.settle:${campaign.id}` },
      );
    Object.assign(campaign, { status: plan.to, ...(timestamp ? { [timestamp]: now } : {}) });
    return { campaign, from, to: plan.to };
  }
}
