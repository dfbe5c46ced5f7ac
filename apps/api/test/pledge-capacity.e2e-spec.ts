import { PledgePlacementService } from '../src/pledges/pledge-placement.service';
import { aKey, aLiveCampaign, manyBackers } from './support/pledge-factories';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * No oversubscription under concurrency: the cap and a tier's quantity hold
 * when hundreds of backers pledge at the same instant. PGlite runs one
 * transaction at a time, so only the PostgreSQL server can prove this.
 */
const onServer = Boolean(process.env.DATABASE_URL);
if (!onServer)
  process.stdout.write(
    '\nSkipping pledge-capacity.e2e-spec.ts: the concurrency proofs need the PostgreSQL server (DATABASE_URL).\n',
  );
const describeOnServer = onServer ? describe : describe.skip;

describeOnServer('pledge capacity under 200 concurrent pledges (PostgreSQL server)', () => {
  let t: TestApp;
  let placement: PledgePlacementService;

  beforeAll(async () => {
    // A burst of 200 on one pool: requests queue for a connection; the wait is generous so the test is about capacity.
    t = await startTestApp({ DATABASE_POOL_SIZE: '20', DATABASE_CONNECT_TIMEOUT_MS: '60000' });
    placement = t.app.get(PledgePlacementService);
  });
  afterAll(() => t.close());

  async function outcomes(promises: Promise<unknown>[]) {
    const settled = await Promise.allSettled(promises);
    const codes = settled.map((result) =>
      result.status === 'fulfilled' ? 'placed' : ((result.reason as { code?: string }).code ?? String(result.reason)),
    );
    return codes.reduce<Record<string, number>>((tally, code) => ({ ...tally, [code]: (tally[code] ?? 0) + 1 }), {});
  }

  it('never takes a campaign past its hard cap', async () => {
    // Bonds of $100 a unit, a cap of $10,000: room for exactly 100 one-unit pledges.
    const campaign = await aLiveCampaign(t, 'bond', { goal: 500_000, maxAmount: 1_000_000 });
    const backers = await manyBackers(t, 200);
    await t.dataSource.query(
      `INSERT INTO investor_profiles (user_id, annual_income_minor, net_worth_minor, currency, accredited)
       SELECT unnest($1::uuid[]), 0, 0, 'USD', true`,
      [backers.map((backer) => backer.userId)],
    );
    const tally = await outcomes(
      backers.map((backer) =>
        placement.place(
          campaign.id,
          { units: 1, acknowledgedRisk: true, paymentMethodId: 'pm_card_visa' },
          aKey(),
          backer,
        ),
      ),
    );
    expect(tally).toEqual({ placed: 100, cap_reached: 100 });
    const [row] = await t.dataSource.query(
      `SELECT reserved_minor, reserved_count, (SELECT count(*)::int FROM pledges WHERE campaign_id = $1) AS pledges
         FROM campaigns WHERE id = $1`,
      [campaign.id],
    );
    expect(row).toEqual({ reserved_minor: 1_000_000, reserved_count: 100, pledges: 100 });
  });

  it('never sells a tier past its quantity', async () => {
    const campaign = await aLiveCampaign(t, 'reward');
    const limitedTier = campaign.tierIds[0] as string; // quantity 100 in the factory's terms
    const backers = await manyBackers(t, 200);
    const tally = await outcomes(
      backers.map((backer) =>
        placement.place(campaign.id, { tierId: limitedTier, paymentMethodId: 'pm_card_visa' }, aKey(), backer),
      ),
    );
    expect(tally).toEqual({ placed: 100, tier_sold_out: 100 });
    const [tier] = await t.dataSource.query(`SELECT sold, quantity FROM reward_tiers WHERE id = $1`, [limitedTier]);
    expect(tier).toEqual({ sold: 100, quantity: 100 });
    const [reserved] = await t.dataSource.query(`SELECT reserved_minor FROM campaigns WHERE id = $1`, [campaign.id]);
    expect(reserved.reserved_minor).toBe(100 * 2500);
  });

  it('answers the same key sent many times at once with one pledge', async () => {
    const campaign = await aLiveCampaign(t, 'reward');
    const [backer] = await manyBackers(t, 1);
    const key = aKey();
    const body = { amount: 1500, paymentMethodId: 'pm_card_visa' };
    const results = await Promise.all(
      Array.from({ length: 20 }, () => placement.place(campaign.id, body, key, backer!)),
    );
    expect(new Set(results.map((result) => result.pledge.id)).size).toBe(1);
    expect(results.filter((result) => !result.replayed)).toHaveLength(1);
    const [row] = await t.dataSource.query(
      `SELECT reserved_minor, (SELECT count(*)::int FROM pledges WHERE campaign_id = $1) AS pledges FROM campaigns WHERE id = $1`,
      [campaign.id],
    );
    expect(row).toEqual({ reserved_minor: 1500, pledges: 1 });
  });

  it('keeps one backer within the investment limit when their pledges race', async () => {
    const campaign = await aLiveCampaign(t, 'bond', { goal: 500_000, maxAmount: 10_000_000 });
    const [backer] = await manyBackers(t, 1);
    // Income and net worth of $50,000: a limit of $2,500, i.e. 25 units of $100.
    await t.dataSource.query(
      `INSERT INTO investor_profiles (user_id, annual_income_minor, net_worth_minor, currency, accredited)
       VALUES ($1, 5000000, 5000000, 'USD', false)`,
      [backer!.userId],
    );
    const tally = await outcomes(
      Array.from({ length: 10 }, () =>
        placement.place(
          campaign.id,
          { units: 5, acknowledgedRisk: true, paymentMethodId: 'pm_card_visa' },
          aKey(),
          backer!,
        ),
      ),
    );
    expect(tally).toEqual({ placed: 5, investment_limit_exceeded: 5 });
  });
});
