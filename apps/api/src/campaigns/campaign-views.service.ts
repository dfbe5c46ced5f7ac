import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type {
  BondTerms,
  CampaignSummaryView,
  CampaignView,
  CompanyPublicView,
  MilestoneView,
  RewardTierView,
  RiskAudience,
  ShareholdingTerms,
} from '@crowdstake/domain';
import { riskViewFor } from '@crowdstake/domain';
import { DataSource, In } from 'typeorm';
import { CompaniesService } from '../companies/companies.service';
import type { CampaignRelation } from './campaign-access.service';
import type { Campaign } from './entities/campaign.entity';
import { CampaignMilestone } from './entities/campaign-milestone.entity';
import { RewardTier } from './entities/reward-tier.entity';

export function tierView(tier: RewardTier): RewardTierView {
  return {
    id: tier.id,
    title: tier.title,
    description: tier.description,
    price: tier.priceMinor,
    ...(tier.quantity === null ? {} : { quantity: tier.quantity }),
    estimatedDelivery: tier.estimatedDelivery,
    sold: tier.sold,
    remaining: tier.quantity === null ? null : tier.quantity - tier.sold,
  };
}

function milestoneView(milestone: CampaignMilestone): MilestoneView {
  return {
    id: milestone.id,
    title: milestone.title,
    description: milestone.description,
    shareBps: milestone.shareBps,
    dueOn: milestone.dueOn,
    status: milestone.status,
  };
}

/** The rows a campaign's view is built from besides the campaign itself. */
export interface CampaignParts {
  company: CompanyPublicView;
  tiers: RewardTier[];
  milestones: CampaignMilestone[];
}

/**
 * Whose eyes the risk assessment is for: the company's owner and members see
 * its figures anyway, so they get the exact reasons; staff also the outcome
 * of their own checks; everyone else only the public bands.
 */
export function riskAudienceOf(relation: CampaignRelation): RiskAudience {
  if (relation === 'owner' || relation === 'member') return 'company';
  return relation;
}

export const campaignImageUrl = (imageId: string) => `/api/campaign-images/${imageId}`;

/**
 * Turns campaign rows into the API's views. Lists are hydrated with one query
 * per related table for the whole page (companies, tiers), never one per campaign.
 */
@Injectable()
export class CampaignViewsService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompaniesService,
  ) {}

  /** The full view; rows the caller already holds (`known`, e.g. just inserted) are not read again. */
  async detail(campaign: Campaign, audience: RiskAudience, known: Partial<CampaignParts> = {}): Promise<CampaignView> {
    const [company, tiers, milestones] = await Promise.all([
      known.company ?? this.companyOf(campaign),
      known.tiers ??
        (campaign.type === 'reward'
          ? this.dataSource
              .getRepository(RewardTier)
              .find({ where: { campaignId: campaign.id }, order: { position: 'ASC' } })
          : []),
      known.milestones ??
        this.dataSource
          .getRepository(CampaignMilestone)
          .find({ where: { campaignId: campaign.id }, order: { position: 'ASC' } }),
    ]);
    return {
      ...summaryView(campaign, company, tiers),
      description: campaign.description,
      risks: campaign.risks,
      useOfFunds: campaign.useOfFunds,
      milestones: milestones.map(milestoneView),
      risk: riskViewFor(campaign.risk, audience),
    } as CampaignView;
  }

  async summaries(campaigns: Campaign[]): Promise<CampaignSummaryView[]> {
    if (campaigns.length === 0) return [];
    const rewardIds = campaigns.filter((c) => c.type === 'reward').map((c) => c.id);
    const [companies, tiers] = await Promise.all([
      this.companies.publicViews(campaigns.map((c) => c.companyId)),
      rewardIds.length === 0
        ? Promise.resolve([] as RewardTier[])
        : this.dataSource
            .getRepository(RewardTier)
            .find({ where: { campaignId: In(rewardIds) }, order: { position: 'ASC' } }),
    ]);
    const tiersByCampaign = new Map<string, RewardTier[]>();
    for (const tier of tiers)
      tiersByCampaign.set(tier.campaignId, [...(tiersByCampaign.get(tier.campaignId) ?? []), tier]);
    return campaigns.map((campaign) => {
      const company = companies.get(campaign.companyId);
      if (!company) throw new Error(`campaign ${campaign.id} has no company`);
      return summaryView(campaign, company, tiersByCampaign.get(campaign.id) ?? []);
    });
  }

  private async companyOf(campaign: Campaign): Promise<CompanyPublicView> {
    const company = (await this.companies.publicViews([campaign.companyId])).get(campaign.companyId);
    if (!company) throw new Error(`campaign ${campaign.id} has no company`);
    return company;
  }
}

function summaryView(campaign: Campaign, company: CompanyPublicView, tiers: RewardTier[]): CampaignSummaryView {
  return {
    id: campaign.id,
    type: campaign.type,
    status: campaign.status,
    title: campaign.title,
    summary: campaign.summary,
    currency: campaign.currency,
    goal: campaign.goalMinor,
    maxAmount: campaign.maxAmountMinor,
    raised: campaign.raisedMinor,
    backers: campaign.backersCount,
    startsAt: campaign.startsAt.toISOString(),
    endsAt: campaign.endsAt.toISOString(),
    terms: termsView(campaign, tiers),
    risk:
      campaign.riskScore === null || campaign.riskGrade === null
        ? null
        : { score: campaign.riskScore, grade: campaign.riskGrade },
    company,
    coverImageUrl: campaign.coverImageId ? campaignImageUrl(campaign.coverImageId) : null,
    createdAt: campaign.createdAt.toISOString(),
    updatedAt: campaign.updatedAt.toISOString(),
    submittedAt: campaign.submittedAt?.toISOString() ?? null,
    liveAt: campaign.liveAt?.toISOString() ?? null,
  } as CampaignSummaryView;
}

function termsView(campaign: Campaign, tiers: RewardTier[]) {
  switch (campaign.type) {
    case 'reward':
      return { tiers: tiers.map(tierView), allowDonations: campaign.terms.allowDonations === true };
    case 'bond':
      return campaign.terms as unknown as BondTerms;
    case 'shareholding':
      return campaign.terms as unknown as ShareholdingTerms;
  }
}
