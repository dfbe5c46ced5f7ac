import { Controller, Get, Inject } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Public } from '../auth/access.decorators';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/config.schema';
import { PAYMENT_GATEWAY, type PaymentGateway } from './payment-gateway';
import { ApiDoc } from '../openapi/api-doc';
import * as S from '../openapi/answer-schemas';

/** What the web needs to take a card: with real Stripe its publishable key; with the emulator, the test cards. */
@ApiTags('pledges')
@Controller('payments')
export class PaymentsConfigController {
  constructor(
    @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  @ApiDoc({ summary: 'What the web needs to take a card', answer: S.paymentsConfigSchema })
  @Get('config')
  @Public()
  paymentsConfig(): { mode: 'stripe' | 'emulator'; publishableKey: string | null } {
    return {
      mode: this.gateway.mode,
      publishableKey: this.gateway.mode === 'stripe' ? (this.config.stripe.publishableKey ?? null) : null,
    };
  }
}
