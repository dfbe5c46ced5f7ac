import { aCampaign, aCompany, aCompleteFile, decide, submit } from './support/campaign-factories';
import { aUser, type SignedInUser } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const DAY = 86_400_000;

/** What anyone but staff sees of a staff-only check, whatever it found. */
const STAFF_CHECK = { points: 0, reasonCode: 'identity_checks_by_staff', params: {} };

/** Every way $480,000 of revenue and $120,000 of debt (and their ratio, 25%) could be written. */
const PRIVATE_FIGURES = [
  '48000000',
  '480000',
  '480,000',
  '480.000',
  '480 000',
  '12000000',
  '120000',
  '120,000',
  '120.000',
  '120 000',
  '25%',
  '"percent":',
  '"revenue":',
  '"debt":',
];

interface Factor {
  key: string;
  label: string;
  points: number;
  maxPoints: number;
  reason: string;
  reasonCode: string;
  params: Record<string, unknown>;
}
interface Assessment {
  score: number;
  grade: string;
  factors: Factor[];
  publicFactors?: Factor[];
}

describe('risk assessment on crafted companies', () => {
  let t: TestApp;
  let reviewer: SignedInUser;
  beforeAll(async () => {
    t = await startTestApp();
    reviewer = await aUser(t, 'reviewer');
  });
  afterAll(async () => {
    await t?.close();
  });

  async function riskAs(campaignId: string, caller: SignedInUser | null): Promise<Assessment> {
    const request = t.http().get(`/api/campaigns/${campaignId}`);
    const response = await (caller ? request.set('Authorization', caller.auth) : request).expect(200);
    return response.body.risk as Assessment;
  }

  /** Submits a campaign; the assessment as the reviewer sees it (every check), and as its founder does. */
  async function assess(
    founder: SignedInUser,
    company: Record<string, unknown> = {},
    campaign: Record<string, unknown> = {},
    completeFile = false,
  ): Promise<Assessment & { campaignId: string; companyId: string; founderView: Assessment }> {
    const { id: companyId } = await aCompany(t, founder, company);
    if (completeFile) await aCompleteFile(t, founder, companyId);
    const draft = await aCampaign(t, founder, companyId, 'reward', campaign);
    const submitted = await submit(t, founder, draft.id);
    return {
      ...(await riskAs(draft.id, reviewer)),
      campaignId: draft.id,
      companyId,
      founderView: submitted.risk as Assessment,
    };
  }
  const factor = (assessment: Assessment, key: string) => assessment.factors.find((f) => f.key === key)!;

  it('an established company with a complete file and a modest goal is grade A, every factor explained', async () => {
    const strong = await assess(await aUser(t, 'founder'), {}, {}, true);
    expect(strong.grade).toBe('A');
    expect(strong.score).toBeGreaterThanOrEqual(80);
    for (const f of strong.factors)
      expect(f).toEqual({
        key: expect.any(String),
        label: expect.any(String),
        points: expect.any(Number),
        maxPoints: expect.any(Number),
        reason: expect.stringMatching(/\w+/),
        reasonCode: expect.stringMatching(/^[a-z_]+$/),
        params: expect.any(Object),
      });
    expect(factor(strong, 'identity_verified').points).toBe(20);
    expect(factor(strong, 'documents').points).toBe(10);
    expect(factor(strong, 'company_age').reason).toMatch(/2018-04-01/);
  });

  it('a company founded last month with no revenue and no documents is grade E and needs two reviewers', async () => {
    const lastMonth = new Date(Date.now() - 30 * DAY).toISOString().slice(0, 10);
    const weak = await assess(await aUser(t, 'founder'), { foundedOn: lastMonth, annualRevenue: 0, totalDebt: 0 });
    expect(weak.grade).toBe('E');
    expect(factor(weak, 'company_age').points).toBe(0);
    expect(factor(weak, 'revenue').points).toBe(0);
    expect(factor(weak, 'documents').points).toBe(0);
    expect(factor(weak, 'identity_verified').points).toBe(0);
    const first = await decide(t, reviewer, weak.campaignId, 'approve').expect(201);
    expect(first.body.toStatus).toBe('in_review');
  });

  it('debt far above revenue, and a goal far above revenue, score nothing', async () => {
    const indebted = await assess(
      await aUser(t, 'founder'),
      { annualRevenue: 1_000_000, totalDebt: 5_000_000 },
      { goal: 5_000_000, maxAmount: 10_000_000 },
    );
    expect(factor(indebted, 'debt_ratio').points).toBe(0);
    expect(factor(indebted, 'goal_to_revenue').points).toBe(0);
  });

  it('a goal in another currency than the revenue is not compared (half points)', async () => {
    const founder = await aUser(t, 'founder');
    const foreign = await assess(founder, { currency: 'GBP' });
    expect(factor(foreign, 'goal_to_revenue').points).toBe(7);
    expect(factor(foreign, 'goal_to_revenue').reason).toMatch(/different currencies/);
  });

  it('the same registration number on another account is a penalty', async () => {
    const registrationNumber = `DUP-${Date.now()}`;
    const baseline = await assess(await aUser(t, 'founder'), { registrationNumber });
    expect(factor(baseline, 'duplicate_registration').points).toBe(0);
    // The same number written differently, on someone else's account:
    const copycat = await assess(await aUser(t, 'founder'), {
      registrationNumber: ` ${registrationNumber.toLowerCase().replace('-', ' ')} `,
    });
    expect(factor(copycat, 'duplicate_registration')).toMatchObject({
      points: -40,
      reasonCode: 'duplicate_registration_found',
    });
    expect(copycat.score).toBeLessThan(baseline.score);
    // The founder cannot probe registration numbers: their view is the same whichever the outcome.
    for (const founderView of [baseline.founderView, copycat.founderView])
      expect(factor(founderView, 'duplicate_registration')).toMatchObject(STAFF_CHECK);
  });

  it('the same founder identity on another account is a penalty', async () => {
    const identity = {
      fullName: 'Jo  Duplicate',
      dateOfBirth: '1979-09-09',
      nationality: 'GB',
      idDocumentNumber: 'GB-123 456',
    };
    const first = await assess(await aUser(t, 'founder'), { founderIdentity: identity });
    expect(factor(first, 'duplicate_identity').points).toBe(0);
    const second = await assess(await aUser(t, 'founder'), {
      founderIdentity: { ...identity, fullName: 'jo duplicate', idDocumentNumber: 'gb123456' },
    });
    expect(factor(second, 'duplicate_identity').points).toBeLessThan(0);
    expect(factor(second.founderView, 'duplicate_identity')).toMatchObject(STAFF_CHECK);
  });

  it('a company whose other account was suspended is blacklisted: grade E', async () => {
    const registrationNumber = `BAD-${Date.now()}`;
    const fraudster = await aUser(t, 'founder');
    await aCompany(t, fraudster, { registrationNumber });
    await t.dataSource.query(`UPDATE users SET status = 'suspended' WHERE id = $1`, [fraudster.user.id]);
    const returning = await assess(await aUser(t, 'founder'), { registrationNumber }, {}, true);
    expect(factor(returning, 'blacklisted').points).toBeLessThan(0);
    expect(returning.grade).toBe('E');
    expect(factor(returning.founderView, 'blacklisted')).toMatchObject(STAFF_CHECK);
    expect(factor(returning.founderView, 'duplicate_registration')).toMatchObject(STAFF_CHECK);
  });

  it('earlier campaigns move the track record: successes up, failures down', async () => {
    const founder = await aUser(t, 'founder');
    const fresh = await assess(founder);
    expect(factor(fresh, 'track_record').points).toBe(5);
    await t.dataSource.query(`UPDATE campaigns SET status = 'succeeded' WHERE id = $1`, [fresh.campaignId]);
    const afterSuccess = await assess(founder);
    expect(factor(afterSuccess, 'track_record').points).toBe(7);
    await t.dataSource.query(`UPDATE campaigns SET status = 'failed' WHERE id = $1`, [afterSuccess.campaignId]);
    const afterFailure = await assess(founder);
    expect(factor(afterFailure, 'track_record').points).toBe(5);
    expect(factor(afterFailure, 'track_record').reason).toMatch(/1 succeeded/);
  });

  it('is stored with the campaign version it judged and shown on the campaign', async () => {
    const founder = await aUser(t, 'founder');
    const assessment = await assess(founder);
    const page = await t
      .http()
      .get(`/api/campaigns/${assessment.campaignId}`)
      .set('Authorization', founder.auth)
      .expect(200);
    expect(page.body.risk).toMatchObject({
      score: assessment.score,
      grade: assessment.grade,
      assessedAt: expect.any(String),
    });
    const [record] = await t.dataSource.query(
      `SELECT campaign_version, input FROM risk_assessments WHERE campaign_id = $1`,
      [assessment.campaignId],
    );
    expect(record.campaign_version).toBe(1);
    expect(record.input).toMatchObject({ annualRevenue: 85_000_000, companyCurrency: 'USD', goal: 5_000_000 });
  });

  describe('private figures stay private', () => {
    let founder: SignedInUser;
    let campaignId: string;
    let title: string;
    beforeAll(async () => {
      founder = await aUser(t, 'founder');
      // Letters only, so that no digit of the page can be taken for a figure by chance.
      const tag = Array.from({ length: 10 }, () => String.fromCharCode(97 + Math.floor(Math.random() * 26))).join('');
      title = `Private figures ${tag}`;
      const assessed = await assess(founder, { annualRevenue: 48_000_000, totalDebt: 12_000_000 }, { title }, true);
      campaignId = assessed.campaignId;
      await decide(t, reviewer, campaignId, 'approve').expect(201);
    });

    it('the public page states neither the revenue nor the debt in any form, only bands', async () => {
      for (const caller of [null, await aUser(t, 'backer'), await aUser(t, 'founder')]) {
        const page = await t
          .http()
          .get(`/api/campaigns/${campaignId}`)
          .set(caller ? { Authorization: caller.auth } : {})
          .expect(200);
        const json = JSON.stringify(page.body);
        for (const figure of PRIVATE_FIGURES) expect(json).not.toContain(figure);
        expect(json).not.toContain('"public"');
        const risk = page.body.risk as Assessment;
        expect(factor(risk, 'revenue')).toMatchObject({
          reasonCode: 'revenue_band_between',
          params: { currency: 'USD', from: 25_000_000, below: 100_000_000 },
        });
        expect(factor(risk, 'debt_ratio')).toMatchObject({ reasonCode: 'debt_at_most_third', params: {} });
        expect(factor(risk, 'goal_to_revenue')).toMatchObject({ reasonCode: 'goal_at_most_quarter', params: {} });
        expect(factor(risk, 'documents')).toMatchObject({ reasonCode: 'documents_complete' });
        for (const key of ['duplicate_registration', 'duplicate_identity', 'blacklisted'])
          expect(factor(risk, key)).toMatchObject(STAFF_CHECK);
      }
    });

    it('nor does the public listing', async () => {
      await t.dataSource.query(`UPDATE campaigns SET status = 'live' WHERE id = $1`, [campaignId]);
      const listing = await t
        .http()
        .get(`/api/campaigns?q=${encodeURIComponent(title)}`)
        .expect(200);
      expect(listing.body.items.map((item: { id: string }) => item.id)).toContain(campaignId);
      const json = JSON.stringify(listing.body);
      for (const figure of PRIVATE_FIGURES) expect(json).not.toContain(figure);
    });

    it('the founder and a reviewer get the exact figures', async () => {
      for (const caller of [founder, reviewer]) {
        const risk = await riskAs(campaignId, caller);
        expect(factor(risk, 'revenue')).toMatchObject({
          reasonCode: 'revenue_at_least',
          params: { revenue: 48_000_000, currency: 'USD', from: 25_000_000 },
        });
        expect(factor(risk, 'debt_ratio')).toMatchObject({
          reasonCode: 'debt_share_of_revenue',
          params: { debt: 12_000_000, revenue: 48_000_000, currency: 'USD', percent: 25 },
          reason: 'Debt of $120,000.00 is 25% of annual revenue of $480,000.00.',
        });
      }
      expect(factor(await riskAs(campaignId, founder), 'duplicate_registration')).toMatchObject(STAFF_CHECK);
      // Beside their own, the public factors, for the web's "as backers will see it" previews.
      const publicRisk = (await t.http().get(`/api/campaigns/${campaignId}`).expect(200)).body.risk as Assessment;
      expect((await riskAs(campaignId, founder)).publicFactors).toEqual(publicRisk.factors);
      expect(publicRisk.publicFactors).toBeUndefined();
      expect(factor(await riskAs(campaignId, reviewer), 'duplicate_registration')).toMatchObject({
        reasonCode: 'duplicate_registration_none',
      });
    });

    it('an assessment stored before reason codes never shows its sentences to the public', async () => {
      const legacy = {
        score: 80,
        grade: 'A',
        assessedAt: new Date().toISOString(),
        factors: [
          {
            key: 'debt_ratio',
            label: 'Debt against revenue',
            points: 11,
            maxPoints: 15,
            reason: 'Debt of $120,000.00 is 25% of annual revenue of $480,000.00.',
          },
        ],
      };
      await t.dataSource.query(`UPDATE campaigns SET risk = $2 WHERE id = $1`, [campaignId, JSON.stringify(legacy)]);
      const page = await t.http().get(`/api/campaigns/${campaignId}`).expect(200);
      for (const figure of PRIVATE_FIGURES) expect(JSON.stringify(page.body)).not.toContain(figure);
      expect(factor(page.body.risk, 'debt_ratio')).toMatchObject({ reasonCode: 'reason_not_public', params: {} });
      expect(factor(await riskAs(campaignId, reviewer), 'debt_ratio')).toMatchObject({
        reasonCode: 'legacy_reason',
        reason: legacy.factors[0]!.reason,
      });
    });
  });

  it('a yen company scores like a dollar company of the same worth', async () => {
    // ¥150,000,000 ≈ $1,000,000 of revenue; debt and goal in the same proportions.
    const yen = await assess(
      await aUser(t, 'founder'),
      { currency: 'JPY', annualRevenue: 150_000_000, totalDebt: 37_500_000 },
      { currency: 'JPY', goal: 7_500_000, maxAmount: 15_000_000 },
    );
    const dollars = await assess(
      await aUser(t, 'founder'),
      { currency: 'USD', annualRevenue: 100_000_000, totalDebt: 25_000_000 },
      { currency: 'USD', goal: 5_000_000, maxAmount: 10_000_000 },
    );
    expect(yen.factors.map((f) => [f.key, f.points])).toEqual(dollars.factors.map((f) => [f.key, f.points]));
    expect(factor(yen, 'revenue').points).toBe(12);
    expect(yen.score).toBe(dollars.score);
  });
});
