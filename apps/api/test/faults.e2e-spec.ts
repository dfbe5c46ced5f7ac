import { CuttableProxy } from './support/cuttable-proxy';
import { aUser, type SignedInUser } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const serverUrl = process.env.DATABASE_URL;
if (!serverUrl) {
  process.stdout.write(
    'faults.e2e-spec: skipped, it cuts a TCP proxy in front of the PostgreSQL server (set DATABASE_URL).\n',
  );
}
const describeOnServer = serverUrl ? describe : describe.skip;

/** An unreachable database is a 503 with Retry-After and a plain sentence, never a 500, and never a hang. */
describeOnServer('when the database is unreachable', () => {
  let t: TestApp;
  let proxy: CuttableProxy;
  let backer: SignedInUser;

  beforeAll(async () => {
    const url = new URL(serverUrl!);
    proxy = new CuttableProxy({ host: url.hostname, port: Number(url.port || 5432) });
    url.hostname = '127.0.0.1';
    url.port = String(await proxy.start());
    t = await startTestApp({ DATABASE_URL: url.toString() });
    backer = await aUser(t, 'backer');
  });
  afterAll(async () => {
    await proxy?.restore();
    await t?.close();
    await proxy?.cut();
  });

  function expectUnavailable(response: { status: number; headers: Record<string, string>; body: unknown }): void {
    expect(response.status).toBe(503);
    expect(response.headers['retry-after']).toBe('5');
    expect(response.body).toMatchObject({
      statusCode: 503,
      error: 'Service Unavailable',
      code: 'service_unavailable',
      message: 'Crowdstake is briefly unavailable. Please try again in a moment.',
    });
  }

  it('answers 503 with Retry-After on every kind of route while the server is gone, and recovers', async () => {
    await t.http().get('/api/campaigns').expect(200);
    await proxy.cut();

    expectUnavailable(await t.http().get('/api/campaigns'));
    // Through the access guard, which looks the session up.
    expectUnavailable(await t.http().get('/api/me').set('Authorization', backer.auth));
    expectUnavailable(await t.http().post('/api/auth/login').send({ email: backer.email, password: backer.password }));

    const health = await t.http().get('/api/health').expect(503);
    expect(health.headers['retry-after']).toBe('5');
    expect(health.body).toMatchObject({ status: 'degraded', checks: { database: 'down' }, database: 'down' });

    await proxy.restore();
    await t.http().get('/api/campaigns').expect(200);
    await t.http().get('/api/me').set('Authorization', backer.auth).expect(200);
    const healthy = await t.http().get('/api/health').expect(200);
    expect(healthy.body).toMatchObject({ status: 'ok', checks: { database: 'up' }, database: 'up' });
  });

  it('fails fast with a 503 when the server accepts connections but never answers', async () => {
    proxy.stall();
    const started = Date.now();
    expectUnavailable(await t.http().get('/api/campaigns'));
    // The pool's connection timeout (5 s) bounds the wait, with room for a slow machine.
    expect(Date.now() - started).toBeLessThan(15_000);

    await proxy.restore();
    await t.http().get('/api/campaigns').expect(200);
  });
});
