import { Injectable } from '@nestjs/common';
import {
  computeRiskAssessment,
  type DocumentKind,
  type RiskConfig,
  type RiskInput,
  type StoredRiskAssessment,
  disclosureLength,
} from '@crowdstake/domain';
import type { EntityManager } from 'typeorm';
import type { Campaign } from '../campaigns/entities/campaign.entity';
import { Campaign as CampaignEntity } from '../campaigns/entities/campaign.entity';
import { ClockService } from '../clock/clock.service';
import { Company } from '../companies/company.entity';
import { RiskAssessmentRecord } from './review.entities';

/**
 * Computes a campaign's risk assessment at submission from what the platform
 * knows (the scoring itself is pure, in packages/domain) and stores it with
 * the campaign version and the figures it judged.
 */
@Injectable()
export class RiskAssessmentService {
  /** The domain's default revenue bands per currency; other figures would be passed here. */
  private readonly config: RiskConfig = {};

  constructor(private readonly clock: ClockService) {}

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
    await manager.update(
      CampaignEntity,
      { id: campaign.id },
      { risk: view, riskScore: assessment.score, riskGrade: assessment.grade },
    );
    return view;
  }

  async gatherInput(manager: EntityManager, campaign: Campaign): Promise<RiskInput> {
    const company = await manager.findOneOrFail(Company, { where: { id: campaign.companyId } });
    const documents = (await manager.query(`SELECT DISTINCT kind FROM company_documents WHERE company_id = $1`, [
      company.id,
    ])) as { kind: DocumentKind }[];
    const documentKinds = documents.map((row) => row.kind);

    const [outcomes] = (await manager.query(
      `SELECT count(*) FILTER (WHERE status = 'succeeded')::int AS succeeded,
              count(*) FILTER (WHERE status = 'failed')::int AS failed,
              count(*) FILTER (WHERE status = 'cancelled')::int AS cancelled,
              count(*) FILTER (WHERE status = 'rejected')::int AS rejected
         FROM campaigns WHERE owner_id = $1 AND id <> $2`,
      [campaign.ownerId, campaign.id],
    )) as { succeeded: number; failed: number; cancelled: number; rejected: number }[];

    // The same company or the same person on another account, and whether any such account was suspended.
    const [matches] = (await manager.query(
      `SELECT bool_or(c.registration_key = $2) AS registration,
              bool_or($3::text IS NOT NULL AND c.identity_key = $3) AS identity,
              bool_or(u.status = 'suspended') AS suspended
         FROM companies c JOIN users u ON u.id = c.owner_id
        WHERE c.owner_id <> $1 AND (c.registration_key = $2 OR ($3::text IS NOT NULL AND c.identity_key = $3))`,
      [campaign.ownerId, company.registrationKey, company.identityKey],
    )) as { registration: boolean | null; identity: boolean | null; suspended: boolean | null }[];
    const [owner] = (await manager.query(`SELECT status FROM users WHERE id = $1`, [campaign.ownerId])) as {
      status: string;
    }[];

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
      earlierCampaigns: outcomes ?? { succeeded: 0, failed: 0, cancelled: 0, rejected: 0 },
      duplicateRegistrationNumber: matches?.registration === true,
      duplicateIdentity: matches?.identity === true,
      blacklisted: matches?.suspended === true || owner?.status === 'suspended',
      riskDisclosureLength: disclosureLength(campaign.risks),
    };
  }
}
