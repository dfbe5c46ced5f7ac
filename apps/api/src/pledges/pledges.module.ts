import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CompaniesModule } from '../companies/companies.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { PaymentsModule } from '../payments/payments.module';
import { InvestorProfile } from './entities/investor-profile.entity';
import { Pledge } from './entities/pledge.entity';
import { InvestorProfilesController } from './investor-profiles.controller';
import { InvestorProfilesService } from './investor-profiles.service';
import { PledgeAttemptGuard } from './pledge-attempt-guard';
import { PledgePaymentsService } from './pledge-payments.service';
import { PledgePlacementService } from './pledge-placement.service';
import { PledgeSyncService } from './pledge-sync.service';
import { PledgesController } from './pledges.controller';
import { PledgesService } from './pledges.service';

@Module({
  imports: [TypeOrmModule.forFeature([Pledge, InvestorProfile]), CampaignsModule, CompaniesModule, PaymentsModule],
  controllers: [PledgesController, InvestorProfilesController],
  providers: [
    PledgeAttemptGuard,
    InvestorProfilesService,
    PledgePlacementService,
    PledgePaymentsService,
    PledgesService,
    PledgeSyncService,
  ],
  exports: [InvestorProfilesService, PledgePlacementService, PledgePaymentsService, PledgesService],
})
export class PledgesModule {}
