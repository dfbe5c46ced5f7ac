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
});
