import { aCampaign, aCompany, aCompleteFile, decide, submit, termsFor } from './support/campaign-factories';
import { aRegistration, aUser, type SignedInUser } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const DAY = 86_400_000;

/** Issue 15: an investment's risks, use of funds and terms are shown; a missing or thin account costs grade. */
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

  it('a bond with only the contract’s fields (no risks, use of funds or backer terms) can be submitted, and pays for it in grade', async () => {
    // DESIGN.md's campaign body has none of these fields: a client that follows it must get through.
    // The web asks for them before submitting (checkSubmissionRules); the API makes their absence
    // cost grade and shows it, and the reviewer's "risks" check decides.
    const bare = { ...termsFor('bond', new Date(Date.now() + 31 * DAY)) };
    for (const key of ['secured', 'earlyRepayment', 'latePayment']) delete (bare as Record<string, unknown>)[key];
    const draft = await aCampaign(t, founder, companyId, 'bond', {
      risks: undefined,
      useOfFunds: undefined,
      terms: bare,
    });
    const submitted = await submitting(draft.id).expect(200);
    expect(submitted.body.status).toBe('submitted');
    const disclosure = submitted.body.risk.factors.find((factor: { key: string }) => factor.key === 'risk_disclosure');
    expect(disclosure).toMatchObject({ points: -16 });
  });

  it('a share offering with a token risk statement can be submitted, and loses half the disclosure points', async () => {
    const terms = { ...termsFor('shareholding', new Date(Date.now() + 31 * DAY)), holding: 'nominee' };
    const draft = await aCampaign(t, founder, companyId, 'shareholding', { risks: 'None.', terms });
    const submitted = await submitting(draft.id).expect(200);
    const disclosure = submitted.body.risk.factors.find((factor: { key: string }) => factor.key === 'risk_disclosure');
    expect(disclosure).toMatchObject({ points: -8 });
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
