import { aCampaign, aCompany, aCompleteFile, decide, statusOf, submit, termsFor } from './support/campaign-factories';
import { aRegistration, aUser, type SignedInUser } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const DAY = 86_400_000;

/** Issue 15: an investment cannot reach backers without its risks, use of funds and terms; a thin account costs grade. */
describe('honest about risk', () => {
  let t: TestApp;
  let founder: SignedInUser;
  let reviewer: SignedInUser;
  let companyId: string;
  beforeAll(async () => {
    t = await startTestApp();
    founder = await aUser(t, 'founder');
    reviewer = await aUser(t, 'reviewer');
    companyId = (await aCompany(t, founder)).id;
    await aCompleteFile(t, founder, companyId);
  });
  afterAll(async () => {
    await t?.close();
  });

  const submitting = (id: string) => t.http().post(`/api/campaigns/${id}/submit`).set('Authorization', founder.auth);
  const details = (body: { details?: { path: string; code: string }[] }) =>
    (body.details ?? []).map(({ path, code }) => `${path}:${code}`);

  it('a bond without risks or use of funds is saved as a draft (both optional) but refused at submission', async () => {
    const bare = { ...termsFor('bond', new Date(Date.now() + 31 * DAY)) };
    for (const key of ['secured', 'earlyRepayment', 'latePayment']) delete (bare as Record<string, unknown>)[key];
    const draft = await aCampaign(t, founder, companyId, 'bond', {
      risks: undefined,
      useOfFunds: undefined,
      terms: bare,
    });
    const refused = await submitting(draft.id).expect(400);
    expect(refused.body.code).toBe('validation_failed');
    expect(details(refused.body)).toEqual([
      'risks:required_to_submit',
      'useOfFunds:required_to_submit',
      'terms.secured:required_to_submit',
      'terms.earlyRepayment:required_to_submit',
      'terms.latePayment:required_to_submit',
    ]);
    expect(await statusOf(t, draft.id)).toBe('draft');
    const [{ n }] = await t.dataSource.query('SELECT count(*)::int AS n FROM risk_assessments WHERE campaign_id = $1', [
      draft.id,
    ]);
    expect(n).toBe(0);
  });

  it('a share offering with a token risk statement and a nominee without a name is refused', async () => {
    const terms = { ...termsFor('shareholding', new Date(Date.now() + 31 * DAY)), holding: 'nominee' };
    const draft = await aCampaign(t, founder, companyId, 'shareholding', { risks: 'None.', terms });
    const refused = await submitting(draft.id).expect(400);
    expect(details(refused.body)).toEqual(['risks:too_short_to_submit', 'terms.nominee:required_to_submit']);
    expect(refused.body.details[0].params).toEqual({ minimum: 40, length: 5 });

    await t
      .http()
      .patch(`/api/campaigns/${draft.id}`)
      .set('Authorization', founder.auth)
      .send({
        risks: 'We may fail and you could lose everything; shares are hard to sell and may be diluted later.',
        terms: { ...terms, nominee: 'Harbour Nominees Ltd' },
      })
      .expect(200);
    const submitted = await submit(t, founder, draft.id);
    expect(submitted.status).toBe('submitted');
  });

  it('the terms a backer must know are on the public page', async () => {
    const draft = await aCampaign(t, founder, companyId, 'bond', {
      terms: {
        ...termsFor('bond', new Date(Date.now() + 31 * DAY)),
        secured: true,
        security: 'A charge over the new oven.',
      },
    });
    await submit(t, founder, draft.id);
    await decide(t, reviewer, draft.id, 'approve').expect(201);
    const page = await t.http().get(`/api/campaigns/${draft.id}`).expect(200);
    expect(page.body.terms).toMatchObject({
      secured: true,
      security: 'A charge over the new oven.',
      earlyRepayment: 'allowed',
      latePayment: expect.stringMatching(/60 days late/),
    });
    expect(page.body.risks).toMatch(/lose all of it/);
    expect(page.body.useOfFunds).toMatch(/Oven 70%/);
  });

  it('a missing or thin risk statement lowers the grade, and the public sees why', async () => {
    const gradeOf = async (risks: string | undefined) => {
      const draft = await aCampaign(t, founder, companyId, 'reward', { risks });
      return (await submit(t, founder, draft.id)).risk;
    };
    const none = await gradeOf(undefined);
    const fuller = await gradeOf('Delivery may slip by months. '.repeat(8));
    const thin = await gradeOf('Delivery may slip.');
    const disclosure = (risk: typeof none) => risk.factors.find((f) => f.key === 'risk_disclosure');
    expect(disclosure(none)).toMatchObject({ points: -16 });
    expect(disclosure(thin)).toMatchObject({ points: -8 });
    expect(disclosure(fuller)).toMatchObject({ points: 0 });
    expect(fuller.score - none.score).toBe(16);
    // A sound company with a complete file is A with an account of its risks, and not without one.
    expect(fuller.grade).toBe('A');
    expect(none.grade).not.toBe('A');
  });

  it('the company lists its team; the campaign page shows it to anyone', async () => {
    const team = [
      { name: 'Mara Lind', role: 'Founder and head baker', bio: 'Twelve years at the ovens of Harbour Street.' },
      { name: 'Jon Ek', role: 'Finance', bio: '' },
    ];
    const refused = await t
      .http()
      .patch(`/api/companies/${companyId}`)
      .set('Authorization', founder.auth)
      .send({ team: [{ name: '', role: 'Finance', bio: '' }] })
      .expect(400);
    expect(refused.body.details[0].path).toBe('team.0.name');
    await t.http().patch(`/api/companies/${companyId}`).set('Authorization', founder.auth).send({ team }).expect(200);

    const draft = await aCampaign(t, founder, companyId, 'shareholding');
    await submit(t, founder, draft.id);
    await decide(t, reviewer, draft.id, 'approve').expect(201);
    const page = await t.http().get(`/api/campaigns/${draft.id}`).expect(200);
    expect(page.body.company.team).toEqual(team);
    expect(page.body.terms).toMatchObject({ votingRights: 'none', holding: 'direct' });
  });

  it('sign-up records acceptance of the terms when sent; the field stays optional', async () => {
    const accepted = aRegistration({ role: 'backer' });
    await t
      .http()
      .post('/api/auth/register')
      .send({ ...accepted, acceptedTerms: true })
      .expect(201);
    const silent = aRegistration({ role: 'backer' });
    await t.http().post('/api/auth/register').send(silent).expect(201);
    const refused = await t
      .http()
      .post('/api/auth/register')
      .send({ ...aRegistration(), acceptedTerms: false })
      .expect(400);
    expect(refused.body.details[0].path).toBe('acceptedTerms');

    const rows = (await t.dataSource.query(
      'SELECT email, terms_accepted_at IS NOT NULL AS accepted FROM users WHERE email = ANY($1) ORDER BY email',
      [[accepted.email, silent.email]],
    )) as { email: string; accepted: boolean }[];
    expect(Object.fromEntries(rows.map((r) => [r.email, r.accepted]))).toEqual({
      [accepted.email]: true,
      [silent.email]: false,
    });
  });
});
