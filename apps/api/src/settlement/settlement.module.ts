import { Module } from '@nestjs/common';
import { PaymentsModule } from '../payments/payments.module';
import { CampaignsModule } from '../campaigns/campaigns.module';
import { PledgesModule } from '../pledges/pledges.module';
import { CampaignSettlementController } from './campaign-settlement.controller';
import { MoneyTrailController } from './money-trail.controller';
import { CampaignReleaseService } from './campaign-release.service';
import { RefundAfterReleaseService } from './refund-after-release.service';
import { SettlementService } from './settlement.service';

@Module({
  imports: [PaymentsModule, PledgesModule, CampaignsModule],
  controllers: [MoneyTrailController, CampaignSettlementController],
  providers: [SettlementService, CampaignReleaseService, RefundAfterReleaseService],
})
export class SettlementModule {}
