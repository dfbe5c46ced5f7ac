import { Logger, Module } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { newWebhookSecret } from '@crowdstake/stripe-emulator';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/config.schema';
import { LocalStripeEmulator } from './local-stripe-emulator';
import { PaymentsConfigController } from './payments-config.controller';
import { PAYMENT_GATEWAY, type PaymentGateway } from './payment-gateway';
import { StripeGateway } from './stripe-gateway';

/**
 * Provides the PaymentGateway: Stripe itself when STRIPE_SECRET_KEY is set, otherwise the local
 * emulator started here (LocalStripeEmulator, null with real Stripe).
 */
@Module({
  controllers: [PaymentsConfigController],
  providers: [
    {
      provide: LocalStripeEmulator,
      inject: [APP_CONFIG, { token: HttpAdapterHost, optional: true }],
      useFactory: async (config: AppConfig, adapterHost?: HttpAdapterHost): Promise<LocalStripeEmulator | null> =>
        config.stripe.secretKey
          ? null
          : LocalStripeEmulator.start(config.stripe.webhookSecret ?? newWebhookSecret(), adapterHost ?? null),
    },
    {
      provide: PAYMENT_GATEWAY,
      inject: [APP_CONFIG, LocalStripeEmulator],
      useFactory: (config: AppConfig, emulator: LocalStripeEmulator | null): PaymentGateway => {
        if (emulator) {
          if (config.env === 'production') {
            new Logger('Payments').warn(
              'No STRIPE_SECRET_KEY: payments go to the local Stripe emulator, and no real money moves.',
            );
          }
          return new StripeGateway({
            mode: 'emulator',
            secretKey: 'sk_test_emulator',
            webhookSecret: emulator.webhookSecret,
            endpoint: { host: emulator.handle.host, port: emulator.handle.port, protocol: 'http' },
          });
        }
        if (!config.stripe.webhookSecret) {
          throw new Error(
            'STRIPE_WEBHOOK_SECRET is required with STRIPE_SECRET_KEY (the endpoint signing secret, whsec_…).',
          );
        }
        return new StripeGateway({
          mode: 'stripe',
          secretKey: config.stripe.secretKey!,
          webhookSecret: config.stripe.webhookSecret,
        });
      },
    },
  ],
  exports: [PAYMENT_GATEWAY, LocalStripeEmulator],
})
export class PaymentsModule {}
