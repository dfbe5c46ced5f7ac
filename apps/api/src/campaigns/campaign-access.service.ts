import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { isPublicStatus, isStaff } from '@crowdstake/domain';
import { DataSource, type EntityManager } from 'typeorm';
import type { RequestAuth } from '../auth/request-auth';
import { NotFoundError } from '../common/errors/app-error';
import { CompaniesService } from '../companies/companies.service';
import { Campaign } from './entities/campaign.entity';

/** How the caller stands to a campaign. */
export type CampaignRelation = 'owner' | 'member' | 'staff' | 'public';

/**
 * Who may see a campaign: its founder, the company's members and staff
 * always; anyone else only once it is approved. To everyone else it does not
 * exist (404, not 403), so drafts and rejections leak nothing.
 */
@Injectable()
export class CampaignAccessService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly companies: CompaniesService,
  ) {}

  async visible(
    campaignId: string,
    auth: RequestAuth | null,
  ): Promise<{ campaign: Campaign; relation: CampaignRelation }> {
    const campaign = await this.dataSource.getRepository(Campaign).findOne({ where: { id: campaignId } });
    if (!campaign) throw new NotFoundError('The campaign');
    const relation = await this.relationOf(campaign, auth);
    if (!relation) throw new NotFoundError('The campaign');
    return { campaign, relation };
  }

  /** `manager`: the caller's transaction, when the campaign was read (and locked) in one. */
  async relationOf(
    campaign: Campaign,
    auth: RequestAuth | null,
    manager: EntityManager = this.dataSource.manager,
  ): Promise<CampaignRelation | null> {
    if (auth?.userId === campaign.ownerId) return 'owner';
    if (auth && (await this.companies.belongsTo(campaign.companyId, auth.userId, manager))) return 'member';
    if (auth && isStaff(auth.role)) return 'staff';
    return isPublicStatus(campaign.status) ? 'public' : null;
  }
}
