import { FIELD_ERROR_CODES, type CampaignType } from '@crowdstake/domain';
import fc from 'fast-check';
import type { Response } from 'supertest';
import {
  aCampaign,
  aCampaignBody,
  aCompany,
  aCompanyBody,
  aCompleteFile,
  decide,
  submit,
} from './support/campaign-factories';
import { aRegistration, aUser, TEST_PASSWORD, type SignedInUser } from './support/factories';
import {
  encodeQueryValue,
  hostileKey,
  hostileRawBody,
  hostileString,
  hostileValue,
  mutate,
  mutation,
} from './support/hostile-values';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * Hostile input on every JSON route: a valid body with fields swapped for
 * values no form would send. Whatever comes in, the answer is never a 5xx,
 * and a refusal (4xx) leaves every business table exactly as it was.
 */
const RUNS = Number(process.env.FUZZ_RUNS ?? 30);

/** Row counts, and fingerprints of the rows a patch could change. */
const SNAPSHOT_SQL = `SELECT
  (SELECT count(*)::int FROM users) AS users,
  (SELECT count(*)::int FROM audit_log) AS audit_log,
  (SELECT count(*)::int FROM risk_assessments) AS risk_assessments,
  (SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY r.id), '')) FROM companies r) AS companies,
  (SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY r.company_id, r.user_id), '')) FROM company_members r) AS company_members,
  (SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY r.id), '')) FROM campaigns r) AS campaigns,
  (SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY r.id), '')) FROM reward_tiers r) AS reward_tiers,
  (SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY r.id), '')) FROM campaign_milestones r) AS campaign_milestones,
  (SELECT md5(coalesce(string_agg(r::text, '|' ORDER BY r.id), '')) FROM reviews r) AS reviews`;

const FIELD_CODES: readonly string[] = FIELD_ERROR_CODES;

/** fc.assert, with the report cut short: a counterexample may hold a 30,000-character string. */
async function checkProperty<T>(property: fc.IAsyncProperty<T>, numRuns: number): Promise<void> {
  const details = await fc.check(property, { numRuns, endOnFailure: true });
  if (details.failed) throw new Error(fc.defaultReportMessage(details)?.slice(0, 4000));
}

describe('hostile input on every JSON route', () => {
  jest.setTimeout(240_000);
  let t: TestApp;
  let founder: SignedInUser;
  let backer: SignedInUser;
  let reviewer: SignedInUser;
  let companyId: string;
  const drafts = {} as Record<CampaignType, string>;
  let submittedId: string;
  let approvedId: string;

  beforeAll(async () => {
    t = await startTestApp();
    [founder, backer, reviewer] = await Promise.all([aUser(t, 'founder'), aUser(t, 'backer'), aUser(t, 'reviewer')]);
    companyId = (await aCompany(t, founder)).id;
    await aCompleteFile(t, founder, companyId);
    for (const type of ['reward', 'bond', 'shareholding'] as const)
      drafts[type] = (await aCampaign(t, founder, companyId, type)).id;
    submittedId = (await submit(t, founder, (await aCampaign(t, founder, companyId)).id)).id;
    approvedId = (await submit(t, founder, (await aCampaign(t, founder, companyId)).id)).id;
    await decide(t, reviewer, approvedId, 'approve').expect(201);
  }, 240_000);
  afterAll(async () => {
    await t?.close();
  });

  const snapshot = async () => ((await t.dataSource.query(SNAPSHOT_SQL)) as Record<string, unknown>[])[0];

  /** The answer is a 4xx or a success; a refusal wrote nothing and names each field's problem with a code. */
  async function expectHandled(send: () => Promise<Response>, what: () => string): Promise<void> {
    const before = await snapshot();
    const response = await send();
    if (response.status >= 500) throw new Error(`${response.status} for ${what()}: ${JSON.stringify(response.body)}`);
    if (response.status < 400) return;
    expect(await snapshot()).toEqual(before);
    // Node's HTTP server answers an oversized URL or header itself, before the app, with no body.
    if (response.status === 431 || response.status === 414) return;
    expect(response.body).toMatchObject({ statusCode: response.status, message: expect.any(String) });
    for (const detail of response.body.details ?? []) {
      expect(detail).toEqual(expect.objectContaining({ path: expect.any(String), message: expect.any(String) }));
      expect(FIELD_CODES).toContain(detail.code);
    }
  }

  const sendJson = (method: 'post' | 'patch' | 'put', url: string, auth: SignedInUser | null, body: unknown) => {
    const request = t.http()[method](url).set('Content-Type', 'application/json');
    if (auth) request.set('Authorization', auth.auth);
    return request.send(typeof body === 'string' ? body : (JSON.stringify(body) ?? 'null'));
  };

  /** Mutated valid bodies, now and then a body that is not an object at all. */
  function fuzzBody(
    method: 'post' | 'patch',
    url: () => string,
    auth: () => SignedInUser | null,
    valid: () => unknown,
    runs = RUNS,
  ) {
    return checkProperty(
      fc.asyncProperty(
        mutation,
        fc.option(fc.oneof(hostileRawBody, hostileValue), { freq: 8 }),
        async (change, whole) => {
          const body = whole === null ? mutate(valid(), change) : whole;
          await expectHandled(
            () => sendJson(method, url(), auth(), body),
            () => `${method.toUpperCase()} ${url()} ${JSON.stringify(body)?.slice(0, 500)}`,
          );
        },
      ),
      runs,
    );
  }

  it('POST /api/auth/register', () =>
    fuzzBody(
      'post',
      () => '/api/auth/register',
      () => null,
      () => aRegistration({ role: 'founder' }),
    ));

  it('POST /api/auth/login', () =>
    fuzzBody(
      'post',
      () => '/api/auth/login',
      () => null,
      () => ({ email: backer.email, password: TEST_PASSWORD }),
    ));

  const identity = {
    fullName: 'Mei Chen',
    dateOfBirth: '1988-02-03',
    nationality: 'US',
    idDocumentNumber: 'X1234567',
  };

  it('POST /api/companies', () =>
    fuzzBody(
      'post',
      () => '/api/companies',
      () => founder,
      () => aCompanyBody({ founderIdentity: identity }),
    ));

  it('PATCH /api/companies/:id', () =>
    fuzzBody(
      'patch',
      () => `/api/companies/${companyId}`,
      () => founder,
      () => aCompanyBody({ founderIdentity: identity }),
    ));

  it('POST /api/companies/:id/members', () =>
    fuzzBody(
      'post',
      () => `/api/companies/${companyId}/members`,
      () => founder,
      () => ({ email: reviewer.email }),
    ));

  it.each(['reward', 'bond', 'shareholding'] as const)('POST /api/campaigns (%s)', (type) =>
    fuzzBody(
      'post',
      () => '/api/campaigns',
      () => founder,
      () => withMilestones(aCampaignBody(companyId, type)),
    ),
  );

  it.each(['reward', 'bond', 'shareholding'] as const)('PATCH /api/campaigns/:id (%s)', (type) =>
    fuzzBody(
      'patch',
      () => `/api/campaigns/${drafts[type]}`,
      () => founder,
      () => {
        const { companyId: _company, type: _type, ...patch } = withMilestones(aCampaignBody(companyId, type));
        return patch;
      },
    ),
  );

  it('POST /api/campaigns/:id/reviews', () =>
    fuzzBody(
      'post',
      () => `/api/campaigns/${submittedId}/reviews`,
      () => reviewer,
      () => ({
        decision: 'request_changes',
        reasons: 'Please add the oven quote.',
        checklist: { identity: true, documents: true, financials: true, terms: true, risks: true },
      }),
    ));

  it('POST /api/campaigns/:id/cancel', () =>
    fuzzBody(
      'post',
      () => `/api/campaigns/${approvedId}/cancel`,
      () => founder,
      () => ({ reasons: 'The oven supplier closed.' }),
    ));

  const queryEntry = fc.tuple(
    fc.oneof(fc.constantFrom('type', 'status', 'q', 'sort', 'featured', 'page', 'pageSize', 'grade'), hostileKey),
    fc.oneof(
      hostileString,
      hostileValue.map((value) => JSON.stringify(value) ?? 'null'),
    ),
  );

  it.each([
    ['GET /api/campaigns', '/api/campaigns', (): SignedInUser | null => null],
    ['GET /api/me/campaigns', '/api/me/campaigns', (): SignedInUser | null => founder],
    ['GET /api/review/queue', '/api/review/queue', (): SignedInUser | null => reviewer],
  ] as const)('%s with hostile query strings', (_name, path, auth) =>
    checkProperty(
      fc.asyncProperty(fc.array(queryEntry, { minLength: 1, maxLength: 4 }), async (entries) => {
        const query = entries.map(([key, value]) => `${encodeQueryValue(key)}=${encodeQueryValue(value)}`).join('&');
        const user = auth();
        await expectHandled(
          () => {
            const request = t.http().get(`${path}?${query}`);
            return user ? request.set('Authorization', user.auth) : request;
          },
          () => `GET ${path}?${query.slice(0, 500)}`,
        );
      }),
      RUNS,
    ),
  );

  it('hostile ids in paths are unknown (404), never a 5xx', () =>
    checkProperty(
      fc.asyncProperty(
        hostileString,
        fc.constantFrom('campaigns/:id', 'campaigns/:id/reviews', 'companies/:id', 'companies/:id/members'),
        async (id, route) => {
          const url = `/api/${route.replace(':id', encodeQueryValue(id))}`;
          await expectHandled(
            () => t.http().get(url).set('Authorization', founder.auth),
            () => `GET ${url.slice(0, 500)}`,
          );
          await expectHandled(
            () =>
              t
                .http()
                .post(`/api/campaigns/${encodeQueryValue(id)}/submit`)
                .set('Authorization', founder.auth),
            () => `POST submit ${id.slice(0, 200)}`,
          );
        },
      ),
      RUNS,
    ));

  /** Bonds release in tranches here, so hostile milestones are tried too. */
  function withMilestones(body: ReturnType<typeof aCampaignBody>): Record<string, unknown> {
    if (body.type !== 'bond') return body;
    const endsAt = new Date(body.endsAt);
    const day = (offsetDays: number) => new Date(endsAt.getTime() + offsetDays * 86_400_000).toISOString().slice(0, 10);
    return {
      ...body,
      milestones: [
        { title: 'Oven delivered', description: 'Installed and running.', shareBps: 6000, dueOn: day(30) },
        { title: 'Staff trained', description: '', shareBps: 4000, dueOn: day(60) },
      ],
    };
  }
});
