import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Inject, Injectable } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/config.schema';

/**
 * The origin that links in mail point at: PUBLIC_URL, or this server on localhost. Never the
 * request's Host header, which an attacker chooses (a reset link pointing at their site).
 */
@Injectable()
export class PublicUrl {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly adapterHost: HttpAdapterHost,
  ) {}

  origin(): string {
    if (this.config.publicUrl) return this.config.publicUrl;
    const server = this.adapterHost.httpAdapter?.getHttpServer() as Server | undefined;
    const address = server?.address() as AddressInfo | string | null | undefined;
    const port = address && typeof address === 'object' ? address.port : this.config.port;
    return `http://localhost:${port}`;
  }
}
