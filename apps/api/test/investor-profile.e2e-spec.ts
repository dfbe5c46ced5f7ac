import { aUser, type SignedInUser } from './support/factories';
import { aKey, aLiveCampaign } from './support/pledge-factories';
import { PledgePlacementService } from '../src/pledges/pledge-placement.service';
import { startTestApp, type TestApp } from './support/test-app';

describe('investor profile and the 12-month limit', () => {
  let t: TestApp;
  let backer: SignedInUser;

  beforeAll(async () => {
    t = await startTestApp();
    backer = await aUser(t, 'backer');
  });
  afterAll(() => t.close());

  const profile = { annualIncome: 5_000_000, netWorth: 20_000_000, currency: 'USD', accredited: false };

  it('is 404 until the backer states it, then shows the Reg CF limit', async () => {
    await t.http().get('/api/me/investor-profile').set('Authorization', backer.auth).expect(404);
    const saved = await t
      .http()
      .put('/api/me/investor-profile')
      .set('Authorization', backer.auth)
      .send(profile)
      .expect(200);
    // Income below $124,000: the greater of $2,500 and 5% of the greater figure ($200,000) = $10,000.
    expect(saved.body).toMatchObject({ ...profile, limit: { total: 1_000_000, used: 0, remaining: 1_000_000 } });
    const read = await t.http().get('/api/me/investor-profile').set('Authorization', backer.auth).expect(200);
    expect(read.body.limit).toEqual({ total: 1_000_000, used: 0, remaining: 1_000_000 });
  });

  it('is unlimited for an accredited investor', async () => {
    const other = await aUser(t, 'backer');
    const saved = await t
      .http()
      .put('/api/me/investor-profile')
      .set('Authorization', other.auth)
      .send({ ...profile, accredited: true })
      .expect(200);
    expect(saved.body.limit).toEqual({ total: null, used: 0, remaining: null });
  });

  it('counts bond and share pledges against the limit, not rewards', async () => {
    const bond = await aLiveCampaign(t, 'bond');
    const reward = await aLiveCampaign(t, 'reward');
    const placement = t.app.get(PledgePlacementService);
    const auth = {
      userId: backer.user.id,
      role: 'backer' as const,
      roles: ['backer' as const],
      name: 'B',
      email: backer.email,
      sessionId: 's',
      via: 'bearer' as const,
    };
    await placement.place(bond.id, { units: 3, acknowledgedRisk: true, paymentMethodId: 'pm_card_visa' }, aKey(), auth);
    await placement.place(reward.id, { amount: 5000, paymentMethodId: 'pm_card_visa' }, aKey(), auth);
    const read = await t.http().get('/api/me/investor-profile').set('Authorization', backer.auth).expect(200);
    expect(read.body.limit).toEqual({ total: 1_000_000, used: 30_000, remaining: 970_000 });
  });

  it('refuses bad figures with field errors and keeps the profile', async () => {
    const bad = await t
      .http()
      .put('/api/me/investor-profile')
      .set('Authorization', backer.auth)
      .send({ ...profile, annualIncome: -1, netWorth: 1.5, currency: 'XXX', extra: true })
      .expect(400);
    expect(bad.body.code).toBe('validation_failed');
    expect(bad.body.details.map((detail: { path: string }) => detail.path).sort()).toEqual(
      ['annualIncome', 'currency', 'extra', 'netWorth'].sort(),
    );
    const read = await t.http().get('/api/me/investor-profile').set('Authorization', backer.auth).expect(200);
    expect(read.body.annualIncome).toBe(profile.annualIncome);
  });

  it('is for backers only', async () => {
    const founder = await aUser(t, 'founder');
    await t.http().get('/api/me/investor-profile').set('Authorization', founder.auth).expect(403);
    await t.http().put('/api/me/investor-profile').send(profile).expect(401);
  });
});
