import { aCampaign, aCompany, aCompleteFile, decide, submit } from './support/campaign-factories';
import { aUser, type SignedInUser } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const DAY = 86_400_000;

interface Assessment {
  score: number;
  grade: string;
  factors: { key: string; label: string; points: number; reason: string }[];
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

  async function assess(
    founder: SignedInUser,
    company: Record<string, unknown> = {},
    campaign: Record<string, unknown> = {},
    completeFile = false,
  ): Promise<Assessment & { campaignId: string; companyId: string }> {
    const { id: companyId } = await aCompany(t, founder, company);
    if (completeFile) await aCompleteFile(t, founder, companyId);
    const draft = await aCampaign(t, founder, companyId, 'reward', campaign);
    const submitted = await submit(t, founder, draft.id);
    return { ...(submitted.risk as Assessment), campaignId: draft.id, companyId };
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
    expect(factor(copycat, 'duplicate_registration').points).toBeLessThan(0);
    expect(copycat.score).toBeLessThan(baseline.score);
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
  });

  it('a company whose other account was suspended is blacklisted: grade E', async () => {
    const registrationNumber = `BAD-${Date.now()}`;
    const fraudster = await aUser(t, 'founder');
    await aCompany(t, fraudster, { registrationNumber });
    await t.dataSource.query(`UPDATE users SET status = 'suspended' WHERE id = $1`, [fraudster.user.id]);
    const returning = await assess(await aUser(t, 'founder'), { registrationNumber }, {}, true);
    expect(factor(returning, 'blacklisted').points).toBeLessThan(0);
    expect(returning.grade).toBe('E');
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
});
