import { PostgresQueryRunner } from 'typeorm/driver/postgres/PostgresQueryRunner';
import { aCampaign, aCompany } from './support/campaign-factories';
import { aUser, type SignedInUser } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

const DAY = 86_400_000;

interface Fixture {
  title: string;
  type: 'reward' | 'bond' | 'shareholding';
  status: string;
  raised?: number;
  endsInDays?: number;
  liveDaysAgo?: number;
  rateBps?: number;
}

describe('GET /api/campaigns: the public listing', () => {
  let t: TestApp;
  let founder: SignedInUser;
  let companyId: string;
  const ids = new Map<string, string>();

  /** Campaigns are drafted through the API; their state (normally reached through review and pledges) is set directly. */
  async function place(fixture: Fixture) {
    const overrides: Record<string, unknown> = { title: fixture.title };
    if (fixture.type === 'bond')
      overrides.terms = {
        annualRateBps: fixture.rateBps ?? 500,
        termMonths: 12,
        repayment: 'bullet',
        denomination: 10_000,
        minUnits: 1,
      };
    const campaign = await aCampaign(t, founder, companyId, fixture.type, overrides);
    const endsAt = new Date(Date.now() + (fixture.endsInDays ?? 20) * DAY);
    await t.dataSource.query(
      `UPDATE campaigns SET status = $2, raised_minor = $3, ends_at = $4, starts_at = $4::timestamptz - interval '30 days',
              live_at = CASE WHEN $2 IN ('live', 'succeeded', 'failed') THEN now() - ($5 || ' days')::interval END
        WHERE id = $1`,
      [campaign.id, fixture.status, fixture.raised ?? 0, endsAt, String(fixture.liveDaysAgo ?? 1)],
    );
    ids.set(fixture.title, campaign.id);
  }

  beforeAll(async () => {
    // The scheduler would put the approved fixture (its start is past) live mid-file on a slow machine.
    t = await startTestApp({ SCHEDULER_INTERVAL_MS: '600000', JOBS_INTERVAL_MS: '600000' });
    founder = await aUser(t, 'founder');
    companyId = (await aCompany(t, founder)).id;
    const fixtures: Fixture[] = [
      {
        title: 'Solar roof for the bakery',
        type: 'reward',
        status: 'live',
        raised: 4_000_000,
        endsInDays: 5,
        liveDaysAgo: 3,
      },
      {
        title: 'Solstice cider press',
        type: 'reward',
        status: 'live',
        raised: 500_000,
        endsInDays: 15,
        liveDaysAgo: 1,
      },
      {
        title: 'Delivery van bond',
        type: 'bond',
        status: 'live',
        raised: 1_000_000,
        endsInDays: 25,
        liveDaysAgo: 2,
        rateBps: 800,
      },
      {
        title: 'Workshop expansion bond',
        type: 'bond',
        status: 'live',
        raised: 0,
        endsInDays: 30,
        liveDaysAgo: 5,
        rateBps: 450,
      },
      {
        title: 'Community shares in the mill',
        type: 'shareholding',
        status: 'succeeded',
        raised: 6_000_000,
        endsInDays: -2,
        liveDaysAgo: 40,
      },
      {
        title: 'Failed greenhouse',
        type: 'reward',
        status: 'failed',
        raised: 100_000,
        endsInDays: -5,
        liveDaysAgo: 50,
      },
      { title: 'Cancelled kiosk', type: 'reward', status: 'cancelled' },
      { title: 'Secret draft', type: 'reward', status: 'draft' },
      { title: 'Waiting in queue', type: 'reward', status: 'submitted' },
      { title: 'Coming soon bakery', type: 'reward', status: 'approved' },
      { title: 'Rejected scheme', type: 'reward', status: 'rejected' },
    ];
    for (const fixture of fixtures) await place(fixture);
  });
  afterAll(async () => {
    await t?.close();
  });

  const titles = (body: { items: { title: string }[] }) => body.items.map((item) => item.title);

  it('lists live and finished campaigns only, newest first, in the list shape', async () => {
    const response = await t.http().get('/api/campaigns').expect(200);
    expect(response.body).toMatchObject({ total: 6, page: 1, pageSize: 20 });
    expect(titles(response.body)).toEqual([
      'Solstice cider press',
      'Delivery van bond',
      'Solar roof for the bakery',
      'Workshop expansion bond',
      'Community shares in the mill',
      'Failed greenhouse',
    ]);
    const item = response.body.items[0];
    expect(item).toMatchObject({
      id: ids.get('Solstice cider press'),
      type: 'reward',
      status: 'live',
      currency: 'USD',
      goal: 5_000_000,
      raised: 500_000,
      backers: 0,
    });
    expect(item.company).toEqual(expect.objectContaining({ id: companyId, legalName: expect.any(String) }));
    expect(item.company).not.toHaveProperty('annualRevenue');
    expect(item.terms.tiers[0]).toEqual(expect.objectContaining({ id: expect.any(String), sold: 0, remaining: 100 }));
  });

  it('never shows drafts, the review queue, approved-not-started, rejected or (unasked) cancelled campaigns', async () => {
    const all = await t.http().get('/api/campaigns?pageSize=100').expect(200);
    for (const hidden of [
      'Secret draft',
      'Waiting in queue',
      'Coming soon bakery',
      'Rejected scheme',
      'Cancelled kiosk',
    ])
      expect(titles(all.body)).not.toContain(hidden);
    const cancelled = await t.http().get('/api/campaigns?status=cancelled').expect(200);
    expect(titles(cancelled.body)).toEqual(['Cancelled kiosk']);
    await t.http().get('/api/campaigns?status=draft').expect(400);
    await t.http().get('/api/campaigns?status=approved').expect(400);
  });

  it('filters by type and status', async () => {
    const bonds = await t.http().get('/api/campaigns?type=bond').expect(200);
    expect(titles(bonds.body).sort()).toEqual(['Delivery van bond', 'Workshop expansion bond']);
    const succeeded = await t.http().get('/api/campaigns?status=succeeded').expect(200);
    expect(titles(succeeded.body)).toEqual(['Community shares in the mill']);
    const liveRewards = await t.http().get('/api/campaigns?status=live&type=reward').expect(200);
    expect(titles(liveRewards.body).sort()).toEqual(['Solar roof for the bakery', 'Solstice cider press']);
  });

  it('searches title and summary by word prefix, all words required', async () => {
    const sol = await t.http().get('/api/campaigns?q=sol').expect(200);
    expect(titles(sol.body).sort()).toEqual(['Solar roof for the bakery', 'Solstice cider press']);
    const two = await t
      .http()
      .get(`/api/campaigns?q=${encodeURIComponent('solar BAKERY')}`)
      .expect(200);
    expect(titles(two.body)).toEqual(['Solar roof for the bakery']);
    const none = await t.http().get('/api/campaigns?q=submarine').expect(200);
    expect(none.body).toEqual({ items: [], total: 0, page: 1, pageSize: 20 });
    const draft = await t.http().get('/api/campaigns?q=secret').expect(200);
    expect(draft.body.total).toBe(0);
    const syntax = await t
      .http()
      .get(`/api/campaigns?q=${encodeURIComponent("bond & | ! ( ' :*")}`)
      .expect(200);
    expect(titles(syntax.body).sort()).toEqual(['Delivery van bond', 'Workshop expansion bond']);
  });

  it('sorts by deadline, percent funded and interest rate', async () => {
    const deadline = await t.http().get('/api/campaigns?status=live&sort=deadline').expect(200);
    expect(titles(deadline.body)).toEqual([
      'Solar roof for the bakery',
      'Solstice cider press',
      'Delivery van bond',
      'Workshop expansion bond',
    ]);
    const endingSoonest = await t.http().get('/api/campaigns?sort=deadline').expect(200);
    expect(titles(endingSoonest.body)).toEqual([
      'Solar roof for the bakery',
      'Solstice cider press',
      'Delivery van bond',
      'Workshop expansion bond',
      'Failed greenhouse',
      'Community shares in the mill',
    ]);
    const funded = await t.http().get('/api/campaigns?sort=funded').expect(200);
    expect(titles(funded.body).slice(0, 3)).toEqual([
      'Community shares in the mill',
      'Solar roof for the bakery',
      'Delivery van bond',
    ]);
    const rate = await t.http().get('/api/campaigns?sort=rate').expect(200);
    expect(titles(rate.body).slice(0, 2)).toEqual(['Delivery van bond', 'Workshop expansion bond']);
  });

  it('paginates, and refuses page sizes outside 1–100 and unknown parameters', async () => {
    const first = await t.http().get('/api/campaigns?pageSize=4').expect(200);
    const second = await t.http().get('/api/campaigns?pageSize=4&page=2').expect(200);
    expect(first.body).toMatchObject({ total: 6, page: 1, pageSize: 4 });
    expect(first.body.items).toHaveLength(4);
    expect(second.body.items).toHaveLength(2);
    expect(new Set([...titles(first.body), ...titles(second.body)]).size).toBe(6);
    const beyond = await t.http().get('/api/campaigns?page=9').expect(200);
    expect(beyond.body).toMatchObject({ items: [], total: 6, page: 9 });
    for (const bad of [
      'pageSize=0',
      'pageSize=101',
      'page=0',
      'page=-1',
      'pageSize=abc',
      'sort=popular',
      'type=loan',
      'featured=yes',
      'colour=red',
      'q=',
    ]) {
      const response = await t.http().get(`/api/campaigns?${bad}`).expect(400);
      expect(response.body.code).toBe('validation_failed');
    }
  });

  it('featured=true shows live campaigns only', async () => {
    const featured = await t.http().get('/api/campaigns?featured=true').expect(200);
    expect(featured.body.items.every((item: { status: string }) => item.status === 'live')).toBe(true);
    expect(featured.body.total).toBe(4);
  });

  it('costs the same number of queries for a page of 2 as for a page of 6 (no query per campaign)', async () => {
    const original = PostgresQueryRunner.prototype.query;
    let queries = 0;
    PostgresQueryRunner.prototype.query = function (this: PostgresQueryRunner, ...args: Parameters<typeof original>) {
      queries += 1;
      return original.apply(this, args);
    } as typeof original;
    try {
      await t.http().get('/api/campaigns?pageSize=2').expect(200);
      const small = queries;
      queries = 0;
      await t.http().get('/api/campaigns?pageSize=6').expect(200);
      expect(queries).toBe(small);
      expect(small).toBeLessThanOrEqual(4);
    } finally {
      PostgresQueryRunner.prototype.query = original;
    }
  });
});
