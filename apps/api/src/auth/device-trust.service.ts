import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/app-config';
import { deploymentSecret } from '../database/deployment-secret';
import type { AppConfig } from '../config/config.schema';

const SECRET_NAME = 'device_token';

/**
 * Device tokens (OWASP's "device cookies"): after a successful sign-in the
 * client receives `<deviceId>.<issuedAt>.<mac>`, an HMAC over the account's
 * email, the device id and the time. A sign-in attempt that presents a valid
 * token for the account it names is counted against that device only, so a
 * stranger's failures cannot lock the owner out of a device they used before.
 *
 * The key is DEVICE_COOKIE_SECRET when set; otherwise one random secret per
 * deployment, created on first start in the `deployment_secrets` table, so
 * every replica (and the embedded engine across restarts) agrees on it.
 */
@Injectable()
export class DeviceTrustService implements OnModuleInit {
  private key: Buffer | null = null;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    if (this.config.deviceCookieSecret) {
      this.key = Buffer.from(this.config.deviceCookieSecret, 'utf8');
      return;
    }
    this.key = await deploymentSecret(this.dataSource, SECRET_NAME);
  }

  get maxAgeMs(): number {
    return this.config.rateLimits.trustedDeviceDays * 86_400_000;
  }

  /** A token for this account on this device: the device keeps its id when it already had one. */
  issue(email: string, deviceId: string | null, now = Date.now()): string {
    const id = deviceId ?? randomBytes(16).toString('base64url');
    const issuedAt = Math.floor(now / 1000).toString(36);
    return `${id}.${issuedAt}.${this.mac(email, id, issuedAt)}`;
  }

  /** The device id when the token is genuine, was issued for this email and has not expired; otherwise null. */
  verify(token: string | undefined, email: string, now = Date.now()): string | null {
    if (!token || token.length > 200) return null;
    const [id, issuedAt, mac, ...rest] = token.split('.');
    if (!id || !issuedAt || !mac || rest.length > 0) return null;
    const expected = Buffer.from(this.mac(email, id, issuedAt));
    const given = Buffer.from(mac);
    if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
    const issuedMs = parseInt(issuedAt, 36) * 1000;
    if (!Number.isFinite(issuedMs) || now - issuedMs > this.maxAgeMs || issuedMs - now > 60_000) return null;
    return id;
  }

  private mac(email: string, id: string, issuedAt: string): string {
    if (!this.key) throw new Error('DeviceTrustService used before its secret was loaded');
    return createHmac('sha256', this.key).update(`device|${email}|${id}|${issuedAt}`).digest('base64url');
  }
}
