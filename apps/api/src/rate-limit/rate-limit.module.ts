import { Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import Redis from 'ioredis';
import { RateLimiterPostgres, RateLimiterRedis, type RateLimiterAbstract } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/config.schema';
import { AttemptLimiter } from './attempt-limiter';

export const LOGIN_ACCOUNT_LIMITER = Symbol('LOGIN_ACCOUNT_LIMITER');
export const LOGIN_IP_LIMITER = Symbol('LOGIN_IP_LIMITER');
export const LOGIN_ACCOUNT_ADDRESS_LIMITER = Symbol('LOGIN_ACCOUNT_ADDRESS_LIMITER');
export const LOGIN_DEVICE_LIMITER = Symbol('LOGIN_DEVICE_LIMITER');
/** Not a limit: remembers (account, address) pairs that signed in, for as long as a device stays trusted. */
export const KNOWN_SIGN_IN_ADDRESSES = Symbol('KNOWN_SIGN_IN_ADDRESSES');
export const REGISTER_IP_LIMITER = Symbol('REGISTER_IP_LIMITER');
/** Pledge attempts that reach Stripe, and declines, per account, address and card fingerprint. */
export const PLEDGE_LIMITERS = Symbol('PLEDGE_LIMITERS');
export const PASSWORD_RESET_IP_LIMITER = Symbol('PASSWORD_RESET_IP_LIMITER');
export const PASSWORD_RESET_EMAIL_LIMITER = Symbol('PASSWORD_RESET_EMAIL_LIMITER');
const REDIS_CLIENT = Symbol('REDIS_CLIENT');

interface PgPool {
  query(text: string, values?: unknown[]): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

type LimiterFactory = (keyPrefix: string, points: number, durationSeconds: number) => RateLimiterAbstract;

function limiterFactory(config: AppConfig, dataSource: DataSource, redis: Redis | null): LimiterFactory {
  if (redis) {
    return (keyPrefix, points, duration) => new RateLimiterRedis({ storeClient: redis, keyPrefix, points, duration });
  }
  const pool = (dataSource.driver as unknown as { master: PgPool }).master;
  // The library names its prepared statements; the embedded engine shares one session among all
  // connections, where named statements would collide, so queries go through unnamed. It also reads
  // `rowCount`, which the embedded engine's wire layer does not always report for a SELECT, so the
  // count is taken from the rows themselves.
  const unnamed = {
    query: async (q: { text: string; values?: unknown[] }) => {
      const result = await pool.query(q.text, q.values);
      return { ...result, rowCount: result.rows.length };
    },
  };
  return (keyPrefix, points, duration) =>
    new RateLimiterPostgres({
      storeClient: unnamed,
      storeType: 'pool',
      tableName: 'rate_limits',
      schemaName: config.database.schema,
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix,
      points,
      duration,
    });
}

/** A provider of one AttemptLimiter: its key prefix, and its attempts per window from the configuration. */
function attemptLimiter(
  token: symbol,
  keyPrefix: string,
  figures: (limits: AppConfig['rateLimits'], config: AppConfig) => [number, number],
) {
  return {
    provide: token,
    inject: [APP_CONFIG, 'LIMITER_FACTORY'],
    useFactory: (config: AppConfig, make: LimiterFactory) => {
      const [maxAttempts, windowSeconds] = figures(config.rateLimits, config);
      return new AttemptLimiter(make(keyPrefix, maxAttempts, windowSeconds), maxAttempts);
    },
  };
}

export interface PledgeLimiters {
  attempts: { account: AttemptLimiter; ip: AttemptLimiter; card: AttemptLimiter };
  declines: { account: AttemptLimiter; ip: AttemptLimiter; card: AttemptLimiter };
}

@Global()
@Module({
  providers: [
    {
      provide: REDIS_CLIENT,
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) =>
        config.redisUrl ? new Redis(config.redisUrl, { lazyConnect: false, maxRetriesPerRequest: 2 }) : null,
    },
    {
      provide: 'LIMITER_FACTORY',
      inject: [APP_CONFIG, getDataSourceToken(), REDIS_CLIENT],
      useFactory: limiterFactory,
    },
    attemptLimiter(LOGIN_ACCOUNT_LIMITER, 'login_account', (limits) => [
      limits.loginFailuresPerAccount,
      limits.loginWindowSeconds,
    ]),
    attemptLimiter(LOGIN_IP_LIMITER, 'login_ip', (limits) => [limits.loginFailuresPerIp, limits.loginWindowSeconds]),
    attemptLimiter(LOGIN_ACCOUNT_ADDRESS_LIMITER, 'login_account_ip', (limits) => [
      limits.loginFailuresPerAccountAddress,
      limits.loginWindowSeconds,
    ]),
    attemptLimiter(LOGIN_DEVICE_LIMITER, 'login_device', (limits) => [
      limits.loginFailuresPerDevice,
      limits.loginWindowSeconds,
    ]),
    attemptLimiter(KNOWN_SIGN_IN_ADDRESSES, 'login_known_ip', (limits) => [1, limits.trustedDeviceDays * 86400]),
    attemptLimiter(REGISTER_IP_LIMITER, 'register_ip', (limits) => [
      limits.registrationsPerIp,
      limits.registerWindowSeconds,
    ]),
    {
      provide: PLEDGE_LIMITERS,
      inject: [APP_CONFIG, 'LIMITER_FACTORY'],
      useFactory: (config: AppConfig, make: LimiterFactory): PledgeLimiters => {
        const limits = config.rateLimits;
        const limiter = (prefix: string, points: number, window: number) =>
          new AttemptLimiter(make(prefix, points, window), points);
        return {
          attempts: {
            account: limiter('pledge_account', limits.pledgeAttemptsPerAccount, limits.pledgeAttemptWindowSeconds),
            ip: limiter('pledge_ip', limits.pledgeAttemptsPerIp, limits.pledgeAttemptWindowSeconds),
            card: limiter('pledge_card', limits.pledgeAttemptsPerCard, limits.pledgeAttemptWindowSeconds),
          },
          declines: {
            account: limiter('decline_account', limits.pledgeDeclinesPerAccount, limits.pledgeDeclineWindowSeconds),
            ip: limiter('decline_ip', limits.pledgeDeclinesPerIp, limits.pledgeDeclineWindowSeconds),
            card: limiter('decline_card', limits.pledgeDeclinesPerCard, limits.pledgeDeclineWindowSeconds),
          },
        };
      },
    },
    // Reset links per address and per email: enough for a person, too few to flood an inbox.
    attemptLimiter(PASSWORD_RESET_IP_LIMITER, 'password_reset_ip', (_limits, config) => [
      config.mail.passwordResetsPerHour * 4,
      3600,
    ]),
    attemptLimiter(PASSWORD_RESET_EMAIL_LIMITER, 'password_reset_email', (_limits, config) => [
      config.mail.passwordResetsPerHour,
      3600,
    ]),
  ],
  exports: [
    PLEDGE_LIMITERS,
    LOGIN_ACCOUNT_LIMITER,
    LOGIN_IP_LIMITER,
    LOGIN_ACCOUNT_ADDRESS_LIMITER,
    LOGIN_DEVICE_LIMITER,
    KNOWN_SIGN_IN_ADDRESSES,
    REGISTER_IP_LIMITER,
    PASSWORD_RESET_IP_LIMITER,
    PASSWORD_RESET_EMAIL_LIMITER,
  ],
})
export class RateLimitModule implements OnApplicationShutdown {
  constructor(@Inject(REDIS_CLIENT) private readonly redis: Redis | null) {}

  async onApplicationShutdown(): Promise<void> {
    await this.redis?.quit();
  }
}
