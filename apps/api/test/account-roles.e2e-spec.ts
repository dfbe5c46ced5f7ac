import { aCompany, aCompanyBody } from './support/campaign-factories';
import { aUser, count } from './support/factories';
import { aKey, aLiveCampaign } from './support/pledge-factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('one account that both backs and founds', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  const addRole = (auth: string, body: object) => t.http().post('/api/me/roles').set('Authorization', auth).send(body);
  const pledge = (auth: string, campaignId: string) =>
    t
      .http()
      .post(`/api/campaigns/${campaignId}/pledges`)
      .set('Authorization', auth)
      .set('Idempotency-Key', aKey())
      .send({ amount: 2500, paymentMethodId: 'pm_card_visa' });

  it('lets a backer add founding, keep backing, and register a business with the same email', async () => {
    const backer = await aUser(t, 'backer');
    await t.http().post('/api/companies').set('Authorization', backer.auth).send(aCompanyBody()).expect(403);

    const added = await addRole(backer.auth, { role: 'founder' }).expect(200);
    expect(added.body).toMatchObject({ id: backer.user.id, role: 'backer', roles: ['backer', 'founder'] });
    // The session that asked sees it at once, as does /api/me.
    await t.http().post('/api/companies').set('Authorization', backer.auth).send(aCompanyBody()).expect(201);
    const me = await t.http().get('/api/me').set('Authorization', backer.auth).expect(200);
    expect(me.body.roles).toEqual(['backer', 'founder']);

    const live = await aLiveCampaign(t, 'reward');
    expect((await pledge(backer.auth, live.id)).status).toBe(201);
    // Asking again changes nothing.
    expect((await addRole(backer.auth, { role: 'founder' }).expect(200)).body.roles).toEqual(['backer', 'founder']);
  });

  it('lets a founder back others, never their own company', async () => {
    const founder = await aUser(t, 'founder');
    const own = await aLiveCampaign(t, 'reward', {}, founder);
    const other = await aLiveCampaign(t, 'reward');
    expect((await pledge(founder.auth, other.id)).status).toBe(403);

    expect((await addRole(founder.auth, { role: 'backer' }).expect(200)).body.roles).toEqual(['founder', 'backer']);
    expect((await pledge(founder.auth, other.id)).status).toBe(201);

    const pledgesBefore = await count(t, 'pledges');
    const selfDealing = await pledge(founder.auth, own.id);
    expect(selfDealing.status).toBe(409);
    expect(selfDealing.body.code).toBe('conflict_of_interest');
    expect(await count(t, 'pledges')).toBe(pledgesBefore);
    const [campaign] = await t.dataSource.query(`SELECT raised_minor, reserved_minor FROM campaigns WHERE id = $1`, [
      own.id,
    ]);
    expect(campaign).toEqual({ raised_minor: 0, reserved_minor: 0 });
  });

  it('adds a role once when asked many times at once', async () => {
    const backer = await aUser(t, 'backer');
    const answers = await Promise.all(Array.from({ length: 8 }, () => addRole(backer.auth, { role: 'founder' })));
    expect(answers.map((answer) => answer.status)).toEqual(Array(8).fill(200));
    const [row] = await t.dataSource.query(`SELECT extra_roles FROM users WHERE id = $1`, [backer.user.id]);
    expect(row.extra_roles).toEqual(['founder']);
    const audit = await count(t, `audit_log WHERE subject_id = '${backer.user.id}' AND action = 'user.role_added'`);
    expect(audit).toBe(1);
  });

  it('keeps staff to their work and refuses bad input', async () => {
    const reviewer = await aUser(t, 'reviewer');
    const refused = await addRole(reviewer.auth, { role: 'backer' }).expect(403);
    expect(refused.body.code).toBe('forbidden');
    const backer = await aUser(t, 'backer');
    for (const body of [{}, { role: 'reviewer' }, { role: 'admin' }, { role: 'founder', extra: true }, { role: 7 }])
      expect((await addRole(backer.auth, body)).status).toBe(400);
    expect((await t.http().get('/api/me').set('Authorization', backer.auth)).body.roles).toEqual(['backer']);
    await t.http().post('/api/me/roles').send({ role: 'founder' }).expect(401);
  });

  it('leaves a company made before adding a role in its owner’s hands only', async () => {
    const founder = await aUser(t, 'founder');
    const company = await aCompany(t, founder);
    const stranger = await aUser(t, 'backer');
    await addRole(stranger.auth, { role: 'founder' }).expect(200);
    await t.http().get(`/api/companies/${company.id}`).set('Authorization', stranger.auth).expect(404);
  });
});
