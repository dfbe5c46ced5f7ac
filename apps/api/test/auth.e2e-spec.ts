import { aRegistration, aUser, count, signIn, TEST_PASSWORD, uniqueEmail } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('accounts: register, log in, log out, me', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('POST /api/auth/register', () => {
    it('creates a backer or founder and answers 201 with the user, never the password', async () => {
      const body = aRegistration({ role: 'founder', email: `  Mixed.Case-${Date.now()}@Example.TEST ` });
      const response = await t.http().post('/api/auth/register').send(body).expect(201);
      expect(response.body).toEqual({
        id: expect.any(String),
        email: body.email.trim().toLowerCase(),
        name: 'Test Person',
        role: 'founder',
        roles: ['founder'],
        createdAt: expect.any(String),
      });
      expect(JSON.stringify(response.body)).not.toContain(TEST_PASSWORD);
      const [stored] = await t.dataSource.query('SELECT password_hash FROM users WHERE id = $1', [response.body.id]);
      expect(stored.password_hash).toMatch(/^\$argon2id\$/);
    });

    const refusals: Array<[string, () => object | string, number, string, string]> = [
      ['a weak (short) password', () => aRegistration({ password: 'short' }), 400, 'validation_failed', 'password'],
      ['a common password', () => aRegistration({ password: 'password123' }), 400, 'validation_failed', 'password'],
      [
        'the email as password',
        () => {
          const email = uniqueEmail();
          return aRegistration({ email, password: email });
        },
        400,
        'validation_failed',
        'password',
      ],
      ['the reviewer role', () => aRegistration({ role: 'reviewer' }), 400, 'validation_failed', 'role'],
      ['the admin role', () => aRegistration({ role: 'admin' }), 400, 'validation_failed', 'role'],
      ['an invalid email', () => aRegistration({ email: 'not-an-email' }), 400, 'validation_failed', 'email'],
      [
        'a missing name',
        () => ({ email: uniqueEmail(), password: TEST_PASSWORD, role: 'backer' }),
        400,
        'validation_failed',
        'name',
      ],
      ['a wrong type', () => ({ ...aRegistration(), name: 42 }), 400, 'validation_failed', 'name'],
      ['an unknown field', () => ({ ...aRegistration(), isAdmin: true }), 400, 'validation_failed', 'isAdmin'],
      ['an array body', () => [aRegistration()], 400, 'validation_failed', ''],
    ];
    it.each(refusals)('refuses %s with a clear 4xx and writes nothing', async (_what, makeBody, status, code, path) => {
      const [usersBefore, auditBefore] = [await count(t, 'users'), await count(t, 'audit_log')];
      const response = await t.http().post('/api/auth/register').send(makeBody()).expect(status);
      expect(response.body).toMatchObject({
        statusCode: status,
        code,
        message: expect.any(String),
        error: expect.any(String),
      });
      expect(response.body.message.length).toBeGreaterThan(5);
      expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
      expect(await count(t, 'users')).toBe(usersBefore);
      expect(await count(t, 'audit_log')).toBe(auditBefore);
    });

    it('refuses malformed JSON with 400 and a plain message', async () => {
      const before = await count(t, 'users');
      const response = await t
        .http()
        .post('/api/auth/register')
        .set('Content-Type', 'application/json')
        .send('{"email": "x@y.z", bad')
        .expect(400);
      expect(response.body).toMatchObject({
        code: 'validation_failed',
        message: 'The request body is not valid JSON.',
      });
      expect(response.body.requestId).toEqual(expect.any(String));
      expect(await count(t, 'users')).toBe(before);
    });

    it('refuses a body that is not JSON at all', async () => {
      const response = await t
        .http()
        .post('/api/auth/register')
        .set('Content-Type', 'text/plain')
        .send('hello')
        .expect(400);
      expect(response.body).toMatchObject({
        code: 'validation_failed',
        message: 'The request body must be a JSON object.',
      });
    });

    it('refuses an oversized body with 413', async () => {
      const before = await count(t, 'users');
      const huge = { ...aRegistration(), name: 'x'.repeat(t.config.bodyLimitBytes + 10) };
      const response = await t.http().post('/api/auth/register').send(huge).expect(413);
      expect(response.body).toMatchObject({ statusCode: 413, code: 'payload_too_large' });
      expect(await count(t, 'users')).toBe(before);
    });

    it('refuses a duplicate email (in any letter case) with 409 email_taken and writes nothing', async () => {
      const body = aRegistration();
      await t.http().post('/api/auth/register').send(body).expect(201);
      const before = await count(t, 'users');
      const response = await t
        .http()
        .post('/api/auth/register')
        .send({ ...body, email: body.email.toUpperCase() })
        .expect(409);
      expect(response.body).toMatchObject({ code: 'email_taken' });
      expect(await count(t, 'users')).toBe(before);
    });

    it('gives one account and one email_taken to two registrations racing for one email', async () => {
      const body = aRegistration();
      const statuses = await Promise.all(
        [1, 2, 3].map(() =>
          t
            .http()
            .post('/api/auth/register')
            .send(body)
            .then((r) => r.status),
        ),
      );
      expect(statuses.sort()).toEqual([201, 409, 409]);
      const [row] = await t.dataSource.query('SELECT count(*)::int AS n FROM users WHERE email = $1', [body.email]);
      expect(row.n).toBe(1);
    });

    it('records the new account in the audit log', async () => {
      const response = await t.http().post('/api/auth/register').send(aRegistration()).expect(201);
      const rows = await t.dataSource.query(`SELECT action, actor_role FROM audit_log WHERE subject_id = $1`, [
        response.body.id,
      ]);
      expect(rows).toEqual([{ action: 'user.created', actor_role: 'self' }]);
    });
  });

  describe('POST /api/auth/login', () => {
    it('answers a bearer token and the user, and sets httpOnly session and CSRF cookies', async () => {
      const body = aRegistration({ role: 'founder' });
      await t.http().post('/api/auth/register').send(body).expect(201);
      const response = await t
        .http()
        .post('/api/auth/login')
        .send({ email: body.email, password: body.password })
        .expect(200);
      expect(response.body).toEqual({
        accessToken: expect.any(String),
        user: expect.objectContaining({ email: body.email, role: 'founder' }),
      });
      const cookies = response.headers['set-cookie'] as unknown as string[];
      expect(cookies.find((c) => c.startsWith('cs_session='))).toMatch(/HttpOnly/i);
      expect(cookies.find((c) => c.startsWith('cs_session='))).toMatch(/SameSite=Lax/i);
      expect(cookies.find((c) => c.startsWith('cs_csrf='))).not.toMatch(/HttpOnly/i);
    });

    it('refuses a wrong password and an unknown email alike with 401', async () => {
      const user = await aUser(t, 'backer');
      const wrong = await t
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: 'not the password' })
        .expect(401);
      const unknown = await t
        .http()
        .post('/api/auth/login')
        .send({ email: uniqueEmail(), password: 'not the password' })
        .expect(401);
      expect(wrong.body.message).toBe(unknown.body.message);
      expect(wrong.body.code).toBe('unauthenticated');
    });

    it('refuses malformed login bodies with 400', async () => {
      await t.http().post('/api/auth/login').send({ email: 'x' }).expect(400);
      await t.http().post('/api/auth/login').send({ email: uniqueEmail(), password: 'x', extra: 1 }).expect(400);
    });
  });

  describe('sessions', () => {
    it('GET /api/me answers the current user, and 401 without a session', async () => {
      const founder = await aUser(t, 'founder', 'Fay Founder');
      const me = await t.http().get('/api/me').set('Authorization', founder.auth).expect(200);
      expect(me.body).toMatchObject({ id: founder.user.id, name: 'Fay Founder', role: 'founder' });
      const anonymous = await t.http().get('/api/me').expect(401);
      expect(anonymous.body.code).toBe('unauthenticated');
      await t.http().get('/api/me').set('Authorization', 'Bearer not-a-real-token-at-all-xxxxx').expect(401);
    });

    it('GET /api/auth/session answers 200 with the user, or null for a visitor or a dead session', async () => {
      const user = await aUser(t, 'backer');
      expect((await t.http().get('/api/auth/session').set('Authorization', user.auth).expect(200)).body).toEqual({
        user: expect.objectContaining({ id: user.user.id }),
      });
      expect((await t.http().get('/api/auth/session').expect(200)).body).toEqual({ user: null });
      await t.http().post('/api/auth/logout').set('Authorization', user.auth).expect(200);
      expect((await t.http().get('/api/auth/session').set('Authorization', user.auth).expect(200)).body).toEqual({
        user: null,
      });
    });

    it('logout ends the session: the token stops working, other sessions keep working', async () => {
      const user = await aUser(t, 'backer');
      const second = await signIn(t, user.email, user.password);
      await t.http().post('/api/auth/logout').set('Authorization', user.auth).expect(200);
      await t.http().get('/api/me').set('Authorization', user.auth).expect(401);
      await t.http().get('/api/me').set('Authorization', second.auth).expect(200);
    });

    it('logout-all ends every session of the account', async () => {
      const user = await aUser(t, 'backer');
      const second = await signIn(t, user.email, user.password);
      await t.http().post('/api/auth/logout-all').set('Authorization', user.auth).expect(200);
      await t.http().get('/api/me').set('Authorization', user.auth).expect(401);
      await t.http().get('/api/me').set('Authorization', second.auth).expect(401);
    });

    it('a cookie session works for reads and needs the CSRF header for writes', async () => {
      const user = await aUser(t, 'backer');
      const login = await t
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: user.password })
        .expect(200);
      const cookies = login.headers['set-cookie'] as unknown as string[];
      const cookieHeader = cookies.map((c) => c.split(';')[0]).join('; ');
      const csrf = cookies
        .find((c) => c.startsWith('cs_csrf='))!
        .split(';')[0]!
        .slice('cs_csrf='.length);

      await t.http().get('/api/me').set('Cookie', cookieHeader).expect(200);
      const refused = await t.http().post('/api/auth/logout').set('Cookie', cookieHeader).expect(403);
      expect(refused.body.code).toBe('csrf_failed');
      await t.http().post('/api/auth/logout').set('Cookie', cookieHeader).set('X-CSRF-Token', 'wrong').expect(403);
      await t.http().post('/api/auth/logout').set('Cookie', cookieHeader).set('X-CSRF-Token', csrf).expect(200);
      await t.http().get('/api/me').set('Cookie', cookieHeader).expect(401);
    });

    it('refuses a suspended account', async () => {
      const user = await aUser(t, 'backer');
      await t.dataSource.query(`UPDATE users SET status = 'suspended' WHERE id = $1`, [user.user.id]);
      const me = await t.http().get('/api/me').set('Authorization', user.auth).expect(403);
      expect(me.body.code).toBe('account_suspended');
      const login = await t
        .http()
        .post('/api/auth/login')
        .send({ email: user.email, password: user.password })
        .expect(403);
      expect(login.body.code).toBe('account_suspended');
    });
  });

  describe('platform basics', () => {
    it('GET /api/health reports liveness and the database', async () => {
      const response = await t.http().get('/api/health').expect(200);
      expect(response.body).toMatchObject({ status: 'ok', database: 'up' });
    });

    it('echoes a sane X-Request-Id and makes one otherwise', async () => {
      const echoed = await t.http().get('/api/health').set('X-Request-Id', 'abc12345-trace');
      expect(echoed.headers['x-request-id']).toBe('abc12345-trace');
      const made = await t.http().get('/api/health').set('X-Request-Id', 'bad id with spaces');
      expect(made.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
    });

    it('answers unknown API paths with a 404 in the error shape', async () => {
      const response = await t.http().get('/api/no-such-thing').expect(404);
      expect(response.body).toMatchObject({ statusCode: 404, error: 'Not Found', code: 'not_found' });
    });

    it('serves the OpenAPI document at /api/docs (JSON to clients that ask for it, Swagger UI to browsers)', async () => {
      const json = await t.http().get('/api/docs').set('Accept', 'application/json').expect(200);
      expect(json.body.openapi).toMatch(/^3\./);
      expect(Object.keys(json.body.paths)).toEqual(
        expect.arrayContaining(['/api/auth/register', '/api/auth/login', '/api/me', '/api/health']),
      );
      const html = await t.http().get('/api/docs/').set('Accept', 'text/html').expect(200);
      expect(html.text).toContain('swagger');
      await t.http().get('/api/docs/openapi.json').expect(200);
    });

    it('has no test clock unless TEST_CLOCK=on', async () => {
      const admin = await aUser(t, 'admin');
      await t.http().get('/api/test-clock').set('Authorization', admin.auth).expect(404);
    });
  });
});
