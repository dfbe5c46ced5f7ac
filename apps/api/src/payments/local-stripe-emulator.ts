import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { OnApplicationBootstrap, OnModuleDestroy } from '@nestjs/common';
import type { HttpAdapterHost } from '@nestjs/core';
import { CURRENCY_EXPONENTS } from '@crowdstake/domain';
import { start, type EmulatorHandle } from '@crowdstake/stripe-emulator';

/** The path Stripe's webhooks are posted to (docs/api.md: `POST /api/webhooks/stripe`). */
export const STRIPE_WEBHOOK_PATH = '/api/webhooks/stripe';

/** The float the offline default's platform starts with, per currency (10,000 of each). */
export const PLATFORM_FLOAT_MAJOR_UNITS = 10_000;

/**
 * The offline default: with no STRIPE_SECRET_KEY the API starts the Stripe emulator in its own
 * process, on a free loopback port, and talks to it through the same SDK and code path as to
 * Stripe. Once the HTTP server listens, the emulator's webhooks are pointed at it. Its state
 * lives in this process's memory and ends with it.
 */
export class LocalStripeEmulator implements OnApplicationBootstrap, OnModuleDestroy {
  private constructor(
    readonly handle: EmulatorHandle,
    readonly webhookSecret: string,
    private readonly adapterHost: HttpAdapterHost | null,
  ) {}

  static async start(webhookSecret: string, adapterHost: HttpAdapterHost | null): Promise<LocalStripeEmulator> {
    const handle = await start({ host: '127.0.0.1', port: 0 });
    // The platform's own float, as a real platform keeps at Stripe: it bears Stripe's processing
    // fees, which on a small campaign exceed its own fee, so a payout needs money beyond what that
    // campaign brought in (docs/money.md, "The platform's float").
    for (const [currency, exponent] of Object.entries(CURRENCY_EXPONENTS))
      handle.control.topUp(PLATFORM_FLOAT_MAJOR_UNITS * 10 ** exponent, currency);
    return new LocalStripeEmulator(handle, webhookSecret, adapterHost);
  }

  /** Test support and development: faults, 3-D Secure completion, webhook misbehaviour. */
  get control(): EmulatorHandle['control'] {
    return this.handle.control;
  }

  onApplicationBootstrap(): void {
    const server = this.adapterHost?.httpAdapter?.getHttpServer() as Server | undefined;
    if (!server || typeof server.once !== 'function') return; // the CLI has no HTTP server
    const pointWebhooks = () => {
      const address = server.address() as AddressInfo | null;
      if (!address || typeof address !== 'object') return;
      this.pointWebhooksAt(`http://127.0.0.1:${address.port}${STRIPE_WEBHOOK_PATH}`);
    };
    if (server.listening) pointWebhooks();
    else server.once('listening', pointWebhooks);
  }

  /** Sends every event to `url`, signed with this emulator's webhook secret (replacing any earlier target). */
  pointWebhooksAt(url: string): void {
    for (const endpoint of [...this.handle.control.webhooks.endpoints])
      this.handle.control.webhooks.removeEndpoint(endpoint.id);
    this.handle.control.webhooks.addEndpoint(url, this.webhookSecret);
  }

  async onModuleDestroy(): Promise<void> {
    await this.handle.close();
  }
}
