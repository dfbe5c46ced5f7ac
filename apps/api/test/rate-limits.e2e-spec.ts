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

  const login = (email: string, password: string, ip: string, headers: Record<string, string> = {}) =>
    t.http().post('/api/auth/login').set('X-Forwarded-For', ip).set(headers).send({ email, password });

  /** Strangers at addresses of their own use up the account-wide limit (3 in this app). */
  const lockOutUntrusted = async (email: string, prefix: string) => {
    for (let attempt = 1; attempt <= 3; attempt += 1)
      await login(email, 'wrong password!', `${prefix}.${100 + attempt}`).expect(401);
    await login(email, 'wrong password!', `${prefix}.200`).expect(429);
  };

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

  it('a stranger cannot lock the owner out of a device that signed in before (cookie or header)', async () => {
    const owner = await aUser(t, 'backer');
    const first = await login(owner.email, owner.password, '10.0.4.1').expect(200);
    const cookies = first.headers['set-cookie'] as unknown as string[];
    const deviceCookie = cookies.find((c) => c.startsWith('cs_device='));
    expect(deviceCookie).toMatch(/HttpOnly/i);
    const token = first.headers['x-device-token'] as string;
    expect(token).toBeTruthy();

    await lockOutUntrusted(owner.email, '10.0.4');
    // An untrusted client is refused even with the right password...
    await login(owner.email, owner.password, '10.0.4.50').expect(429);
    // ...the owner's device is not, from any address, by cookie or by header.
    await login(owner.email, owner.password, '10.0.4.51', { Cookie: `cs_device=${token}` }).expect(200);
    await login(owner.email, owner.password, '10.0.4.52', { 'X-Device-Token': token }).expect(200);

    // A forged token, or one issued for another account, is no token at all.
    const other = await aUser(t, 'backer');
    const othersToken = (await login(other.email, other.password, '10.0.4.60').expect(200)).headers[
      'x-device-token'
    ] as string;
    // The owner's device signing in leaves untrusted clients locked out.
    await login(owner.email, owner.password, '10.0.4.59').expect(429);
    await login(owner.email, owner.password, '10.0.4.61', { 'X-Device-Token': othersToken }).expect(429);
    await login(owner.email, owner.password, '10.0.4.62', { 'X-Device-Token': `${token.slice(0, -2)}xx` }).expect(429);
  });

  it('a stranger cannot lock the owner out of an address they signed in from before', async () => {
    const owner = await aUser(t, 'backer');
    await login(owner.email, owner.password, '10.0.5.1').expect(200);
    await lockOutUntrusted(owner.email, '10.0.5');
    await login(owner.email, owner.password, '10.0.5.9').expect(429);
    await login(owner.email, owner.password, '10.0.5.1').expect(200);
  });

  it('a stolen device token still buys only a few guesses (5 per device per window)', async () => {
    const owner = await aUser(t, 'backer');
    const token = (await login(owner.email, owner.password, '10.0.6.1').expect(200)).headers[
      'x-device-token'
    ] as string;
    for (let attempt = 1; attempt <= 5; attempt += 1)
      await login(owner.email, 'wrong password!', `10.0.6.${10 + attempt}`, { 'X-Device-Token': token }).expect(401);
    await login(owner.email, 'wrong password!', '10.0.6.20', { 'X-Device-Token': token }).expect(429);
    // The device's failures are its own: they did not count against the account.
    await login(owner.email, owner.password, '10.0.6.21').expect(200);
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

describe('parallel sign-in guesses', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '5', TRUST_PROXY: 'loopback' });
  });
  afterAll(async () => {
    await t?.close();
  });

  // Counted before the password is checked: of 20 guesses sent at once, at most 5 are evaluated.
  it.each([
    ['from one address', (): string => '10.1.0.1'],
    ['from twenty addresses', (i: number) => `10.1.1.${i + 1}`],
  ])('of 20 parallel wrong guesses %s with a limit of 5, at most 5 are evaluated', async (_, ipOf) => {
    const owner = await aUser(t, 'backer');
    const answers = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        t
          .http()
          .post('/api/auth/login')
          .set('X-Forwarded-For', ipOf(i))
          .send({ email: owner.email, password: 'wrong password!' }),
      ),
    );
    const statuses = answers.map((answer) => answer.status);
    expect(statuses.filter((status) => status === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.filter((status) => status === 401).length).toBeGreaterThan(0);
    expect(statuses.filter((status) => status !== 401 && status !== 429)).toEqual([]);
  });
});
