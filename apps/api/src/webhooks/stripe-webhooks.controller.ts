import { Controller, Headers, HttpCode, Inject, Post, type RawBodyRequest, Req } from '@nestjs/common';
import { ApiExcludeEndpoint } from '@nestjs/swagger';
import type { Request } from 'express';
import { Public } from '../auth/access.decorators';
import { ValidationFailedError } from '../common/errors/app-error';
import { PAYMENT_GATEWAY, type PaymentGateway } from '../payments/payment-gateway';
import { WebhookSignatureError } from '../payments/payments.errors';
import { StripeWebhooksService } from './stripe-webhooks.service';

@Controller('webhooks')
export class StripeWebhooksController {
  constructor(
    @Inject(PAYMENT_GATEWAY) private readonly gateway: PaymentGateway,
    private readonly webhooks: StripeWebhooksService,
  ) {}

  /** Stripe's signed events; a bad signature is 400 and changes nothing. */
  @Post('stripe')
  @HttpCode(200)
  @Public()
  @ApiExcludeEndpoint()
  async stripe(
    @Req() request: RawBodyRequest<Request>,
    @Headers('stripe-signature') signature: string | undefined,
  ): Promise<{ received: true; duplicate: boolean }> {
    let event;
    try {
      event = this.gateway.parseWebhook(request.rawBody ?? Buffer.alloc(0), signature);
    } catch (error) {
      if (error instanceof WebhookSignatureError)
        throw new ValidationFailedError('The webhook signature does not verify.');
      throw error;
    }
    const applied = await this.webhooks.apply(event);
    return { received: true, duplicate: !applied };
  }
}
