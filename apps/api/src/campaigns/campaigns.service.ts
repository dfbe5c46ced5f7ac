import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
  campaignCurrencyChangeProblems,
  type CampaignCreateInput,
  type CampaignDraft,
  type CampaignPatchInput,
  campaignPatchSchemaFor,
  checkCampaignRules,
  effectiveMaxAmount,
  isEditableStatus,
  type MilestoneInput,
  type Page,
  type PaginationQuery,
  type RewardTierInput,
  type StoredRiskAssessment,
} from '@crowdstake/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditService } from '../audit/audit.service';
import type { RequestAuth } from '../auth/request-auth';
import { ClockService } from '../clock/clock.service';
import { ForbiddenError, NotFoundError, ValidationFailedError } from '../common/errors/app-error';
import { CompaniesService } from '../companies/companies.service';
import { companyPublicView } from '../companies/company-views';
import { CampaignAccessService } from './campaign-access.service';
import { CampaignTransitionsService } from './campaign-transitions.service';
import type { CampaignParts } from './campaign-views.service';
import { CampaignRulesError, ConflictOfInterestError, NotEditableError } from './campaigns.errors';
import { Campaign, type StoredTerms } from './entities/campaign.entity';
import { CampaignMilestone } from './entities/campaign-milestone.entity';
import { RewardTier } from './entities/reward-tier.entity';

export interface CampaignWithParts {
  campaign: Campaign;
  parts: CampaignParts;
}

/** Founders' side of campaigns: drafting, editing, their own list. Review and the lifecycle live elsewhere. */
@Injectable()
export class CampaignsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly access: CampaignAccessService,
    private readonly companies: CompaniesService,
    private readonly audit: AuditService,
    private readonly clock: ClockService,
    private readonly transitions: CampaignTransitionsService,
  ) {}

  /** Drafts a campaign; returns it with the rows it wrote, so the answer needs no read-back. */
  async create(input: CampaignCreateInput, auth: RequestAuth): Promise<CampaignWithParts> {
    const { company, relation } = await this.companies.withRelation(input.companyId, auth);
    if (relation !== 'owner') throw new ForbiddenError('You can start campaigns only for a company you own.');
    const problems = checkCampaignRules(input, this.clock.now());
    if (problems.length > 0) throw new CampaignRulesError(problems);

    return this.dataSource.transaction(async (manager) => {
      const campaign = await manager.save(
        manager.create(Campaign, {
          companyId: company.id,
          ownerId: auth.userId,
          type: input.type,
          title: input.title,
          summary: input.summary,
          description: input.description,
          risks: input.risks ?? null,
          useOfFunds: input.useOfFunds ?? null,
          currency: input.currency,
          goalMinor: input.goal,
          maxAmountMinor: effectiveMaxAmount(input),
          startsAt: new Date(input.startsAt),
          endsAt: new Date(input.endsAt),
          terms: storedTerms(input),
          annualRateBps: input.type === 'bond' ? input.terms.annualRateBps : null,
        }),
      );
      // A new campaign has no rows to replace: insert them straight away.
      const tiers = input.type === 'reward' ? await insertTiers(manager, campaign.id, input.terms.tiers) : [];
      const milestones = await insertMilestones(manager, campaign.id, input.milestones ?? []);
      await this.audit.record(manager, {
        actorId: auth.userId,
        actorRole: auth.role,
        action: 'campaign.created',
        subjectType: 'campaign',
        subjectId: campaign.id,
        toStatus: 'draft',
        data: { type: campaign.type, companyId: company.id },
      });
      return { campaign, parts: { company: companyPublicView(company), tiers, milestones } };
    });
  }

  /**
   * Edits a draft (or a campaign sent back for changes). The patch is merged
   * into the campaign as it stands on the locked row, and the result judged by
   * the same rules as a new campaign, so no sequence of patches can reach a
   * state a create could not, and two edits at once cannot erase each other:
   * the second waits for the lock and merges into what the first wrote.
   */
  async update(campaignId: string, rawPatch: CampaignPatchInput, auth: RequestAuth): Promise<Campaign> {
    const { campaign, relation } = await this.access.visible(campaignId, auth);
    if (relation !== 'owner') throw new ForbiddenError('Only the campaign’s founder can edit it.');
    // Answered before taking the lock; re-checked on the locked row below.
    if (!isEditableStatus(campaign.status)) throw new NotEditableError(campaign.status);
    // The generic patch schema could not check terms without the type (which never changes); now we know it.
    const patch = campaignPatchSchemaFor(campaign.type).parse(rawPatch);

    return this.dataSource.transaction(async (manager) => {
      const locked = await manager.findOneOrFail(Campaign, {
        where: { id: campaign.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!isEditableStatus(locked.status)) throw new NotEditableError(locked.status);
      // Read after the lock: whatever an edit before this one wrote is what this one builds on.
      const stored = await this.draftOf(locked, manager);
      const currencyProblems = campaignCurrencyChangeProblems(stored, patch);
      if (currencyProblems.length > 0)
        throw new ValidationFailedError(
          'A new currency needs the goal, the maximum and the prices in the terms stated in it; amounts are not converted.',
          currencyProblems,
        );
      const merged = {
        type: locked.type,
        terms: patch.terms ?? stored.terms,
        currency: patch.currency ?? stored.currency,
        goal: patch.goal ?? stored.goal,
        // A share offering's maximum is derived from its terms, never carried over.
        maxAmount: patch.maxAmount !== undefined ? patch.maxAmount : stored.maxAmount,
        startsAt: patch.startsAt ?? stored.startsAt,
        endsAt: patch.endsAt ?? stored.endsAt,
        milestones: patch.milestones !== undefined ? patch.milestones : stored.milestones,
      } as CampaignDraft;
      const problems = checkCampaignRules(merged, this.clock.now());
      if (problems.length > 0) throw new CampaignRulesError(problems);

      await manager.update(
        Campaign,
        { id: locked.id },
        {
          title: patch.title ?? locked.title,
          summary: patch.summary ?? locked.summary,
          description: patch.description ?? locked.description,
          risks: patch.risks !== undefined ? patch.risks : locked.risks,
          useOfFunds: patch.useOfFunds !== undefined ? patch.useOfFunds : locked.useOfFunds,
          currency: merged.currency,
          goalMinor: merged.goal,
          maxAmountMinor: effectiveMaxAmount(merged),
          startsAt: new Date(merged.startsAt),
          endsAt: new Date(merged.endsAt),
          // TypeORM's update typing cannot see through a JSON column's record type.
          terms: storedTerms(merged) as QueryDeepPartialEntity<StoredTerms>,
          annualRateBps: merged.type === 'bond' ? merged.terms.annualRateBps : null,
          version: locked.version + 1,
        },
      );
      // Drafts have no pledges, so their tiers and milestones can simply be replaced.
      if (patch.terms !== undefined && merged.type === 'reward') {
        await manager.delete(RewardTier, { campaignId: locked.id });
        await insertTiers(manager, locked.id, merged.terms.tiers);
      }
      if (patch.milestones !== undefined) {
        await manager.delete(CampaignMilestone, { campaignId: locked.id });
        await insertMilestones(manager, locked.id, patch.milestones ?? []);
      }
      await this.audit.record(manager, {
        actorId: auth.userId,
        actorRole: auth.role,
        action: 'campaign.updated',
        subjectType: 'campaign',
        subjectId: locked.id,
        data: { version: locked.version + 1, fields: Object.keys(patch).sort() },
      });
      return manager.findOneOrFail(Campaign, { where: { id: locked.id } });
    });
  }

  /**
   * Stops an approved or live campaign: its founder may (before any money is
   * settled), and so may a reviewer. Reasons go to the founder and backers.
   */
  async cancel(campaignId: string, reasons: string, auth: RequestAuth): Promise<Campaign> {
    const { campaign, relation } = await this.access.visible(campaignId, auth);
    const actor = relation === 'owner' ? 'owner' : auth.role === 'reviewer' ? 'reviewer' : null;
    if (!actor) throw new ForbiddenError('Only the campaign’s founder or a reviewer can cancel it.');
    // A reviewer who is or was one of the company's people cannot stop (or spare) its campaign.
    if (actor === 'reviewer' && (await this.companies.wasEverMember(campaign.companyId, auth.userId)))
      throw new ConflictOfInterestError();
    return this.dataSource.transaction(async (manager) => {
      const result = await this.transitions.apply(manager, campaignId, {
        action: 'cancel',
        actor,
        by: { userId: auth.userId, role: auth.role },
        reasons,
      });
      return (result as NonNullable<typeof result>).campaign;
    });
  }

  /** The stored campaign as the cross-field rules see it (submission re-checks them: time has passed since the draft). */
  async draftOf(campaign: Campaign, manager: EntityManager = this.dataSource.manager): Promise<CampaignDraft> {
    const tiers = await manager.find(RewardTier, { where: { campaignId: campaign.id }, order: { position: 'ASC' } });
    const milestones = await manager.find(CampaignMilestone, {
      where: { campaignId: campaign.id },
      order: { position: 'ASC' },
    });
    return {
      type: campaign.type,
      terms: currentTerms(campaign, tiers),
      currency: campaign.currency,
      goal: campaign.goalMinor,
      maxAmount: campaign.type === 'shareholding' ? undefined : campaign.maxAmountMinor,
      startsAt: campaign.startsAt,
      endsAt: campaign.endsAt,
      milestones: milestones.map(({ title, description, shareBps, dueOn }) => ({
        title,
        description,
        shareBps,
        dueOn,
      })),
    } as unknown as CampaignDraft;
  }

  /** How the owner's other campaigns ended (the risk assessment's track record), in the caller's transaction. */
  async outcomesOfOwner(
    manager: EntityManager,
    ownerId: string,
    exceptCampaignId: string,
  ): Promise<{ succeeded: number; failed: number; cancelled: number; rejected: number }> {
    const [outcomes] = (await manager.query(
      `SELECT count(*) FILTER (WHERE status = 'succeeded')::int AS succeeded,
              count(*) FILTER (WHERE status = 'failed')::int AS failed,
              count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
              count(*) FILTER (WHERE status = 'rejected')::int AS rejected
         FROM campaigns WHERE owner_id = $1 AND id <> $2`,
      [ownerId, exceptCampaignId],
    )) as { succeeded: number; failed: number; cancelled: number; rejected: number }[];
    return outcomes ?? { succeeded: 0, failed: 0, cancelled: 0, rejected: 0 };
  }

  /** Stores the risk assessment computed at submission on the campaign (in the submission's transaction). */
  async recordRisk(manager: EntityManager, campaignId: string, risk: StoredRiskAssessment): Promise<void> {
    await manager.update(Campaign, { id: campaignId }, { risk, riskScore: risk.score, riskGrade: risk.grade });
  }

  async listOwned(auth: RequestAuth, page: PaginationQuery): Promise<Page<Campaign>> {
    const [items, total] = await this.dataSource.getRepository(Campaign).findAndCount({
      where: { ownerId: auth.userId },
      order: { updatedAt: 'DESC', id: 'ASC' },
      skip: (page.page - 1) * page.pageSize,
      take: page.pageSize,
    });
    return { items, total, page: page.page, pageSize: page.pageSize };
  }

  /** The campaign's status, or null when there is no such campaign (for other modules' jobs and checks). */
  async statusOf(campaignId: string): Promise<Campaign['status'] | null> {
    const campaign = await this.dataSource
      .getRepository(Campaign)
      .findOne({ select: { id: true, status: true }, where: { id: campaignId } });
    return campaign?.status ?? null;
  }

  async get(campaignId: string): Promise<Campaign> {
    const campaign = await this.dataSource.getRepository(Campaign).findOne({ where: { id: campaignId } });
    if (!campaign) throw new NotFoundError('The campaign');
    return campaign;
  }
}

/** Inserts the tiers and returns them as stored (their ids and `sold` come back from the insert). */
async function insertTiers(
  manager: EntityManager,
  campaignId: string,
  tiers: RewardTierInput[],
): Promise<RewardTier[]> {
  if (tiers.length === 0) return [];
  const rows = manager.create(
    RewardTier,
    tiers.map((tier, position) => ({
      campaignId,
      position,
      title: tier.title,
      description: tier.description,
      priceMinor: tier.price,
      quantity: tier.quantity ?? null,
      estimatedDelivery: tier.estimatedDelivery,
    })),
  );
  await manager.insert(RewardTier, rows);
  return rows;
}

async function insertMilestones(
  manager: EntityManager,
  campaignId: string,
  milestones: readonly MilestoneInput[],
): Promise<CampaignMilestone[]> {
  if (milestones.length === 0) return [];
  const rows = manager.create(
    CampaignMilestone,
    milestones.map((milestone, position) => ({ campaignId, position, ...milestone })),
  );
  await manager.insert(CampaignMilestone, rows);
  return rows;
}

function storedTerms(draft: CampaignDraft): StoredTerms {
  if (draft.type === 'reward') return { allowDonations: draft.terms.allowDonations };
  return { ...draft.terms };
}

function currentTerms(campaign: Campaign, tiers: RewardTier[]) {
  if (campaign.type !== 'reward') return campaign.terms;
  return {
    allowDonations: campaign.terms.allowDonations === true,
    tiers: tiers.map((tier) => ({
      title: tier.title,
      description: tier.description,
      price: tier.priceMinor,
      ...(tier.quantity === null ? {} : { quantity: tier.quantity }),
      estimatedDelivery: tier.estimatedDelivery,
    })),
  };
}
