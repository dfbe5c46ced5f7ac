import { Injectable } from '@nestjs/common';
import {
  computeRiskAssessment,
  type RiskConfig,
  type RiskInput,
  type StoredRiskAssessment,
  disclosureLength,
} from '@crowdstake/domain';
import type { EntityManager } from 'typeorm';
import { CampaignsService } from '../campaigns/campaigns.service';
import type { Campaign } from '../campaigns/entities/campaign.entity';
import { ClockService } from '../clock/clock.service';
import { CompaniesService } from '../companies/companies.service';
import { UsersService } from '../users/users.service';
import { RiskAssessmentRecord } from './review.entities';

/**
 * Computes a campaign's risk assessment at submission from what the platform
 * knows (the scoring itself is pure, in packages/domain) and stores it with
 * the campaign version and the figures it judged. The facts come from the
 * modules that own them (companies, campaigns, users), read in the
 * submission's transaction.
 */
@Injectable()
export class RiskAssessmentService {
  /** The domain's default revenue bands per currency; other figures would be passed here. */
  private readonly config: RiskConfig = {};

  constructor(
    private readonly clock: ClockService,
    private readonly campaigns: CampaignsService,
    private readonly companies: CompaniesService,
    private readonly users: UsersService,
  ) {}

  /** Stores both the exact and the public reasons of every factor; who sees which is decided when it is read. */
  async assess(manager: EntityManager, campaign: Campaign): Promise<StoredRiskAssessment> {
    const input = await this.gatherInput(manager, campaign);
    const now = this.clock.now();
    const assessment = computeRiskAssessment(input, now, this.config);
    const view: StoredRiskAssessment = { ...assessment, assessedAt: now.toISOString() };
    await manager.insert(RiskAssessmentRecord, {
      campaignId: campaign.id,
      campaignVersion: campaign.version,
      score: assessment.score,
      grade: assessment.grade,
      factors: assessment.factors,
      input,
      assessedAt: now,
    });
    await this.campaigns.recordRisk(manager, campaign.id, view);
    return view;
  }

  async gatherInput(manager: EntityManager, campaign: Campaign): Promise<RiskInput> {
    const facts = await this.companies.riskFacts(manager, campaign.companyId, campaign.ownerId);
    const earlierCampaigns = await this.campaigns.outcomesOfOwner(manager, campaign.ownerId, campaign.id);
    // The same company or the same person on another account, and whether any such account (or the owner's) was suspended.
    const blacklisted = await this.users.anySuspended([campaign.ownerId, ...facts.matchingOwnerIds], manager);
    const { company, documentKinds } = facts;

    return {
      // Identity details and an identity document on file; the reviewer checks them (checklist: identity).
      identityVerified: company.founderIdentity !== null && documentKinds.includes('identity'),
      foundedOn: company.foundedOn,
      annualRevenue: company.annualRevenue,
      totalDebt: company.totalDebt,
      companyCurrency: company.currency,
      goal: campaign.goalMinor,
      campaignCurrency: campaign.currency,
      documentKinds,
      earlierCampaigns,
      duplicateRegistrationNumber: facts.duplicateRegistrationNumber,
      duplicateIdentity: facts.duplicateIdentity,
      blacklisted,
      riskDisclosureLength: disclosureLength(campaign.risks),
    };
  }
}
