import {
  aCampaign,
  aCampaignBody,
  aCompany,
  BOND_DISCLOSURES,
  decide,
  PNG_BYTES,
  submit,
} from './support/campaign-factories';
import { aUser, count, type SignedInUser } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const DAY = 86_400_000;

describe('campaigns: drafting, editing, visibility', () => {
  let t: TestApp;
  let founder: SignedInUser;
  let otherFounder: SignedInUser;
  let backer: SignedInUser;
  let reviewer: SignedInUser;
  let companyId: string;
  beforeAll(async () => {
    t = await startTestApp();
    [founder, otherFounder, backer, reviewer] = await Promise.all([
      aUser(t, 'founder'),
      aUser(t, 'founder'),
      aUser(t, 'backer'),
      aUser(t, 'reviewer'),
    ]);
    companyId = (await aCompany(t, founder)).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const create = (body: object, who: SignedInUser = founder) =>
    t.http().post('/api/campaigns').set('Authorization', who.auth).send(body);

  describe('POST /api/campaigns', () => {
    it('drafts a reward campaign whose tiers carry id, sold and remaining', async () => {
      const response = await create(aCampaignBody(companyId, 'reward')).expect(201);
      expect(response.body).toMatchObject({
        id: expect.any(String),
        type: 'reward',
        status: 'draft',
        currency: 'USD',
        goal: 5_000_000,
        maxAmount: 10_000_000,
        raised: 0,
        backers: 0,
        risk: null,
        company: { id: companyId, legalName: 'Harbour Bakery Ltd' },
        terms: { allowDonations: true },
      });
      expect(response.body.terms.tiers).toEqual([
        expect.objectContaining({
          id: expect.any(String),
          title: 'A loaf a week',
          price: 2500,
          quantity: 100,
          sold: 0,
          remaining: 100,
        }),
        expect.objectContaining({
          id: expect.any(String),
          title: 'Baking class',
          price: 9000,
          sold: 0,
          remaining: null,
        }),
      ]);
      expect(response.body.company).not.toHaveProperty('registrationNumber');
    });

    it('drafts a bond campaign with its terms', async () => {
      const response = await create(aCampaignBody(companyId, 'bond')).expect(201);
      expect(response.body.terms).toEqual({
        annualRateBps: 650,
        termMonths: 24,
        repayment: 'amortizing',
        denomination: 10_000,
        minUnits: 1,
        ...BOND_DISCLOSURES,
      });
    });

    it('drafts a share offering whose maximum is shares offered × price', async () => {
      const response = await create(aCampaignBody(companyId, 'shareholding')).expect(201);
      expect(response.body.maxAmount).toBe(40_000 * 500);
      await create(aCampaignBody(companyId, 'shareholding', { maxAmount: 20_000_000 })).expect(201);
    });

    it('stores milestones whose shares add up to 100%', async () => {
      const body = aCampaignBody(companyId, 'reward');
      const after = (days: number) => new Date(Date.parse(body.endsAt) + days * DAY).toISOString().slice(0, 10);
      const response = await create({
        ...body,
        milestones: [
          { title: 'Oven delivered', description: 'The oven is in place', shareBps: 6000, dueOn: after(30) },
          { title: 'Staff trained', description: 'Two bakers trained', shareBps: 4000, dueOn: after(60) },
        ],
      }).expect(201);
      expect(response.body.milestones).toEqual([
        expect.objectContaining({ title: 'Oven delivered', shareBps: 6000, status: 'pending', id: expect.any(String) }),
        expect.objectContaining({ title: 'Staff trained', shareBps: 4000, status: 'pending' }),
      ]);
    });

    const now = Date.now();
    const soon = (days: number) => new Date(now + days * DAY).toISOString();
    // Each row edits a JSON request body in a different place; typing every shape would hide what each row changes.
    /* eslint-disable @typescript-eslint/no-explicit-any */
    it.each([
      [
        'a reward tier with a negative price',
        'reward',
        (b: any) => ({ ...b, terms: { ...b.terms, tiers: [{ ...b.terms.tiers[0], price: -5 }] } }),
        'terms.tiers.0.price',
      ],
      ['a reward shorter than 7 days', 'reward', (b: any) => ({ ...b, startsAt: soon(1), endsAt: soon(7) }), 'endsAt'],
      ['a reward longer than 90 days', 'reward', (b: any) => ({ ...b, startsAt: soon(1), endsAt: soon(95) }), 'endsAt'],
      ['a bond shorter than 21 days', 'bond', (b: any) => ({ ...b, startsAt: soon(1), endsAt: soon(15) }), 'endsAt'],
      ['a deadline in the past', 'reward', (b: any) => ({ ...b, startsAt: soon(-20), endsAt: soon(-1) }), 'endsAt'],
      ['a goal above the hard cap', 'reward', (b: any) => ({ ...b, goal: 20_000_000 }), 'maxAmount'],
      ['a bond goal that is not a whole number of units', 'bond', (b: any) => ({ ...b, goal: 5_000_050 }), 'goal'],
      [
        'a bond rate of zero',
        'bond',
        (b: any) => ({ ...b, terms: { ...b.terms, annualRateBps: 0 } }),
        'terms.annualRateBps',
      ],
      [
        'a share maximum that is not shares × price',
        'shareholding',
        (b: any) => ({ ...b, maxAmount: 123 }),
        'maxAmount',
      ],
      [
        'reward delivery before the deadline',
        'reward',
        (b: any) => ({ ...b, terms: { ...b.terms, tiers: [{ ...b.terms.tiers[0], estimatedDelivery: '2020-01' }] } }),
        'terms.tiers.0.estimatedDelivery',
      ],
      [
        'milestones not adding up to 100%',
        'reward',
        (b: any) => ({ ...b, milestones: [{ title: 'M', description: '', shareBps: 5000, dueOn: '2030-01-01' }] }),
        'milestones',
      ],
      ['an unknown type', 'reward', (b: any) => ({ ...b, type: 'lottery' }), 'type'],
      ['an unknown currency', 'reward', (b: any) => ({ ...b, currency: 'XXX' }), 'currency'],
      ['an unknown field', 'reward', (b: any) => ({ ...b, featured: true }), 'featured'],
      ['a fractional goal', 'reward', (b: any) => ({ ...b, goal: 10.5 }), 'goal'],
      /* eslint-enable @typescript-eslint/no-explicit-any */
    ])('refuses %s with 400 at its field and writes nothing', async (_what, type, change, path) => {
      const before = await count(t, 'campaigns');
      const response = await create(change(aCampaignBody(companyId, type as 'reward'))).expect(400);
      expect(response.body.code).toBe('validation_failed');
      expect(response.body.details.map((d: { path: string }) => d.path)).toContain(path);
      expect(await count(t, 'campaigns')).toBe(before);
    });

    it('refuses campaigns for someone else’s company, and callers who are not founders', async () => {
      await create(aCampaignBody(companyId), otherFounder).expect(404);
      await create(aCampaignBody(companyId), backer).expect(403);
      await create(aCampaignBody(companyId), reviewer).expect(403);
      await t.http().post('/api/campaigns').send(aCampaignBody(companyId)).expect(401);
    });
  });

  describe('PATCH /api/campaigns/:id', () => {
    it('edits a draft, merging the patch and bumping the version', async () => {
      const campaign = await aCampaign(t, founder, companyId, 'bond');
      const response = await t
        .http()
        .patch(`/api/campaigns/${campaign.id}`)
        .set('Authorization', founder.auth)
        .send({
          title: 'A bigger oven for Harbour Bakery',
          terms: { annualRateBps: 700, termMonths: 36, repayment: 'bullet', denomination: 10_000, minUnits: 2 },
        })
        .expect(200);
      expect(response.body).toMatchObject({
        title: 'A bigger oven for Harbour Bakery',
        terms: { annualRateBps: 700, repayment: 'bullet' },
        goal: 5_000_000,
      });
      const [row] = await t.dataSource.query('SELECT version, annual_rate_bps FROM campaigns WHERE id = $1', [
        campaign.id,
      ]);
      expect(row).toEqual({ version: 2, annual_rate_bps: 700 });
    });

    it('judges the merged result: a patch cannot make the campaign invalid', async () => {
      const campaign = await aCampaign(t, founder, companyId, 'reward');
      const response = await t
        .http()
        .patch(`/api/campaigns/${campaign.id}`)
        .set('Authorization', founder.auth)
        .send({ goal: 50_000_000 })
        .expect(400);
      expect(response.body.details.map((d: { path: string }) => d.path)).toContain('maxAmount');
      const badTerms = await t
        .http()
        .patch(`/api/campaigns/${campaign.id}`)
        .set('Authorization', founder.auth)
        .send({ terms: { annualRateBps: 500 } })
        .expect(400);
      expect(badTerms.body.code).toBe('validation_failed');
      const [row] = await t.dataSource.query('SELECT goal_minor, version FROM campaigns WHERE id = $1', [campaign.id]);
      expect(row).toEqual({ goal_minor: 5_000_000, version: 1 });
    });

    it('replaces reward tiers as a whole', async () => {
      const campaign = await aCampaign(t, founder, companyId, 'reward');
      const terms = {
        tiers: [{ title: 'Only tier', description: 'One thing', price: 1000, estimatedDelivery: '2031-01' }],
        allowDonations: false,
      };
      const response = await t
        .http()
        .patch(`/api/campaigns/${campaign.id}`)
        .set('Authorization', founder.auth)
        .send({ terms })
        .expect(200);
      expect(response.body.terms).toEqual({
        allowDonations: false,
        tiers: [expect.objectContaining({ title: 'Only tier', remaining: null, sold: 0 })],
      });
    });

    it('is for the founder of a draft only', async () => {
      const campaign = await aCampaign(t, founder, companyId, 'reward');
      await t
        .http()
        .patch(`/api/campaigns/${campaign.id}`)
        .set('Authorization', otherFounder.auth)
        .send({ title: 'Hijacked title!' })
        .expect(404);
      await t
        .http()
        .patch(`/api/campaigns/${campaign.id}`)
        .set('Authorization', reviewer.auth)
        .send({ title: 'Reviewer title' })
        .expect(403);
      await submit(t, founder, campaign.id);
      const locked = await t
        .http()
        .patch(`/api/campaigns/${campaign.id}`)
        .set('Authorization', founder.auth)
        .send({ title: 'Changed after submission' })
        .expect(409);
      expect(locked.body.code).toBe('invalid_transition');
      const [row] = await t.dataSource.query('SELECT title FROM campaigns WHERE id = $1', [campaign.id]);
      expect(row.title).toBe(campaign.title);
    });
  });

  describe('visibility', () => {
    it('a draft exists only for its founder and staff (404 for everyone else, not 403)', async () => {
      const campaign = await aCampaign(t, founder, companyId);
      await t.http().get(`/api/campaigns/${campaign.id}`).set('Authorization', founder.auth).expect(200);
      await t.http().get(`/api/campaigns/${campaign.id}`).set('Authorization', reviewer.auth).expect(200);
      await t.http().get(`/api/campaigns/${campaign.id}`).set('Authorization', otherFounder.auth).expect(404);
      await t.http().get(`/api/campaigns/${campaign.id}`).set('Authorization', backer.auth).expect(404);
      await t.http().get(`/api/campaigns/${campaign.id}`).expect(404);
      await t.http().get('/api/campaigns/00000000-0000-0000-0000-000000000000').expect(404);
      await t.http().get('/api/campaigns/nope').expect(404);
    });

    it('an approved campaign is public (its coming-soon page)', async () => {
      const campaign = await aCampaign(t, founder, companyId);
      await submit(t, founder, campaign.id);
      await decide(t, reviewer, campaign.id, 'approve').expect(201);
      const page = await t.http().get(`/api/campaigns/${campaign.id}`).expect(200);
      expect(page.body.status).toBe('approved');
      expect(page.body.risk).toMatchObject({
        score: expect.any(Number),
        grade: expect.stringMatching(/^[A-C]$/),
        factors: expect.any(Array),
      });
    });

    it('GET /api/me/campaigns lists the founder’s own campaigns in every state, paginated', async () => {
      const mine = await t.http().get('/api/me/campaigns?pageSize=100').set('Authorization', founder.auth).expect(200);
      expect(mine.body).toMatchObject({ page: 1, pageSize: 100, total: expect.any(Number) });
      expect(mine.body.items.length).toBe(mine.body.total);
      expect(new Set(mine.body.items.map((c: { status: string }) => c.status))).toEqual(
        new Set(['draft', 'submitted', 'approved']),
      );
      const theirs = await t.http().get('/api/me/campaigns').set('Authorization', otherFounder.auth).expect(200);
      expect(theirs.body).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
      await t.http().get('/api/me/campaigns').set('Authorization', backer.auth).expect(403);
      await t.http().get('/api/me/campaigns?pageSize=0').set('Authorization', founder.auth).expect(400);
    });
  });

  describe('images', () => {
    it('sets a cover image that is visible exactly when the campaign is', async () => {
      const campaign = await aCampaign(t, founder, companyId);
      const upload = await t
        .http()
        .post(`/api/campaigns/${campaign.id}/images`)
        .set('Authorization', founder.auth)
        .field('cover', 'true')
        .attach('file', PNG_BYTES, 'cover.png')
        .expect(201);
      const detail = await t.http().get(`/api/campaigns/${campaign.id}`).set('Authorization', founder.auth).expect(200);
      expect(detail.body.coverImageUrl).toBe(upload.body.url);
      await t
        .http()
        .get(upload.body.url)
        .set('Authorization', founder.auth)
        .expect(200)
        .expect('Content-Type', 'image/png');
      await t.http().get(upload.body.url).expect(404);
      await t
        .http()
        .post(`/api/campaigns/${campaign.id}/images`)
        .set('Authorization', founder.auth)
        .attach('file', Buffer.from('%PDF-1.4 not an image'), 'x.pdf')
        .expect(415);
    });
  });
});
