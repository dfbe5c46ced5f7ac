import { Module } from '@nestjs/common';
import { PaymentsModule } from '../payments/payments.module';
import { PayoutsModule } from '../payouts/payouts.module';
import { PledgesModule } from '../pledges/pledges.module';
import { StripeWebhooksController } from './stripe-webhooks.controller';
import { StripeWebhooksService } from './stripe-webhooks.service';

@Module({
  imports: [PaymentsModule, PledgesModule, PayoutsModule],
  controllers: [StripeWebhooksController],
  providers: [StripeWebhooksService],
})
export class WebhooksModule {}
