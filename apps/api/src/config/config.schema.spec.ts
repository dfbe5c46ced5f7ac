import * as path from 'node:path';
import { InvalidConfigurationError, loadConfig } from './config.schema';

describe('loadConfig', () => {
  it('runs on embedded defaults with an empty environment', () => {
    const config = loadConfig({}, '/srv/crowdstake');
    expect(config).toMatchObject({
      port: 3000,
      database: { url: undefined, schema: 'public', poolSize: 10 },
      dataDir: '/srv/crowdstake/.data',
      storageDir: path.join('/srv/crowdstake/.data', 'files'),
      fileStore: 'postgres',
      testClock: false,
      trustProxy: false,
      demoData: true,
    });
  });

  it('reads a PostgreSQL server and turns demo data off by default there', () => {
    const config = loadConfig({
      DATABASE_URL: 'postgres://u:p@db:5432/crowdstake',
      PORT: '8080',
      TRUST_PROXY: '1',
      TEST_CLOCK: 'on',
    });
    expect(config.database.url).toBe('postgres://u:p@db:5432/crowdstake');
    expect(config).toMatchObject({ port: 8080, trustProxy: 1, testClock: true, demoData: false });
  });

  it('counts pledge attempts per card only with a live key: test cards are shared by everyone', () => {
    expect(loadConfig({}).rateLimits.pledgeCardLimits).toBe(false);
    expect(loadConfig({ STRIPE_SECRET_KEY: 'sk_test_abc' }).rateLimits.pledgeCardLimits).toBe(false);
    expect(loadConfig({ STRIPE_SECRET_KEY: 'sk_live_abc' }).rateLimits.pledgeCardLimits).toBe(true);
    expect(loadConfig({ PLEDGE_CARD_LIMITS: 'on' }).rateLimits.pledgeCardLimits).toBe(true);
    expect(
      loadConfig({ STRIPE_SECRET_KEY: 'sk_live_abc', PLEDGE_CARD_LIMITS: 'off' }).rateLimits.pledgeCardLimits,
    ).toBe(false);
  });

  it('keeps the per-address limits tight with a live key and wide in test mode, unless set', () => {
    expect(loadConfig({ STRIPE_SECRET_KEY: 'sk_live_abc' }).rateLimits).toMatchObject({
      registrationsPerIp: 200,
      pledgeAttemptsPerIp: 200,
      pledgeDeclinesPerIp: 20,
    });
    expect(loadConfig({}).rateLimits).toMatchObject({
      registrationsPerIp: 1000,
      pledgeAttemptsPerIp: 2000,
      pledgeDeclinesPerIp: 500,
    });
    expect(loadConfig({ PLEDGE_MAX_DECLINES_PER_IP: '7' }).rateLimits.pledgeDeclinesPerIp).toBe(7);
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ PORT: '' }).port).toBe(3000);
  });

  it('parses TRUST_PROXY lists', () => {
    expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toEqual(['loopback', '10.0.0.0/8']);
  });

  it.each([
    [{ PORT: 'abc' }, 'PORT'],
    [{ PORT: '70000' }, 'PORT'],
    [{ DATABASE_URL: 'mysql://x' }, 'DATABASE_URL'],
    [{ TEST_CLOCK: 'maybe' }, 'TEST_CLOCK'],
    [{ LOG_LEVEL: 'loud' }, 'LOG_LEVEL'],
    [{ STRIPE_SECRET_KEY: 'nope' }, 'STRIPE_SECRET_KEY'],
    [{ DATABASE_POOL_SIZE: '0' }, 'DATABASE_POOL_SIZE'],
    [{ REDIS_URL: 'http://x' }, 'REDIS_URL'],
    [{ FILE_STORE: 's3' }, 'FILE_STORE'],
    [{ DEVICE_COOKIE_SECRET: 'too short' }, 'DEVICE_COOKIE_SECRET'],
  ])('refuses %j and names the variable', (env, name) => {
    expect(() => loadConfig(env)).toThrow(InvalidConfigurationError);
    try {
      loadConfig(env);
    } catch (error) {
      expect((error as Error).message).toContain(name);
    }
  });

  it('lists every problem at once and never echoes a secret whole', () => {
    try {
      loadConfig({ PORT: 'x', STRIPE_SECRET_KEY: 'supersecretvalue' });
      throw new Error('expected a configuration error');
    } catch (error) {
      const problems = (error as InvalidConfigurationError).problems;
      expect(problems).toHaveLength(2);
      expect((error as Error).message).not.toContain('supersecretvalue');
    }
  });

  describe('a Stripe emulator run as its own server', () => {
    it('reads its address and the webhook secret it signs with', () => {
      const config = loadConfig({ STRIPE_EMULATOR_URL: 'http://127.0.0.1:12111', STRIPE_WEBHOOK_SECRET: 'whsec_abc' });
      expect(config.stripe).toMatchObject({
        secretKey: undefined,
        webhookSecret: 'whsec_abc',
        emulator: { host: '127.0.0.1', port: 12111, protocol: 'http' },
      });
    });

    it.each([
      [{ STRIPE_EMULATOR_URL: 'http://127.0.0.1:12111' }, /STRIPE_WEBHOOK_SECRET is required with STRIPE_EMULATOR_URL/],
      [
        { STRIPE_EMULATOR_URL: 'http://e:1', STRIPE_WEBHOOK_SECRET: 'whsec_a', STRIPE_SECRET_KEY: 'sk_test_a' },
        /exclude each other/,
      ],
      [{ STRIPE_EMULATOR_URL: 'ftp://e:1/path', STRIPE_WEBHOOK_SECRET: 'whsec_a' }, /STRIPE_EMULATOR_URL/],
    ])('refuses %j', (env, message) => {
      expect(() => loadConfig(env)).toThrow(message);
    });

    it('leases claimed jobs for 120 seconds unless told otherwise', () => {
      expect(loadConfig({}).jobsLeaseSeconds).toBe(120);
      expect(loadConfig({ JOBS_LEASE_SECONDS: '5' }).jobsLeaseSeconds).toBe(5);
    });
  });

  describe('demo data in production', () => {
    it('refuses DEMO_DATA=on with NODE_ENV=production, saying why', () => {
      expect(() => loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'on' })).toThrow(InvalidConfigurationError);
      expect(() => loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'on' })).toThrow(
        /DEMO_DATA must be off when NODE_ENV=production/,
      );
    });

    it('never seeds by default in production, even on the embedded engine', () => {
      expect(loadConfig({ NODE_ENV: 'production' }).demoData).toBe(false);
      expect(loadConfig({ NODE_ENV: 'production', DEMO_DATA: 'off' }).demoData).toBe(false);
    });

    it('still seeds by default in development on the embedded engine', () => {
      expect(loadConfig({ NODE_ENV: 'development' }).demoData).toBe(true);
    });
  });
});
