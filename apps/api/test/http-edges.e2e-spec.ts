import { aUser } from './support/factories';
import { PACKED_ASSET, startTestApp, TEST_INDEX_HTML, type TestApp } from './support/test-app';

/**
 * The edges of HTTP as `pnpm start` serves them: the built web is in the path
 * (test-app writes one), so these prove what ships, not a web-less variant.
 */
describe('HTTP edges of the shipped application', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ BODY_LIMIT_BYTES: '2048' });
  });
  afterAll(async () => {
    await t.close();
  });

  const login = () => t.http().post('/api/auth/login').set('Content-Type', 'application/json');

  describe('body-parser failures keep their own status and code', () => {
    it('answers malformed JSON with 400 validation_failed, naming no parser internals', async () => {
      const response = await login().send('{"email": "a@b.test",').expect(400);
      expect(response.headers['content-type']).toMatch(/application\/json/);
      expect(response.body).toMatchObject({
        statusCode: 400,
        error: 'Bad Request',
        code: 'validation_failed',
        message: 'The request body is not valid JSON.',
      });
      expect(typeof response.body.requestId).toBe('string');
    });

    it('answers a top-level JSON null with 400 validation_failed', async () => {
      const response = await login().send('null').expect(400);
      expect(response.body).toMatchObject({ statusCode: 400, code: 'validation_failed' });
    });

    it('answers a body over BODY_LIMIT_BYTES with 413 payload_too_large', async () => {
      const response = await login()
        .send(JSON.stringify({ email: 'a@b.test', password: 'x'.repeat(4096) }))
        .expect(413);
      expect(response.body).toMatchObject({
        statusCode: 413,
        code: 'payload_too_large',
        message: 'The request body is too large.',
      });
    });

    it('answers an unsupported Content-Encoding with 415 unsupported_media_type', async () => {
      const response = await login().set('Content-Encoding', 'x-unheard-of').send('{}').expect(415);
      expect(response.body).toMatchObject({ statusCode: 415, code: 'unsupported_media_type' });
    });

    it('answers an unsupported charset with 415 unsupported_media_type', async () => {
      const response = await t
        .http()
        .post('/api/auth/login')
        .set('Content-Type', 'application/json; charset=x-klingon')
        .send('{}')
        .expect(415);
      expect(response.body).toMatchObject({ statusCode: 415, code: 'unsupported_media_type' });
    });

    it('answers a body that does not decompress with 400 validation_failed, not a 500', async () => {
      const response = await login().set('Content-Encoding', 'gzip').send('{"not": "gzip"}').expect(400);
      expect(response.body).toMatchObject({
        statusCode: 400,
        code: 'validation_failed',
        message: 'The request body could not be read.',
      });
    });
  });

  describe('the web and the API share the origin', () => {
    it('answers a client-side route with the built index.html, never cached stale', async () => {
      const response = await t.http().get('/campaigns/some-campaign').set('Accept-Encoding', 'identity').expect(200);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.headers['content-type']).toMatch(/text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.text).toBe(TEST_INDEX_HTML);
      expect((await t.http().get('/').expect(200)).text).toBe(TEST_INDEX_HTML);
    });

    it('sends index.html compressed to a client that accepts gzip, still typed as HTML and never cached stale', async () => {
      const response = await t.http().get('/campaigns/some-campaign').set('Accept-Encoding', 'gzip').expect(200);
      expect(response.headers['content-encoding']).toBe('gzip');
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers.vary).toMatch(/Accept-Encoding/);
      expect(response.headers['cache-control']).toBe('no-cache');
      expect(response.text).toBe(TEST_INDEX_HTML);
    });

    it.each([
      ['gzip, deflate, br, zstd', 'br', PACKED_ASSET.br],
      ['gzip, deflate', 'gzip', PACKED_ASSET.gzip],
      ['br;q=0, gzip', 'gzip', PACKED_ASSET.gzip],
    ])('sends the compressed copy the client accepts (%s → %s)', async (accepted, encoding, body) => {
      const response = await t.http().get('/assets/app-packed.js').set('Accept-Encoding', accepted).expect(200);
      expect(response.headers['content-encoding']).toBe(encoding);
      expect(response.headers['content-type']).toMatch(/^(text|application)\/javascript/);
      expect(response.headers.vary).toMatch(/Accept-Encoding/);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
      expect(response.text).toBe(body);
    });

    it('sends the plain file, still varying on Accept-Encoding, to a client that accepts no compression', async () => {
      const response = await t.http().get('/assets/app-packed.js').set('Accept-Encoding', 'identity').expect(200);
      expect(response.headers['content-encoding']).toBeUndefined();
      expect(response.headers.vary).toMatch(/Accept-Encoding/);
      expect(response.text).toBe(PACKED_ASSET.identity);
    });

    it('compresses JSON answers over the threshold, and leaves small ones as they are', async () => {
      const large = await t.http().get('/api/docs').set('Accept', 'application/json').set('Accept-Encoding', 'gzip');
      expect(large.status).toBe(200);
      expect(large.headers['content-encoding']).toBe('gzip');
      expect(large.body).toHaveProperty('openapi');
      const small = await t.http().get('/api/health').set('Accept-Encoding', 'gzip').expect(200);
      expect(small.headers['content-encoding']).toBeUndefined();
    });

    it('serves hashed assets as immutable', async () => {
      const response = await t.http().get('/assets/app-test.js').expect(200);
      expect(response.headers['cache-control']).toBe('public, max-age=31536000, immutable');
    });

    it.each(['/api', '/api/', '/api/no-such-thing', '/api/auth/no-such-thing'])(
      'answers the unknown API path %s with a JSON 404',
      async (url) => {
        const response = await t.http().get(url).expect(404);
        expect(response.headers['content-type']).toMatch(/application\/json/);
        expect(response.body).toMatchObject({ statusCode: 404, code: 'not_found' });
      },
    );

    it('answers a non-GET to a web path with a JSON 404, not the page', async () => {
      const response = await t.http().post('/campaigns').send({}).expect(404);
      expect(response.body).toMatchObject({ statusCode: 404, code: 'not_found' });
    });
  });

  describe('caching of answers', () => {
    it('marks every API answer to a signed-in caller no-store, by bearer and by cookie', async () => {
      const backer = await aUser(t, 'backer');
      const byBearer = await t.http().get('/api/me').set('Authorization', backer.auth).expect(200);
      expect(byBearer.headers['cache-control']).toBe('no-store');
      const byCookie = await t.http().get('/api/me').set('Cookie', `cs_session=${backer.token}`).expect(200);
      expect(byCookie.headers['cache-control']).toBe('no-store');
      const failing = await t.http().get('/api/no-such-thing').set('Authorization', backer.auth).expect(404);
      expect(failing.headers['cache-control']).toBe('no-store');
      // The sign-in answer itself carries the token that makes the caller signed in.
      const signIn = await t
        .http()
        .post('/api/auth/login')
        .send({ email: backer.email, password: backer.password })
        .expect(200);
      expect(signIn.headers['cache-control']).toBe('no-store');
    });
  });
});
