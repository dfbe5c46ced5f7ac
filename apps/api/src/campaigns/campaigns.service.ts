import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import {
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
} from '@crowdstake/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { QueryDeepPartialEntity } from 'typeorm/query-builder/QueryPartialEntity';
import { AuditService } from '../audit/audit.service';
import type { RequestAuth } from '../auth/request-auth';
import { ClockService } from '../clock/clock.service';
import { ForbiddenError, NotFoundError } from '../common/errors/app-error';
import { CompaniesService } from '../companies/companies.service';
import { CampaignAccessService } from './campaign-access.service';
import { CampaignTransitionsService } from './campaign-transitions.service';
import { CampaignRulesError, ConflictOfInterestError, NotEditableError } from './campaigns.errors';
import { Campaign, type StoredTerms } from './entities/campaign.entity';
import { CampaignMilestone } from './entities/campaign-milestone.entity';
import { RewardTier } from './entities/reward-tier.entity';

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

  async create(input: CampaignCreateInput, auth: RequestAuth): Promise<Campaign> {
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
      if (input.type === 'reward') await this.replaceTiers(manager, campaign.id, input.terms.tiers);
      await this.replaceMilestones(manager, campaign.id, input.milestones ?? []);
      await this.audit.record(manager, {
        actorId: auth.userId,
        actorRole: auth.role,
        action: 'campaign.created',
        subjectType: 'campaign',
        subjectId: campaign.id,
        toStatus: 'draft',
        data: { type: campaign.type, companyId: company.id },
      });
      return campaign;
    });
  }

  /**
   * Edits a draft (or a campaign sent back for changes). The patch is merged
   * into what is stored and the result judged by the same rules as a new
   * campaign, so no sequence of patches can reach a state a create could not.
   */
  async update(campaignId: string, rawPatch: CampaignPatchInput, auth: RequestAuth): Promise<Campaign> {
    const { campaign, relation } = await this.access.visible(campaignId, auth);
    if (relation !== 'owner') throw new ForbiddenError('Only the campaign’s founder can edit it.');
    if (!isEditableStatus(campaign.status)) throw new NotEditableError(campaign.status);
    // The generic patch schema could not check terms without the type; now we know it.
    const patch = campaignPatchSchemaFor(campaign.type).parse(rawPatch);

    const [tiers, milestones] = await Promise.all([this.tiersOf(campaign.id), this.milestonesOf(campaign.id)]);
    const merged = {
      type: campaign.type,
      terms: patch.terms ?? currentTerms(campaign, tiers),
      currency: patch.currency ?? campaign.currency,
      goal: patch.goal ?? campaign.goalMinor,
      // A share offering's maximum is derived from its terms, never carried over.
      maxAmount:
        patch.maxAmount !== undefined
          ? patch.maxAmount
          : campaign.type === 'shareholding'
            ? undefined
            : campaign.maxAmountMinor,
      startsAt: patch.startsAt ?? campaign.startsAt,
      endsAt: patch.endsAt ?? campaign.endsAt,
      milestones: patch.milestones !== undefined ? patch.milestones : milestones,
    } as CampaignDraft;
    const problems = checkCampaignRules(merged, this.clock.now());
    if (problems.length > 0) throw new CampaignRulesError(problems);

    return this.dataSource.transaction(async (manager) => {
      // Lock and re-check: a submission may have raced this edit.
      const locked = await manager.findOneOrFail(Campaign, {
        where: { id: campaign.id },
        lock: { mode: 'pessimistic_write' },
      });
      if (!isEditableStatus(locked.status)) throw new NotEditableError(locked.status);
      await manager.update(
        Campaign,
        { id: campaign.id },
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
      if (patch.terms !== undefined && merged.type === 'reward')
        await this.replaceTiers(manager, campaign.id, merged.terms.tiers);
      if (patch.milestones !== undefined) await this.replaceMilestones(manager, campaign.id, patch.milestones ?? []);
      await this.audit.record(manager, {
        actorId: auth.userId,
        actorRole: auth.role,
        action: 'campaign.updated',
        subjectType: 'campaign',
        subjectId: campaign.id,
        data: { version: locked.version + 1, fields: Object.keys(patch).sort() },
      });
      return manager.findOneOrFail(Campaign, { where: { id: campaign.id } });
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
  async draftOf(campaign: Campaign): Promise<CampaignDraft> {
    const [tiers, milestones] = await Promise.all([this.tiersOf(campaign.id), this.milestonesOf(campaign.id)]);
    return {
      type: campaign.type,
      terms: currentTerms(campaign, tiers),
      currency: campaign.currency,
      goal: campaign.goalMinor,
      maxAmount: campaign.type === 'shareholding' ? undefined : campaign.maxAmountMinor,
      startsAt: campaign.startsAt,
      endsAt: campaign.endsAt,
      milestones,
    } as unknown as CampaignDraft;
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

  async get(campaignId: string): Promise<Campaign> {
    const campaign = await this.dataSource.getRepository(Campaign).findOne({ where: { id: campaignId } });
    if (!campaign) throw new NotFoundError('The campaign');
    return campaign;
  }

  private tiersOf(campaignId: string): Promise<RewardTier[]> {
    return this.dataSource.getRepository(RewardTier).find({ where: { campaignId }, order: { position: 'ASC' } });
  }

  private async milestonesOf(campaignId: string): Promise<MilestoneInput[]> {
    const rows = await this.dataSource
      .getRepository(CampaignMilestone)
      .find({ where: { campaignId }, order: { position: 'ASC' } });
    return rows.map(({ title, description, shareBps, dueOn }) => ({ title, description, shareBps, dueOn }));
  }

  /** Drafts have no pledges, so their tiers can simply be replaced. */
  private async replaceTiers(manager: EntityManager, campaignId: string, tiers: RewardTierInput[]): Promise<void> {
    await manager.delete(RewardTier, { campaignId });
    if (tiers.length === 0) return;
    await manager.insert(
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
  }

  private async replaceMilestones(
    manager: EntityManager,
    campaignId: string,
    milestones: MilestoneInput[],
  ): Promise<void> {
    await manager.delete(CampaignMilestone, { campaignId });
    if (milestones.length === 0) return;
    await manager.insert(
      CampaignMilestone,
      milestones.map((milestone, position) => ({ campaignId, position, ...milestone })),
    );
  }
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
