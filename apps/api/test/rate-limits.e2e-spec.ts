import { aRegistration, aUser, count } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('rate limits on sign-in and registration', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
      LOGIN_MAX_FAILURES_PER_IP: '6',
      REGISTER_MAX_PER_IP: '20',
      // X-Forwarded-For from loopback is trusted, so each test can speak from its own address.
      TRUST_PROXY: 'loopback',
    });
  });
  afterAll(async () => {
    await t?.close();
  });

  const login = (email: string, password: string, ip: string) =>
    t.http().post('/api/auth/login').set('X-Forwarded-For', ip).send({ email, password });

  it('locks an account after too many failures, even for the right password, with Retry-After', async () => {
    const user = await aUser(t, 'backer');
    for (let attempt = 0; attempt < 3; attempt += 1)
      expect((await login(user.email, 'wrong password!', '10.0.0.1')).status).toBe(401);
    const locked = await login(user.email, user.password, '10.0.0.2');
    expect(locked.status).toBe(429);
    expect(locked.body).toMatchObject({ code: 'too_many_requests', message: expect.stringMatching(/try again/i) });
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('a successful sign-in clears the account counter', async () => {
    const user = await aUser(t, 'backer');
    for (let attempt = 0; attempt < 2; attempt += 1) await login(user.email, 'wrong password!', '10.0.1.1').expect(401);
    await login(user.email, user.password, '10.0.1.1').expect(200);
    for (let attempt = 0; attempt < 2; attempt += 1) await login(user.email, 'wrong password!', '10.0.1.1').expect(401);
    await login(user.email, user.password, '10.0.1.1').expect(200);
  });

  it('blocks an address that fails across many accounts, not other addresses', async () => {
    const victims = await Promise.all([1, 2, 3].map(() => aUser(t, 'backer')));
    for (const victim of victims) {
      for (let attempt = 0; attempt < 2; attempt += 1)
        await login(victim.email, 'wrong password!', '10.0.2.1').expect(401);
    }
    const fresh = await aUser(t, 'backer');
    await login(fresh.email, fresh.password, '10.0.2.1').expect(429);
    await login(fresh.email, fresh.password, '10.0.2.2').expect(200);
  });

  it('limits registrations per address, writing nothing once refused', async () => {
    for (let attempt = 0; attempt < 20; attempt += 1) {
      await t.http().post('/api/auth/register').set('X-Forwarded-For', '10.0.3.1').send(aRegistration()).expect(201);
    }
    const before = await count(t, 'users');
    await t.http().post('/api/auth/register').set('X-Forwarded-For', '10.0.3.1').send(aRegistration()).expect(429);
    expect(await count(t, 'users')).toBe(before);
    await t.http().post('/api/auth/register').set('X-Forwarded-For', '10.0.3.2').send(aRegistration()).expect(201);
  });
});
