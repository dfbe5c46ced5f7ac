import * as path from 'node:path';
import { z } from 'zod';

const onOff = (fallback: 'on' | 'off') =>
  z
    .enum(['on', 'off', 'true', 'false', '1', '0'], { error: 'must be "on" or "off"' })
    .default(fallback)
    .transform((value) => value === 'on' || value === 'true' || value === '1');

const positiveInt = (fallback: number, max = 2 ** 31 - 1) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be at least 1').max(max, `must be at most ${max}`))
    .default(fallback);

/** A whole number whose default depends on other settings (resolved in loadConfig). */
const optionalPositiveInt = (max = 2 ** 31 - 1) =>
  z
    .string()
    .regex(/^\d+$/, 'must be a whole number')
    .transform(Number)
    .pipe(z.number().int().min(1, 'must be at least 1').max(max, `must be at most ${max}`))
    .optional();

/**
 * The limits per client address, by mode. With a live Stripe key they are the tight ones. In test
 * mode (the emulator, or test keys) the platform is a demo or a test bench: everyone is on one
 * address (the same machine) pledging with the same test cards, so they are wide.
 */
const ADDRESS_LIMITS = {
  live: { registrations: 200, pledgeAttempts: 200, pledgeDeclines: 20 },
  test: { registrations: 1000, pledgeAttempts: 2000, pledgeDeclines: 500 },
} as const;

/** Express's `trust proxy`: "true"/"false", a hop count, or a comma list of addresses, subnets or names. */
const trustProxy = z
  .string()
  .trim()
  .min(1)
  .default('false')
  .transform((value): boolean | number | string[] => {
    if (value === 'true') return true;
    if (value === 'false') return false;
    if (/^\d+$/.test(value)) return Number(value);
    return value
      .split(',')
      .map((part) => part.trim())
      .filter(Boolean);
  });

/** The environment variables Crowdstake reads; README.md lists them. Read once, at start. */
export const environmentSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { error: 'must be development, production or test' })
    .default('development'),
  PORT: z
    .string()
    .regex(/^\d+$/, 'must be a port number')
    .transform(Number)
    .pipe(z.number().int().min(0).max(65535, 'must be at most 65535'))
    .default(3000),
  HOST: z.string().trim().min(1).optional(),
  DATABASE_URL: z
    .string()
    .trim()
    .regex(/^postgres(ql)?:\/\/.+/, 'must be a postgres:// or postgresql:// URL')
    .optional(),
  DATABASE_SCHEMA: z
    .string()
    .regex(/^[a-z_][a-z0-9_]{0,62}$/, 'must be a lower-case SQL identifier')
    .default('public'),
  DATABASE_POOL_SIZE: positiveInt(10, 200),
  DATABASE_CONNECT_TIMEOUT_MS: positiveInt(5000, 120_000),
  DATA_DIR: z.string().trim().min(1).default('.data'),
  STORAGE_DIR: z.string().trim().min(1).optional(),
  FILE_STORE: z.enum(['postgres', 'local'], { error: 'must be "postgres" or "local"' }).default('postgres'),
  WEB_DIST_DIR: z.string().trim().min(1).optional(),
  STRIPE_SECRET_KEY: z
    .string()
    .trim()
    .regex(/^(sk|rk)_(test|live)_\w+$/, 'must be a Stripe secret key (sk_test_… or sk_live_…)')
    .optional(),
  STRIPE_PUBLISHABLE_KEY: z
    .string()
    .trim()
    .regex(/^pk_(test|live)_\w+$/, 'must be a Stripe publishable key (pk_…)')
    .optional(),
  STRIPE_WEBHOOK_SECRET: z
    .string()
    .trim()
    .regex(/^whsec_\w+$/, 'must be a Stripe webhook signing secret (whsec_…)')
    .optional(),
  /** A Stripe emulator run as its own server (`http://host:port`), used instead of starting one in the API. */
  STRIPE_EMULATOR_URL: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^/\s]+\/?$/, 'must be an http:// or https:// origin such as http://127.0.0.1:12111')
    .optional(),
  TEST_CLOCK: onOff('off'),
  TRUST_PROXY: trustProxy,
  REDIS_URL: z
    .string()
    .trim()
    .regex(/^rediss?:\/\/.+/, 'must be a redis:// or rediss:// URL')
    .optional(),
  LOG_LEVEL: z
    .enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'], {
      error: 'must be one of fatal, error, warn, info, debug, trace, silent',
    })
    .default('info'),
  LOG_FORMAT: z.enum(['json', 'pretty'], { error: 'must be json or pretty' }).optional(),
  DEMO_DATA: z.enum(['on', 'off'], { error: 'must be "on" or "off"' }).optional(),
  BODY_LIMIT_BYTES: positiveInt(512 * 1024),
  UPLOAD_MAX_BYTES: positiveInt(10 * 1024 * 1024),
  SESSION_TTL_HOURS: positiveInt(24 * 14),
  COOKIE_SECURE: z.enum(['auto', 'on', 'off'], { error: 'must be auto, on or off' }).default('auto'),
  LOGIN_MAX_FAILURES_PER_ACCOUNT: positiveInt(5),
  LOGIN_MAX_FAILURES_PER_IP: positiveInt(100),
  LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS: positiveInt(5),
  LOGIN_MAX_FAILURES_PER_DEVICE: positiveInt(5),
  TRUSTED_DEVICE_DAYS: positiveInt(180, 3650),
  DEVICE_COOKIE_SECRET: z.string().trim().min(32, 'must be at least 32 characters').optional(),
  LOGIN_WINDOW_SECONDS: positiveInt(15 * 60),
  REGISTER_MAX_PER_IP: optionalPositiveInt(),
  REGISTER_WINDOW_SECONDS: positiveInt(60 * 60),
  SCHEDULER_INTERVAL_MS: positiveInt(5000),
  PLEDGE_CANCELLATION_WINDOW_HOURS: positiveInt(48, 24 * 60),
  JOBS_INTERVAL_MS: positiveInt(1000),
  JOBS_LEASE_SECONDS: positiveInt(120, 24 * 60 * 60),
  /** The platform's fee on a succeeded campaign's collected total, in basis points (500 = 5 %). */
  PLATFORM_FEE_BPS: z
    .string()
    .regex(/^\d+$/, 'must be a whole number of basis points')
    .transform(Number)
    .pipe(z.number().int().max(10_000, 'must be at most 10000 (100 %)'))
    .default(500),
  PLEDGE_RETRY_WINDOW_DAYS: positiveInt(7, 60),
  /** Card-testing defence (docs/money.md): pledge attempts that reach Stripe, per window. */
  PLEDGE_MAX_ATTEMPTS_PER_ACCOUNT: positiveInt(100),
  PLEDGE_MAX_ATTEMPTS_PER_IP: optionalPositiveInt(),
  PLEDGE_MAX_ATTEMPTS_PER_CARD: positiveInt(30),
  /**
   * Whether the limits per card fingerprint apply. Stripe's test cards (and the emulator's) have
   * one fingerprint for everyone in test mode, so counting them per card counts every backer at
   * once (four people pledging with pm_card_visa at the same instant would be a "burst"): by
   * default on with a live key only.
   */
  PLEDGE_CARD_LIMITS: z.enum(['on', 'off'], { error: 'must be "on" or "off"' }).optional(),
  PLEDGE_ATTEMPT_WINDOW_SECONDS: positiveInt(60 * 60),
  /** Declined attempts (and attempts in flight, which may yet decline), per window. */
  PLEDGE_MAX_DECLINES_PER_ACCOUNT: positiveInt(5),
  PLEDGE_MAX_DECLINES_PER_IP: optionalPositiveInt(),
  PLEDGE_MAX_DECLINES_PER_CARD: positiveInt(3),
  PLEDGE_DECLINE_WINDOW_SECONDS: positiveInt(24 * 60 * 60),
  /** A pledge still pending this long (real time) is asked about at Stripe by the periodic sync. */
  PLEDGE_SYNC_AFTER_SECONDS: positiveInt(5 * 60),
  /** How often the sync looks for such pledges. */
  PLEDGE_SYNC_INTERVAL_MS: positiveInt(60_000),
  PLEDGE_ABANDONED_AFTER_SECONDS: positiveInt(60 * 60),
  /** Where mail goes out: an SMTP URL (smtp://user:pass@host:587, smtps://…); absent means the local mailbox. */
  SMTP_URL: z
    .string()
    .trim()
    .regex(/^smtps?:\/\/.+/, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().trim().min(3).max(200).default('Crowdstake <no-reply@crowdstake.local>'),
  /** The address people reach the platform at, for links in mail; absent means http://localhost:<port>. */
  PUBLIC_URL: z
    .string()
    .trim()
    .regex(/^https?:\/\/[^/\s]+\/?$/, 'must be an http(s) origin such as https://crowdstake.example')
    .optional(),
  PASSWORD_RESETS_PER_HOUR: positiveInt(5),
});

export type Environment = z.input<typeof environmentSchema>;

export interface AppConfig {
  env: 'development' | 'production' | 'test';
  port: number;
  host?: string;
  database: {
    /** A PostgreSQL server; absent means the embedded engine in `dataDir`. */
    url?: string;
    schema: string;
    poolSize: number;
    /** How long a request waits for a connection (a free one from the pool, or a new one) before a 503. */
    connectTimeoutMs: number;
  };
  dataDir: string;
  /** Files from FILE_STORE=local, and from versions before the database store (copied in from there). */
  storageDir: string;
  /** Where uploads live: the database, so every replica serves them, or `storageDir` on one machine. */
  fileStore: 'postgres' | 'local';
  webDistDir: string;
  stripe: {
    secretKey?: string;
    publishableKey?: string;
    webhookSecret?: string;
    /** An emulator running as its own server; absent (and no secretKey) means one started inside the API. */
    emulator?: { host: string; port: number; protocol: 'http' | 'https' };
  };
  testClock: boolean;
  trustProxy: boolean | number | string[];
  redisUrl?: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  /** Short readable lines for a person at a terminal; JSON lines for machines. */
  logFormat: 'json' | 'pretty';
  demoData: boolean;
  bodyLimitBytes: number;
  uploadMaxBytes: number;
  sessionTtlHours: number;
  cookieSecure: 'auto' | 'on' | 'off';
  /** Signs device tokens; absent means a secret generated once per deployment and kept in the database. */
  deviceCookieSecret?: string;
  rateLimits: {
    loginFailuresPerAccount: number;
    loginFailuresPerIp: number;
    /** Failures from one address at one account, for clients trusted by a known address. */
    loginFailuresPerAccountAddress: number;
    /** Failures from one trusted device (a valid device token) at its account. */
    loginFailuresPerDevice: number;
    loginWindowSeconds: number;
    /** How long a device token, and an address that signed in, stay trusted. */
    trustedDeviceDays: number;
    registrationsPerIp: number;
    registerWindowSeconds: number;
    /** Pledge attempts that reach Stripe, per window (card-testing defence). */
    pledgeAttemptsPerAccount: number;
    pledgeAttemptsPerIp: number;
    /** Per card fingerprint: the same card number across accounts and payment methods. */
    pledgeAttemptsPerCard: number;
    pledgeAttemptWindowSeconds: number;
    /** Declines (an attempt in flight counts as one until it turns out otherwise), per window. */
    pledgeDeclinesPerAccount: number;
    pledgeDeclinesPerIp: number;
    pledgeDeclinesPerCard: number;
    pledgeDeclineWindowSeconds: number;
    /** Whether the per-card limits apply (PLEDGE_CARD_LIMITS; by default only with a live key). */
    pledgeCardLimits: boolean;
  };
  schedulerIntervalMs: number;
  /** A backer may cancel a pledge until this many hours before the campaign's deadline. */
  pledgeCancellationWindowHours: number;
  /** How often the job runner looks for due background work. */
  jobsIntervalMs: number;
  /** How long a claimed job is its runner's: a process that dies holding one loses it after this. */
  jobsLeaseSeconds: number;
  /** The platform's fee on a succeeded campaign's collected total, in basis points. */
  platformFeeBps: number;
  /** Days (business time, from the deadline) a backer has to fix a card that failed at success. */
  pledgeRetryWindowDays: number;
  /** A pledge pending this many seconds is reconciled with Stripe by the periodic sync. */
  pledgeSyncAfterSeconds: number;
  pledgeSyncIntervalMs: number;
  /** A pledge still unpaid this long after it was made (3-D Secure never finished) is abandoned. */
  pledgeAbandonedAfterSeconds: number;
  mail: {
    /** Absent: mail is kept in the local mailbox (GET /api/dev/mailbox outside production). */
    smtpUrl?: string;
    from: string;
    /** Requests for a reset link per address and per email in an hour. */
    passwordResetsPerHour: number;
  };
  /** The origin links in mail point at; absent means http://localhost:<the port listened on>. */
  publicUrl?: string;
}

export class InvalidConfigurationError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
  }
}

/** The folder two levels above this file is the api package in both src/ and dist/. */
const apiPackageRoot = path.resolve(__dirname, '..', '..');

export function loadConfig(env: NodeJS.ProcessEnv, cwd = process.cwd()): AppConfig {
  // Empty strings count as unset, so `FOO= pnpm start` means "use the default".
  const present = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== undefined && value !== ''));
  const parsed = environmentSchema.safeParse(present);
  if (!parsed.success) {
    throw new InvalidConfigurationError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? 'environment');
        const got = present[name];
        return `${name} ${issue.message}${got === undefined ? '' : ` (got "${redactIfSecret(name, got)}")`}`;
      }),
    );
  }
  const e = parsed.data;
  if (e.NODE_ENV === 'production' && e.DEMO_DATA === 'on') {
    // The demo accounts (staff included) share a password printed in the README and at start.
    throw new InvalidConfigurationError([
      'DEMO_DATA must be off when NODE_ENV=production: the demo accounts, staff included, share a published password',
    ]);
  }
  if (e.STRIPE_EMULATOR_URL && e.STRIPE_SECRET_KEY) {
    throw new InvalidConfigurationError([
      'STRIPE_EMULATOR_URL and STRIPE_SECRET_KEY exclude each other: the first is the offline emulator, the second Stripe',
    ]);
  }
  if (e.STRIPE_EMULATOR_URL && !e.STRIPE_WEBHOOK_SECRET) {
    // The emulator signs its webhooks with the secret its endpoint was registered with; the API must know it.
    throw new InvalidConfigurationError([
      'STRIPE_WEBHOOK_SECRET is required with STRIPE_EMULATOR_URL (the secret the emulator signs webhooks to this API with)',
    ]);
  }
  const dataDir = path.resolve(cwd, e.DATA_DIR);
  // A live key moves real money: the card-testing defence is at its tightest.
  const live = /^(sk|rk)_live_/.test(e.STRIPE_SECRET_KEY ?? '');
  const addressLimits = ADDRESS_LIMITS[live ? 'live' : 'test'];
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    database: {
      url: e.DATABASE_URL,
      schema: e.DATABASE_SCHEMA,
      poolSize: e.DATABASE_POOL_SIZE,
      connectTimeoutMs: e.DATABASE_CONNECT_TIMEOUT_MS,
    },
    dataDir,
    storageDir: path.resolve(cwd, e.STORAGE_DIR ?? path.join(dataDir, 'files')),
    fileStore: e.FILE_STORE,
    webDistDir: path.resolve(cwd, e.WEB_DIST_DIR ?? path.join(apiPackageRoot, '..', 'web', 'dist')),
    stripe: {
      secretKey: e.STRIPE_SECRET_KEY,
      publishableKey: e.STRIPE_PUBLISHABLE_KEY,
      webhookSecret: e.STRIPE_WEBHOOK_SECRET,
      emulator: e.STRIPE_EMULATOR_URL ? emulatorEndpoint(e.STRIPE_EMULATOR_URL) : undefined,
    },
    testClock: e.TEST_CLOCK,
    trustProxy: e.TRUST_PROXY,
    redisUrl: e.REDIS_URL,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT ?? (process.stdout.isTTY ? 'pretty' : 'json'),
    demoData: e.DEMO_DATA ? e.DEMO_DATA === 'on' : !e.DATABASE_URL && e.NODE_ENV !== 'production',
    bodyLimitBytes: e.BODY_LIMIT_BYTES,
    uploadMaxBytes: e.UPLOAD_MAX_BYTES,
    sessionTtlHours: e.SESSION_TTL_HOURS,
    cookieSecure: e.COOKIE_SECURE,
    deviceCookieSecret: e.DEVICE_COOKIE_SECRET,
    rateLimits: {
      loginFailuresPerAccount: e.LOGIN_MAX_FAILURES_PER_ACCOUNT,
      loginFailuresPerIp: e.LOGIN_MAX_FAILURES_PER_IP,
      loginFailuresPerAccountAddress: e.LOGIN_MAX_FAILURES_PER_ACCOUNT_ADDRESS,
      loginFailuresPerDevice: e.LOGIN_MAX_FAILURES_PER_DEVICE,
      loginWindowSeconds: e.LOGIN_WINDOW_SECONDS,
      trustedDeviceDays: e.TRUSTED_DEVICE_DAYS,
      registrationsPerIp: e.REGISTER_MAX_PER_IP ?? addressLimits.registrations,
      registerWindowSeconds: e.REGISTER_WINDOW_SECONDS,
      pledgeAttemptsPerAccount: e.PLEDGE_MAX_ATTEMPTS_PER_ACCOUNT,
      pledgeAttemptsPerIp: e.PLEDGE_MAX_ATTEMPTS_PER_IP ?? addressLimits.pledgeAttempts,
      pledgeAttemptsPerCard: e.PLEDGE_MAX_ATTEMPTS_PER_CARD,
      pledgeAttemptWindowSeconds: e.PLEDGE_ATTEMPT_WINDOW_SECONDS,
      pledgeDeclinesPerAccount: e.PLEDGE_MAX_DECLINES_PER_ACCOUNT,
      pledgeDeclinesPerIp: e.PLEDGE_MAX_DECLINES_PER_IP ?? addressLimits.pledgeDeclines,
      pledgeDeclinesPerCard: e.PLEDGE_MAX_DECLINES_PER_CARD,
      pledgeDeclineWindowSeconds: e.PLEDGE_DECLINE_WINDOW_SECONDS,
      pledgeCardLimits: e.PLEDGE_CARD_LIMITS ? e.PLEDGE_CARD_LIMITS === 'on' : live,
    },
    schedulerIntervalMs: e.SCHEDULER_INTERVAL_MS,
    pledgeCancellationWindowHours: e.PLEDGE_CANCELLATION_WINDOW_HOURS,
    jobsIntervalMs: e.JOBS_INTERVAL_MS,
    jobsLeaseSeconds: e.JOBS_LEASE_SECONDS,
    platformFeeBps: e.PLATFORM_FEE_BPS,
    pledgeRetryWindowDays: e.PLEDGE_RETRY_WINDOW_DAYS,
    pledgeSyncAfterSeconds: e.PLEDGE_SYNC_AFTER_SECONDS,
    pledgeSyncIntervalMs: e.PLEDGE_SYNC_INTERVAL_MS,
    pledgeAbandonedAfterSeconds: e.PLEDGE_ABANDONED_AFTER_SECONDS,
    mail: { smtpUrl: e.SMTP_URL, from: e.MAIL_FROM, passwordResetsPerHour: e.PASSWORD_RESETS_PER_HOUR },
    publicUrl: e.PUBLIC_URL?.replace(/\/$/, ''),
  };
}

function emulatorEndpoint(url: string): { host: string; port: number; protocol: 'http' | 'https' } {
  const parsed = new URL(url);
  const protocol = parsed.protocol === 'https:' ? 'https' : 'http';
  return {
    host: parsed.hostname.replace(/^\[(.*)\]$/, '$1'),
    port: parsed.port ? Number(parsed.port) : protocol === 'https' ? 443 : 80,
    protocol,
  };
}

function redactIfSecret(name: string, value: string): string {
  if (/SECRET|KEY|PASSWORD|URL/.test(name)) return `${value.slice(0, 4)}…`;
  return value.length > 60 ? `${value.slice(0, 60)}…` : value;
}
