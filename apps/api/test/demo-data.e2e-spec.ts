import { DEMO_PASSWORD, seedDemoData } from '../src/demo/demo-data';
import { count, signIn } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('demo data (pnpm start on a fresh machine)', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await seedDemoData(t.app);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('holds campaigns of each type in several states, reached through review', async () => {
    const rows = (await t.dataSource.query(`SELECT type, status FROM campaigns`)) as { type: string; status: string }[];
    expect(new Set(rows.map((r) => r.type))).toEqual(new Set(['reward', 'bond', 'shareholding']));
    expect(new Set(rows.map((r) => r.status))).toEqual(
      new Set(['draft', 'submitted', 'in_review', 'changes_requested', 'rejected', 'approved', 'live', 'failed']),
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
    expect(listing.body.total).toBe(4);
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

  it('is made once: a second start adds nothing', async () => {
    const before = [await count(t, 'users'), await count(t, 'companies'), await count(t, 'campaigns')];
    await seedDemoData(t.app);
    expect([await count(t, 'users'), await count(t, 'companies'), await count(t, 'campaigns')]).toEqual(before);
  });
});
