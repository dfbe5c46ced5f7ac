import { DEMO_PASSWORD, seedDemoData } from '../src/demo/demo-data';
import { count, signIn } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('demo data (pnpm start on a fresh machine)', () => {
  let t: TestApp;
  // Seeding goes through every real service (password hashing, review, the Stripe emulator): slow machines need time.
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.app);
  }, 180_000);
  afterAll(async () => {
    await t?.close();
  });

  it('holds campaigns of each type in several states, reached through review', async () => {
    const rows = (await t.dataSource.query(`SELECT type, status FROM campaigns`)) as { type: string; status: string }[];
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['reward', 'bond', 'shareholding']));
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set([
        'draft',
        'submitted',
        'in_review',
        'changes_requested',
        'rejected',
        'approved',
        'live',
        'succeeded',
        'failed',
      ]),
    );
    for (const type of ['reward', 'bond', 'shareholding']) expect(rows).toContainEqual({ type, status: 'live' });
    expect(await count(t, `audit_log WHERE action = 'campaign.approve'`)).toBeGreaterThan(3);
  });

  it('gives the demo reviewer a non-empty queue, including a second review to do', async () => {
    const reviewer = await signIn(t, 'reviewer@demo.crowdstake.test', DEMO_PASSWORD);
    const queue = await t.http().get('/api/review/queue').set('Authorization', reviewer.auth).expect(200);
    expect(queue.body.total).toBeGreaterThanOrEqual(3);
    expect(
      queue.body.items.some(
        (item: { status: string; approvals: unknown[] }) => item.status === 'in_review' && item.approvals.length === 1,
      ),
    ).toBe(true);
  });

  it('lists live and finished campaigns publicly, with cover images', async () => {
    const listing = await t.http().get('/api/campaigns').expect(200);
    expect(listing.body.total).toBe(6);
    const cover = listing.body.items[0].coverImageUrl as string;
    await t.http().get(cover).expect(200).expect('Content-Type', 'image/png');
  });

  it('shows the demo founder the reviewer’s reasons', async () => {
    const founder = await signIn(t, 'founder@demo.crowdstake.test', DEMO_PASSWORD);
    const mine = await t.http().get('/api/me/campaigns?pageSize=50').set('Authorization', founder.auth).expect(200);
    const sentBack = mine.body.items.find((c: { status: string }) => c.status === 'changes_requested');
    const reviews = await t
      .http()
      .get(`/api/campaigns/${sentBack.id}/reviews`)
      .set('Authorization', founder.auth)
      .expect(200);
    expect(reviews.body.items[0]).toMatchObject({
      decision: 'request_changes',
      reasons: expect.stringMatching(/permit/),
    });
  });

  /** A demo campaign as the public sees it, and its pledges' statuses oldest first. */
  async function demoCampaign(title: string) {
    const [row] = (await t.dataSource.query(`SELECT id FROM campaigns WHERE title = $1`, [title])) as { id: string }[];
    const campaign = await t.http().get(`/api/campaigns/${row!.id}`).expect(200);
    const pledges = (await t.dataSource.query(
      `SELECT status FROM pledges WHERE campaign_id = $1 ORDER BY created_at, id`,
      [row!.id],
    )) as { status: string }[];
    return { id: row!.id, body: campaign.body, pledges: pledges.map((p) => p.status).sort() };
  }

  it('has backers pledging to the live campaigns: held, declined, waiting for the bank', async () => {
    const oven = await demoCampaign('A second oven for Harbour Bakery');
    expect(oven.body).toMatchObject({ status: 'live', raised: 50_500, backers: 4 });
    expect(oven.pledges).toEqual(['failed', 'held', 'held', 'held', 'held', 'held', 'pending']);
    const bikes = await demoCampaign('Electric cargo bikes for Lumen Cycles');
    expect(bikes.body).toMatchObject({ status: 'live', raised: 350_000, backers: 3 });
    const shares = await demoCampaign('Community shares in Millbrook Brewing');
    expect(shares.body).toMatchObject({ status: 'live', raised: 150_000, backers: 2 });
    // Investment pledges are charged at once: their money is in escrow, in the public money trail.
    const trail = await t.http().get(`/api/campaigns/${bikes.id}/money-trail`).expect(200);
    expect(trail.body).toMatchObject({ currency: 'USD', collected: 350_000, inEscrow: 350_000, refunded: 0 });

    const backer = await signIn(t, 'backer@demo.crowdstake.test', DEMO_PASSWORD);
    const mine = await t.http().get('/api/me/pledges?pageSize=50').set('Authorization', backer.auth).expect(200);
    expect(mine.body.total).toBe(4);
    const waiting = await signIn(t, 'backer5@demo.crowdstake.test', DEMO_PASSWORD);
    const theirs = await t.http().get('/api/me/pledges?pageSize=50').set('Authorization', waiting.auth).expect(200);
    expect(theirs.body.items.map((p: { status: string }) => p.status)).toContain('pending');
  });

  it('settled a succeeded campaign at its deadline: saved cards charged, one declined card waiting for its backer', async () => {
    const school = await demoCampaign('Sourdough school at Harbour Bakery');
    expect(school.body).toMatchObject({ status: 'succeeded', raised: 42_000, backers: 5 });
    expect(school.pledges).toEqual(['action_required', 'settled', 'settled', 'settled', 'settled']);
    const trail = await t.http().get(`/api/campaigns/${school.id}/money-trail`).expect(200);
    expect(trail.body).toMatchObject({ collected: 39_000, inEscrow: 39_000, refunded: 0, released: 0 });
    expect(trail.body.entries).toHaveLength(4);
  });

  it('refunded every charged pledge of a failed investment campaign, and released the saved cards of a failed reward one', async () => {
    const canning = await demoCampaign('A canning line for Millbrook Brewing');
    expect(canning.body).toMatchObject({ status: 'failed', raised: 0, backers: 0 });
    expect(canning.pledges).toEqual(['refunded', 'refunded', 'refunded']);
    const trail = await t.http().get(`/api/campaigns/${canning.id}/money-trail`).expect(200);
    expect(trail.body).toMatchObject({ collected: 380_000, refunded: 380_000, inEscrow: 0 });
    expect(trail.body.entries.map((e: { kind: string }) => e.kind).sort()).toEqual([
      'pledge_collected',
      'pledge_collected',
      'pledge_collected',
      'pledge_refunded',
      'pledge_refunded',
      'pledge_refunded',
    ]);
    const festival = await demoCampaign('Millbrook winter festival');
    expect(festival.body).toMatchObject({ status: 'failed', raised: 0 });
    expect(festival.pledges).toEqual(['cancelled', 'cancelled']);
    const none = await t.http().get(`/api/campaigns/${festival.id}/money-trail`).expect(200);
    expect(none.body).toMatchObject({ collected: 0, inEscrow: 0 });
  });

  it('features the live campaign with the most backers this week first', async () => {
    const featured = await t.http().get('/api/campaigns?featured=true').expect(200);
    expect(featured.body.items.map((c: { title: string }) => c.title)).toEqual([
      'A second oven for Harbour Bakery',
      'Electric cargo bikes for Lumen Cycles',
      'Community shares in Millbrook Brewing',
    ]);
  });

  it('is made once: a second start adds nothing', async () => {
    const tables = ['users', 'companies', 'campaigns', 'pledges', 'ledger_transactions'];
    const before = await Promise.all(tables.map((table) => count(t, table)));
    await seedDemoData(t.app);
    expect(await Promise.all(tables.map((table) => count(t, table)))).toEqual(before);
  });
});
