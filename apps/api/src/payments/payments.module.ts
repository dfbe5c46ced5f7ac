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
 * Provides the PaymentGateway: Stripe itself when STRIPE_SECRET_KEY is set; an emulator running
 * as its own server when STRIPE_EMULATOR_URL is set (its state outlives this process: a restart
 * finds every object and idempotency key where it was); otherwise the local emulator started
 * here (LocalStripeEmulator, null in the other two cases).
 */
@Module({
  controllers: [PaymentsConfigController],
  providers: [
    {
      provide: LocalStripeEmulator,
      inject: [APP_CONFIG, { token: HttpAdapterHost, optional: true }],
      useFactory: async (config: AppConfig, adapterHost?: HttpAdapterHost): Promise<LocalStripeEmulator | null> =>
        config.stripe.secretKey || config.stripe.emulator
          ? null
          : LocalStripeEmulator.start(config.stripe.webhookSecret ?? newWebhookSecret(), adapterHost ?? null),
    },
    {
      provide: PAYMENT_GATEWAY,
      inject: [APP_CONFIG, LocalStripeEmulator],
      useFactory: (config: AppConfig, emulator: LocalStripeEmulator | null): PaymentGateway => {
        if (!config.stripe.secretKey && config.env === 'production') {
          new Logger('Payments').warn(
            'No STRIPE_SECRET_KEY: payments go to the Stripe emulator, and no real money moves.',
          );
        }
        if (emulator) {
          return new StripeGateway({
            mode: 'emulator',
            secretKey: 'sk_test_emulator',
            webhookSecret: emulator.webhookSecret,
            endpoint: { host: emulator.handle.host, port: emulator.handle.port, protocol: 'http' },
          });
        }
        if (config.stripe.emulator) {
          // Whoever runs the emulator registers this API's webhook endpoint with the same secret (README).
          return new StripeGateway({
            mode: 'emulator',
            secretKey: 'sk_test_emulator',
            webhookSecret: config.stripe.webhookSecret!,
            endpoint: config.stripe.emulator,
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
