import { createHash } from 'node:crypto';
import {
  aCampaign,
  aCompany,
  aCompanyBody,
  aDocument,
  decide,
  EXE_BYTES,
  PDF_BYTES,
  PNG_BYTES,
  submit,
} from './support/campaign-factories';
import {
  aRegistration,
  aUser,
  count,
  signIn,
  type SignedInUser,
  TEST_PASSWORD,
  uniqueEmail,
} from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('companies, members and documents', () => {
  let t: TestApp;
  let founder: SignedInUser;
  let otherFounder: SignedInUser;
  let backer: SignedInUser;
  let reviewer: SignedInUser;
  beforeAll(async () => {
    t = await startTestApp({ UPLOAD_MAX_BYTES: '4096' });
    [founder, otherFounder, backer, reviewer] = await Promise.all([
      aUser(t, 'founder'),
      aUser(t, 'founder'),
      aUser(t, 'backer'),
      aUser(t, 'reviewer'),
    ]);
  });
  afterAll(async () => {
    await t?.close();
  });

  describe('POST /api/companies', () => {
    it('creates the business profile for a founder (201), USD by default', async () => {
      const founderIdentity = {
        fullName: 'Mei Chen',
        dateOfBirth: '1988-02-03',
        nationality: 'US',
        idDocumentNumber: 'X1234567',
      };
      const body = aCompanyBody({ currency: undefined, founderIdentity });
      const response = await t.http().post('/api/companies').set('Authorization', founder.auth).send(body).expect(201);
      expect(response.body).toMatchObject({
        id: expect.any(String),
        ownerId: founder.user.id,
        legalName: body.legalName,
        registrationNumber: body.registrationNumber,
        currency: 'USD',
        annualRevenue: body.annualRevenue,
        founderIdentity,
      });
    });

    it.each([
      ['a backer', () => backer, 403],
      ['a reviewer', () => reviewer, 403],
    ])('refuses %s', async (_who, user, status) => {
      await t.http().post('/api/companies').set('Authorization', user().auth).send(aCompanyBody()).expect(status);
    });

    it('refuses anonymous callers with 401', async () => {
      await t.http().post('/api/companies').send(aCompanyBody()).expect(401);
    });

    it.each([
      ['negative revenue', { annualRevenue: -1 }, 'annualRevenue'],
      ['fractional debt', { totalDebt: 10.5 }, 'totalDebt'],
      ['an unknown industry', { industry: 'spaceships' }, 'industry'],
      ['a bad date', { foundedOn: '2020-02-30' }, 'foundedOn'],
      ['a founding date in the future', { foundedOn: '2999-01-01' }, 'foundedOn'],
      ['a website that is not http(s)', { website: 'javascript:alert(1)' }, 'website'],
      ['an unknown field', { revenueUsd: 1 }, 'revenueUsd'],
    ])('refuses %s with 400 and writes nothing', async (_what, overrides, path) => {
      const before = await count(t, 'companies');
      const response = await t
        .http()
        .post('/api/companies')
        .set('Authorization', founder.auth)
        .send(aCompanyBody(overrides))
        .expect(400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.details).toEqual(expect.arrayContaining([expect.objectContaining({ path })]));
      expect(await count(t, 'companies')).toBe(before);
    });
  });

  describe('visibility of a company', () => {
    it('is full for the owner and staff, and hidden (404) from others until it has a public campaign', async () => {
      const company = await aCompany(t, founder);
      const owner = await t.http().get(`/api/companies/${company.id}`).set('Authorization', founder.auth).expect(200);
      expect(owner.body).toHaveProperty('registrationNumber');
      const staff = await t.http().get(`/api/companies/${company.id}`).set('Authorization', reviewer.auth).expect(200);
      expect(staff.body).toHaveProperty('annualRevenue');
      await t.http().get(`/api/companies/${company.id}`).set('Authorization', otherFounder.auth).expect(404);
      await t.http().get(`/api/companies/${company.id}`).expect(404);
      await t.http().get('/api/companies/not-a-uuid').expect(404);

      const campaign = await aCampaign(t, founder, company.id);
      await submit(t, founder, campaign.id);
      await decide(t, reviewer, campaign.id, 'approve').expect(201);
      const visitor = await t.http().get(`/api/companies/${company.id}`).expect(200);
      expect(Object.keys(visitor.body).sort()).toEqual([
        'employees',
        'foundedOn',
        'id',
        'industry',
        'jurisdiction',
        'legalName',
        // The people behind the company, as the founder lists them for backers (issue 15).
        'team',
        'website',
      ]);
    });

    it('only the owner may change the profile', async () => {
      const company = await aCompany(t, founder);
      const updated = await t
        .http()
        .patch(`/api/companies/${company.id}`)
        .set('Authorization', founder.auth)
        .send({ employees: 40, website: null })
        .expect(200);
      expect(updated.body).toMatchObject({ employees: 40, website: null });
      await t
        .http()
        .patch(`/api/companies/${company.id}`)
        .set('Authorization', otherFounder.auth)
        .send({ employees: 1 })
        .expect(404);
      await t
        .http()
        .patch(`/api/companies/${company.id}`)
        .set('Authorization', reviewer.auth)
        .send({ employees: 1 })
        .expect(403);
      await t
        .http()
        .patch(`/api/companies/${company.id}`)
        .set('Authorization', founder.auth)
        .send({ employees: -3 })
        .expect(400);
      const [row] = await t.dataSource.query('SELECT employees FROM companies WHERE id = $1', [company.id]);
      expect(row.employees).toBe(40);
    });

    it('changes the currency only with the revenue and debt restated in it (amounts are never converted)', async () => {
      const company = await aCompany(t, founder); // USD 850,000.00 revenue, 50,000.00 debt
      const patch = (body: object) =>
        t.http().patch(`/api/companies/${company.id}`).set('Authorization', founder.auth).send(body);
      const alone = await patch({ currency: 'JPY' }).expect(400);
      expect(alone.body).toMatchObject({ code: 'validation_failed', message: expect.stringMatching(/currency/) });
      expect(alone.body.details.map((detail: { path: string }) => detail.path)).toEqual(['annualRevenue', 'totalDebt']);
      const halfway = await patch({ currency: 'jpy', annualRevenue: 120_000_000 }).expect(400);
      expect(halfway.body.details.map((detail: { path: string }) => detail.path)).toEqual(['totalDebt']);
      const [unchanged] = await t.dataSource.query(
        'SELECT currency, annual_revenue, total_debt FROM companies WHERE id = $1',
        [company.id],
      );
      expect(unchanged).toEqual({ currency: 'USD', annual_revenue: 85_000_000, total_debt: 5_000_000 });

      // Restating the same currency is no change; other fields keep working alone.
      await patch({ currency: 'USD', employees: 13 }).expect(200);
      const moved = await patch({ currency: 'JPY', annualRevenue: 120_000_000, totalDebt: 7_000_000 }).expect(200);
      expect(moved.body).toMatchObject({ currency: 'JPY', annualRevenue: 120_000_000, totalDebt: 7_000_000 });
    });
  });

  describe('documents', () => {
    it('stores an upload by content hash and serves it only to those who may see it', async () => {
      const company = await aCompany(t, founder);
      const upload = await t
        .http()
        .post(`/api/companies/${company.id}/documents`)
        .set('Authorization', founder.auth)
        .field('kind', 'financial_statements')
        .attach('file', PDF_BYTES, { filename: '../../etc/passwd 2025 accounts.pdf', contentType: 'application/pdf' })
        .expect(201);
      expect(upload.body).toMatchObject({
        kind: 'financial_statements',
        public: false,
        contentType: 'application/pdf',
        size: PDF_BYTES.length,
        sha256: createHash('sha256').update(PDF_BYTES).digest('hex'),
        filename: 'passwd 2025 accounts.pdf',
        url: `/api/documents/${upload.body.id}`,
      });
      const own = await t.http().get(upload.body.url).set('Authorization', founder.auth).expect(200);
      expect(Buffer.from(own.body).equals(PDF_BYTES)).toBe(true);
      expect(own.headers['content-type']).toBe('application/pdf');
      await t.http().get(upload.body.url).set('Authorization', reviewer.auth).expect(200);
      await t.http().get(upload.body.url).set('Authorization', otherFounder.auth).expect(404);
      await t.http().get(upload.body.url).expect(404);
    });

    it('checks the real file type, the size and the kind', async () => {
      const company = await aCompany(t, founder);
      const url = `/api/companies/${company.id}/documents`;
      const before = await count(t, 'company_documents');
      const exe = await t
        .http()
        .post(url)
        .set('Authorization', founder.auth)
        .field('kind', 'other')
        .attach('file', EXE_BYTES, { filename: 'licence.pdf', contentType: 'application/pdf' })
        .expect(415);
      expect(exe.body.code).toBe('unsupported_media_type');
      const big = Buffer.concat([PDF_BYTES, Buffer.alloc(5000, 32)]);
      const tooBig = await t
        .http()
        .post(url)
        .set('Authorization', founder.auth)
        .field('kind', 'other')
        .attach('file', big, 'big.pdf')
        .expect(413);
      expect(tooBig.body.code).toBe('payload_too_large');
      await t
        .http()
        .post(url)
        .set('Authorization', founder.auth)
        .field('kind', 'passport')
        .attach('file', PDF_BYTES, 'x.pdf')
        .expect(400);
      const identity = await t
        .http()
        .post(url)
        .set('Authorization', founder.auth)
        .field('kind', 'identity')
        .field('public', 'true')
        .attach('file', PNG_BYTES, 'id.png')
        .expect(400);
      expect(identity.body.details).toEqual([expect.objectContaining({ path: 'public' })]);
      await t.http().post(url).set('Authorization', founder.auth).field('kind', 'other').expect(400);
      await t
        .http()
        .post(url)
        .set('Authorization', otherFounder.auth)
        .field('kind', 'other')
        .attach('file', PDF_BYTES, 'x.pdf')
        .expect(404);
      expect(await count(t, 'company_documents')).toBe(before);
    });

    it('lists every document to the owner and staff, only public ones to the public once a campaign is public', async () => {
      const company = await aCompany(t, founder);
      const licence = await aDocument(t, founder, company.id, 'business_licence', true);
      const identity = await aDocument(t, founder, company.id, 'identity', false);
      const ownerList = await t
        .http()
        .get(`/api/companies/${company.id}/documents`)
        .set('Authorization', founder.auth)
        .expect(200);
      expect(ownerList.body.items.map((d: { id: string }) => d.id).sort()).toEqual([licence.id, identity.id].sort());
      await t.http().get(`/api/companies/${company.id}/documents`).expect(404);

      const campaign = await aCampaign(t, founder, company.id);
      await submit(t, founder, campaign.id);
      await decide(t, reviewer, campaign.id, 'approve').expect(201);
      const publicList = await t.http().get(`/api/companies/${company.id}/documents`).expect(200);
      expect(publicList.body.items.map((d: { id: string }) => d.id)).toEqual([licence.id]);
      await t.http().get(licence.url).expect(200);
      await t.http().get(identity.url).expect(404);
    });
  });

  describe('members', () => {
    const invite = (company: { id: string }, email: string, by = founder) =>
      t.http().post(`/api/companies/${company.id}/members`).set('Authorization', by.auth).send({ email });

    it('the owner invites, the person accepts; the owner removes; a member may leave; nobody else may', async () => {
      const company = await aCompany(t, founder);
      const colleague = await aUser(t, 'backer');
      const invited = await invite(company, colleague.email).expect(201);
      expect(invited.body).toMatchObject({ companyId: company.id, email: colleague.email, status: 'invited' });
      // Not a member until they say yes.
      await t.http().get(`/api/companies/${company.id}`).set('Authorization', colleague.auth).expect(404);
      await invite(company, colleague.email).expect(409);
      await invite(company, colleague.email, otherFounder).expect(404);

      const mine = await t.http().get('/api/me/invitations').set('Authorization', colleague.auth).expect(200);
      expect(mine.body.items).toEqual([
        expect.objectContaining({
          id: invited.body.id,
          companyId: company.id,
          companyName: company.legalName,
          invitedBy: founder.user.name,
          status: 'invited',
        }),
      ]);
      // Someone else's invitation does not exist for you.
      await t.http().post(`/api/invitations/${invited.body.id}/accept`).set('Authorization', backer.auth).expect(404);
      await t
        .http()
        .post(`/api/invitations/${invited.body.id}/accept`)
        .set('Authorization', colleague.auth)
        .expect(200);
      await t
        .http()
        .post(`/api/invitations/${invited.body.id}/decline`)
        .set('Authorization', colleague.auth)
        .expect(409);
      await invite(company, colleague.email).expect(409);

      const list = await t
        .http()
        .get(`/api/companies/${company.id}/members`)
        .set('Authorization', colleague.auth)
        .expect(200);
      expect(list.body.items.map((m: { role: string }) => m.role)).toEqual(['owner', 'member']);
      await t.http().get(`/api/companies/${company.id}`).set('Authorization', colleague.auth).expect(200);

      await t
        .http()
        .delete(`/api/companies/${company.id}/members/${founder.user.id}`)
        .set('Authorization', colleague.auth)
        .expect(403);
      await t
        .http()
        .delete(`/api/companies/${company.id}/members/${colleague.user.id}`)
        .set('Authorization', colleague.auth)
        .expect(200);
      await t.http().get(`/api/companies/${company.id}`).set('Authorization', colleague.auth).expect(404);
      const after = await t.http().get(`/api/companies/${company.id}/members`).set('Authorization', founder.auth);
      expect(after.body.items.map((m: { role: string }) => m.role)).toEqual(['owner']);

      // Invited again, they can come back.
      const again = await invite(company, colleague.email).expect(201);
      await t.http().post(`/api/invitations/${again.body.id}/accept`).set('Authorization', colleague.auth).expect(200);
      await t.http().get(`/api/companies/${company.id}`).set('Authorization', colleague.auth).expect(200);
    });

    it('answers the same whether or not an account has the email; the account made later can accept', async () => {
      const company = await aCompany(t, founder);
      const existing = await aUser(t, 'backer');
      const newcomerEmail = uniqueEmail('newcomer');
      const a = await invite(company, existing.email).expect(201);
      const b = await invite(company, newcomerEmail).expect(201);
      const shape = (body: Record<string, unknown>) => Object.keys(body).sort();
      expect(shape(b.body)).toEqual(shape(a.body));
      expect(b.body).toMatchObject({ status: 'invited', email: newcomerEmail });

      const open = await t
        .http()
        .get(`/api/companies/${company.id}/invitations`)
        .set('Authorization', founder.auth)
        .expect(200);
      expect(open.body.items.map((i: { email: string }) => i.email).sort()).toEqual(
        [existing.email, newcomerEmail].sort(),
      );
      await t.http().get(`/api/companies/${company.id}/invitations`).set('Authorization', existing.auth).expect(404);

      const newcomer = await signUp(newcomerEmail);
      await t.http().post(`/api/invitations/${b.body.id}/accept`).set('Authorization', newcomer.auth).expect(200);
      await t.http().get(`/api/companies/${company.id}`).set('Authorization', newcomer.auth).expect(200);

      // Declined and withdrawn invitations leave nobody a member.
      await t.http().post(`/api/invitations/${a.body.id}/decline`).set('Authorization', existing.auth).expect(200);
      await t.http().get(`/api/companies/${company.id}`).set('Authorization', existing.auth).expect(404);
      const c = await invite(company, existing.email).expect(201);
      await t
        .http()
        .delete(`/api/companies/${company.id}/invitations/${c.body.id}`)
        .set('Authorization', founder.auth)
        .expect(200);
      await t.http().post(`/api/invitations/${c.body.id}/accept`).set('Authorization', existing.auth).expect(409);
      await t.http().get(`/api/companies/${company.id}`).set('Authorization', existing.auth).expect(404);
    });

    it('inviting the same person twice at once makes one invitation and one 409, never a 500', async () => {
      const company = await aCompany(t, founder);
      const colleague = await aUser(t, 'backer');
      const answers = await Promise.all(Array.from({ length: 6 }, () => invite(company, colleague.email)));
      expect(answers.map((a) => a.status).sort()).toEqual([201, 409, 409, 409, 409, 409]);
      const [row] = await t.dataSource.query(
        `SELECT count(*)::int AS n FROM company_invitations WHERE company_id = $1 AND email = $2`,
        [company.id, colleague.email],
      );
      expect(row.n).toBe(1);
    });

    it('refuses a malformed email with 400 and writes nothing', async () => {
      const company = await aCompany(t, founder);
      const before = await count(t, 'company_invitations');
      await invite(company, 'not an email').expect(400);
      expect(await count(t, 'company_invitations')).toBe(before);
    });
  });

  async function signUp(email: string): Promise<SignedInUser> {
    await t.http().post('/api/auth/register').send(aRegistration({ email })).expect(201);
    return signIn(t, email, TEST_PASSWORD);
  }
});
