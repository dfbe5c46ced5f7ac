import { Module, type OnModuleInit } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompaniesModule } from '../companies/companies.module';
import { CompaniesService } from '../companies/companies.service';
import { uploadsModule } from '../storage/upload-options';
import { CampaignAccessService } from './campaign-access.service';
import { CampaignCapacityService } from './campaign-capacity.service';
import { CampaignImagesService } from './campaign-images.service';
import { CampaignLifecycleService } from './campaign-lifecycle.service';
import { CampaignListingService } from './campaign-listing.service';
import { CampaignTransitionsService } from './campaign-transitions.service';
import { CampaignViewsService } from './campaign-views.service';
import { CampaignsController } from './campaigns.controller';
import { CampaignsService } from './campaigns.service';
import { CampaignImage } from './entities/campaign-image.entity';
import { CampaignMilestone } from './entities/campaign-milestone.entity';
import { Campaign } from './entities/campaign.entity';
import { RewardTier } from './entities/reward-tier.entity';

@Module({
  imports: [
    TypeOrmModule.forFeature([Campaign, RewardTier, CampaignMilestone, CampaignImage]),
    CompaniesModule,
    uploadsModule(),
  ],
  controllers: [CampaignsController],
  providers: [
    CampaignsService,
    CampaignAccessService,
    CampaignListingService,
    CampaignViewsService,
    CampaignTransitionsService,
    CampaignLifecycleService,
    CampaignImagesService,
    CampaignCapacityService,
  ],
  exports: [
    CampaignCapacityService,
    CampaignsService,
    CampaignAccessService,
    CampaignViewsService,
    CampaignTransitionsService,
    CampaignLifecycleService,
    CampaignListingService,
  ],
})
export class CampaignsModule implements OnModuleInit {
  constructor(
    private readonly companies: CompaniesService,
    private readonly listing: CampaignListingService,
  ) {}

  /** The companies module asks about campaigns through this answer, not by reading the campaigns table. */
  onModuleInit(): void {
    this.companies.answerCampaignQuestionsWith(this.listing);
  }
}
