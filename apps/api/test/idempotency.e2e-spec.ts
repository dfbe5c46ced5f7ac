import { aCompanyBody } from './support/campaign-factories';
import { aRegistration, aUser, type SignedInUser } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * DESIGN.md, rules every route follows: "A repeated Idempotency-Key returns the first response;
 * the same key with another body → 409 idempotency_key_reused". Pledges have their own tests
 * (pledges.e2e-spec); these are the other writes.
 */
describe('Idempotency-Key on every write', () => {
  let t: TestApp;
  let founder: SignedInUser;

  beforeAll(async () => {
    t = await startTestApp();
    founder = await aUser(t, 'founder');
  });
  afterAll(() => t.close());

  const createCompany = (key: string | null, body: Record<string, unknown>, who = founder) => {
    const call = t.http().post('/api/companies').set('Authorization', who.auth);
    return (key === null ? call : call.set('Idempotency-Key', key)).send(body);
  };

  const companiesNamed = async (registrationNumber: string) =>
    (
      (await t.dataSource.query(`SELECT count(*)::int AS n FROM companies WHERE registration_number = $1`, [
        registrationNumber,
      ])) as { n: number }[]
    )[0]!.n;

  it('answers a repeat with the first answer, status and body, and creates nothing more', async () => {
    const body = aCompanyBody();
    const first = await createCompany('company-1', body).expect(201);
    const again = await createCompany('company-1', body).expect(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await companiesNamed(body.registrationNumber)).toBe(1);
    // The same body in another order is the same request.
    const reordered = Object.fromEntries(Object.entries(body).reverse());
    expect((await createCompany('company-1', reordered).expect(201)).body.id).toBe(first.body.id);
  });

  it('refuses the key with another body: 409 idempotency_key_reused, nothing created', async () => {
    const body = aCompanyBody();
    await createCompany('company-2', body).expect(201);
    const other = aCompanyBody();
    const refused = await createCompany('company-2', other).expect(409);
    expect(refused.body.code).toBe('idempotency_key_reused');
    expect(await companiesNamed(other.registrationNumber)).toBe(0);
  });

  it('carries out exactly one of many repeats sent at the same instant, and all get its answer', async () => {
    const body = aCompanyBody();
    const answers = await Promise.all(Array.from({ length: 8 }, () => createCompany('company-burst', body)));
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(201));
    expect(new Set(answers.map((answer) => answer.body.id)).size).toBe(1);
    expect(await companiesNamed(body.registrationNumber)).toBe(1);
  });

  it('lets a failed first request go: the corrected retry under the same key is carried out', async () => {
    const body = aCompanyBody();
    const invalid = await createCompany('company-3', { ...body, employees: -1 }).expect(400);
    expect(invalid.body.code).toBe('validation_failed');
    await createCompany('company-3', body).expect(201);
    expect(await companiesNamed(body.registrationNumber)).toBe(1);
  });

  it('keeps each account’s keys to itself', async () => {
    const other = await aUser(t, 'founder');
    const mine = aCompanyBody();
    const theirs = aCompanyBody();
    const a = await createCompany('shared-key', mine).expect(201);
    const b = await createCompany('shared-key', theirs, other).expect(201);
    expect(b.body.id).not.toBe(a.body.id);
  });

  it('replays a signed-out write too (registration), and refuses a malformed key with 400', async () => {
    const registration = aRegistration();
    const register = (key: string) =>
      t.http().post('/api/auth/register').set('Idempotency-Key', key).send(registration);
    const first = await register('register-1').expect(201);
    const again = await register('register-1').expect(201);
    expect(again.body).toEqual(first.body);
    const [{ n }] = (await t.dataSource.query(`SELECT count(*)::int AS n FROM users WHERE email = $1`, [
      registration.email,
    ])) as [{ n: number }];
    expect(n).toBe(1);
    const malformed = await createCompany('has spaces in it', aCompanyBody()).expect(400);
    expect(malformed.body.details).toEqual([expect.objectContaining({ path: 'Idempotency-Key' })]);
  });

  it('changes nothing for a write without the header', async () => {
    const body = aCompanyBody();
    await createCompany(null, body).expect(201);
    await createCompany(null, body).expect(201);
    expect(await companiesNamed(body.registrationNumber)).toBe(2);
  });
});
