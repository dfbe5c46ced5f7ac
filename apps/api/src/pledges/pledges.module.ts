import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { InvestorProfile } from './entities/investor-profile.entity';
import { Pledge } from './entities/pledge.entity';
import { InvestorProfilesController } from './investor-profiles.controller';
import { InvestorProfilesService } from './investor-profiles.service';
import { PledgePlacementService } from './pledge-placement.service';

@Module({
  imports: [TypeOrmModule.forFeature([Pledge, InvestorProfile]), CampaignsModule],
  controllers: [InvestorProfilesController],
  providers: [InvestorProfilesService, PledgePlacementService],
  exports: [InvestorProfilesService, PledgePlacementService],
})
export class PledgesModule {}
