import type { z } from 'zod';
import {
  aBondCampaignBody,
  aRewardCampaignBody,
  aShareholdingCampaignBody,
  someMilestones,
} from '../test-support/campaign-factories';
import { campaignCreateSchema, campaignPatchSchema, campaignPatchSchemaFor, termsSchemaFor } from './campaign-schemas';

/** The paths of the issues, as the API reports them (`terms.tiers.0.price`). */
function pathsOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

const create = (body: unknown) => pathsOf(campaignCreateSchema, body);

describe('campaignCreateSchema: valid bodies', () => {
  it.each([
    ['reward', aRewardCampaignBody()],
    ['bond', aBondCampaignBody()],
    ['shareholding', aShareholdingCampaignBody()],
  ])('accepts a %s campaign', (_type, body) => {
    expect(create(body)).toEqual([]);
  });

  it('narrows terms by type and normalizes text and currency', () => {
    const parsed = campaignCreateSchema.parse(aBondCampaignBody({ title: '  Ovens for all  ', currency: 'usd' }));
    expect(parsed.title).toBe('Ovens for all');
    expect(parsed.currency).toBe('USD');
    if (parsed.type !== 'bond') throw new Error('expected a bond');
    expect(parsed.terms.repayment).toBe('amortizing');
  });

  it('accepts optional texts, milestones and offsets other than Z', () => {
    const body = aRewardCampaignBody({
      risks: 'Ovens break.',
      useOfFunds: '',
      milestones: someMilestones(),
      startsAt: '2025-06-10T08:00:00+08:00',
      endsAt: '2025-07-10T00:00:00.000Z',
    });
    expect(create(body)).toEqual([]);
  });
});

describe('campaignCreateSchema: the type picks the terms', () => {
  it('reports an unknown or missing type at `type`', () => {
    expect(create(aRewardCampaignBody({ type: 'loan' }))).toEqual(['type']);
    const { type: _type, ...withoutType } = aRewardCampaignBody();
    expect(create(withoutType)).toEqual(['type']);
  });

  it('validates terms by the sibling type, at the path of the bad term', () => {
    const reward = aRewardCampaignBody();
    const badPrice = { ...reward.terms, tiers: [{ ...reward.terms.tiers[0], price: 0 }] };
    expect(create({ ...reward, terms: badPrice })).toEqual(['terms.tiers.0.price']);
    expect(create(aBondCampaignBody({ terms: { ...aBondCampaignBody().terms, annualRateBps: 0 } }))).toEqual([
      'terms.annualRateBps',
    ]);
  });

  it('refuses the terms of another type', () => {
    const paths = create(aRewardCampaignBody({ terms: aBondCampaignBody().terms }));
    expect(paths).toContain('terms.tiers');
    expect(paths).toContain('terms');
  });

  it('refuses unknown fields at the top and inside terms', () => {
    expect(create(aRewardCampaignBody({ status: 'live' }))).toEqual(['']);
    expect(create(aBondCampaignBody({ terms: { ...aBondCampaignBody().terms, collateral: 'house' } }))).toEqual([
      'terms',
    ]);
  });
});

describe('campaignCreateSchema: field bounds', () => {
  it.each([
    ['title', 'x'.repeat(4), false],
    ['title', 'x'.repeat(5), true],
    ['title', 'x'.repeat(120), true],
    ['title', 'x'.repeat(121), false],
    ['title', '    x    ', false],
    ['summary', 'x'.repeat(9), false],
    ['summary', 'x'.repeat(10), true],
    ['summary', 'x'.repeat(280), true],
    ['summary', 'x'.repeat(281), false],
    ['description', 'x'.repeat(19), false],
    ['description', 'x'.repeat(20), true],
    ['description', 'x'.repeat(20_000), true],
    ['description', 'x'.repeat(20_001), false],
    ['risks', 'x'.repeat(10_000), true],
    ['risks', 'x'.repeat(10_001), false],
    ['useOfFunds', 'x'.repeat(10_001), false],
    ['companyId', '', false],
    ['currency', 'XYZ', false],
    ['goal', 0, false],
    ['goal', 1, true],
    ['goal', 2.5, false],
    ['maxAmount', 0, false],
    ['maxAmount', null, false],
    ['startsAt', '2025-06-10T00:00:00', false], // no offset: whose midnight?
    ['startsAt', '2025-06-10', false],
    ['endsAt', '2025-02-30T00:00:00Z', false],
  ])('%s = %j valid: %s', (field, value, valid) => {
    expect(create(aRewardCampaignBody({ [field]: value }))).toEqual(valid ? [] : [field]);
  });
});

describe('reward terms', () => {
  const terms = (overrides: object) => ({ ...aRewardCampaignBody().terms, ...overrides });
  const tier = (overrides: object) => ({
    title: 'Loaf',
    description: '',
    price: 500,
    estimatedDelivery: '2025-08',
    ...overrides,
  });
  const rewardTerms = termsSchemaFor('reward');

  it('needs a tier unless donations are allowed', () => {
    expect(pathsOf(rewardTerms, terms({ tiers: [], allowDonations: false }))).toEqual(['tiers']);
    expect(pathsOf(rewardTerms, terms({ tiers: [], allowDonations: true }))).toEqual([]);
  });

  it('takes at most 50 tiers', () => {
    expect(pathsOf(rewardTerms, terms({ tiers: Array.from({ length: 50 }, () => tier({})) }))).toEqual([]);
    expect(pathsOf(rewardTerms, terms({ tiers: Array.from({ length: 51 }, () => tier({})) }))).toEqual(['tiers']);
  });

  it.each([
    [{ title: '' }, 'tiers.0.title'],
    [{ title: 'x'.repeat(121) }, 'tiers.0.title'],
    [{ description: 'x'.repeat(2001) }, 'tiers.0.description'],
    [{ price: -100 }, 'tiers.0.price'],
    [{ quantity: 0 }, 'tiers.0.quantity'],
    [{ quantity: 2.5 }, 'tiers.0.quantity'],
    [{ quantity: null }, 'tiers.0.quantity'],
    [{ estimatedDelivery: '2025-13' }, 'tiers.0.estimatedDelivery'],
    [{ estimatedDelivery: '2025-8' }, 'tiers.0.estimatedDelivery'],
    [{ estimatedDelivery: '2025-08-01' }, 'tiers.0.estimatedDelivery'],
    [{ id: 'tier-1' }, 'tiers.0'],
  ])('a tier with %j is refused at %s', (overrides, path) => {
    expect(pathsOf(rewardTerms, terms({ tiers: [tier(overrides)] }))).toEqual([path]);
  });

  it('accepts a tier without quantity (unlimited) and one of quantity 1', () => {
    expect(pathsOf(rewardTerms, terms({ tiers: [tier({}), tier({ quantity: 1 })] }))).toEqual([]);
  });
});

describe('bond terms', () => {
  const bondTerms = termsSchemaFor('bond');
  const terms = (overrides: object) => ({ ...aBondCampaignBody().terms, ...overrides });

  it.each([
    ['annualRateBps', 0, false],
    ['annualRateBps', 1, true],
    ['annualRateBps', 5000, true],
    ['annualRateBps', 5001, false],
    ['annualRateBps', 7.5, false],
    ['termMonths', 0, false],
    ['termMonths', 1, true],
    ['termMonths', 120, true],
    ['termMonths', 121, false],
    ['repayment', 'bullet', true],
    ['repayment', 'balloon', false],
    ['denomination', 0, false],
    ['minUnits', 0, false],
    ['minUnits', 1, true],
  ])('%s = %j valid: %s', (field, value, valid) => {
    expect(pathsOf(bondTerms, terms({ [field]: value }))).toEqual(valid ? [] : [field]);
  });
});

describe('shareholding terms', () => {
  const shareTerms = termsSchemaFor('shareholding');
  const terms = (overrides: object) => ({ ...aShareholdingCampaignBody().terms, ...overrides });

  it.each([
    ['shareClass', '', false],
    ['shareClass', 'x'.repeat(50), true],
    ['shareClass', 'x'.repeat(51), false],
    ['pricePerShare', 0, false],
    ['preMoneyValuation', 0, false],
    ['sharesOffered', 0, false],
    ['minShares', 0, false],
    ['minShares', 20_000, true], // all the shares offered
    ['minShares', 20_001, false],
  ])('%s = %j valid: %s', (field, value, valid) => {
    expect(pathsOf(shareTerms, terms({ [field]: value }))).toEqual(valid ? [] : [field]);
  });
});

describe('milestones', () => {
  const withMilestones = (milestones: unknown) => create(aRewardCampaignBody({ milestones }));
  const [first, second] = someMilestones() as [
    ReturnType<typeof someMilestones>[number],
    ReturnType<typeof someMilestones>[number],
  ];

  it('must share out exactly 100%', () => {
    expect(withMilestones([first, { ...second, shareBps: 3999 }])).toEqual(['milestones']);
    expect(withMilestones([first, { ...second, shareBps: 4001 }])).toEqual(['milestones']);
    expect(withMilestones([{ ...first, shareBps: 10_000 }])).toEqual([]);
  });

  it('come in date order (the same day allowed)', () => {
    expect(withMilestones([{ ...first, dueOn: '2025-09-02' }, second])).toEqual(['milestones.1.dueOn']);
    expect(withMilestones([{ ...first, dueOn: '2025-09-01' }, second])).toEqual([]);
  });

  it('refuses empty lists, zero shares and too many tranches', () => {
    expect(withMilestones([])).toEqual(['milestones']);
    expect(
      withMilestones([
        { ...first, shareBps: 0 },
        { ...second, shareBps: 10_000 },
      ]),
    ).toEqual(['milestones.0.shareBps']);
    const many = Array.from({ length: 21 }, (_, i) => ({ ...first, shareBps: i === 0 ? 8000 : 100 }));
    expect(withMilestones(many)).toEqual(['milestones']);
  });
});

describe('campaign patch schemas', () => {
  it('accept an empty patch and add nothing to it', () => {
    expect(campaignPatchSchema.parse({})).toEqual({});
    expect(campaignPatchSchemaFor('reward').parse({})).toEqual({});
  });

  it('refuse companyId and type, which never change', () => {
    expect(pathsOf(campaignPatchSchema, { companyId: 'other' })).toEqual(['']);
    expect(pathsOf(campaignPatchSchemaFor('bond'), { type: 'reward' })).toEqual(['']);
  });

  it('remove the cap and the milestones with null', () => {
    expect(campaignPatchSchemaFor('bond').parse({ maxAmount: null, milestones: null })).toEqual({
      maxAmount: null,
      milestones: null,
    });
  });

  it('validate each field they are given', () => {
    expect(pathsOf(campaignPatchSchema, { title: 'abc', goal: 0 })).toEqual(['title', 'goal']);
  });

  it('check the terms by the known type, whole', () => {
    const bondPatch = campaignPatchSchemaFor('bond');
    expect(pathsOf(bondPatch, { terms: aBondCampaignBody().terms })).toEqual([]);
    expect(pathsOf(bondPatch, { terms: { annualRateBps: 900 } })).toEqual([
      'terms.termMonths',
      'terms.repayment',
      'terms.denomination',
      'terms.minUnits',
    ]);
    expect(pathsOf(campaignPatchSchemaFor('reward'), { terms: aBondCampaignBody().terms })).toContain('terms.tiers');
  });

  it('before the type is known, only require terms to be an object', () => {
    expect(pathsOf(campaignPatchSchema, { terms: { anything: 1 } })).toEqual([]);
    expect(pathsOf(campaignPatchSchema, { terms: 'bond' })).toEqual(['terms']);
    expect(pathsOf(campaignPatchSchema, { terms: [1] })).toEqual(['terms']);
  });
});

describe('campaignCreateSchema: hostile values', () => {
  it.each([
    ['companyId', 'company-1'],
    ['companyId', '\u0000'],
    ['title', 'A new\u0000oven'],
    ['title', '\u200B\u200B\u200B\u200B\u200B\u200B'],
    ['summary', 'Bread for the street\u0000 and more'],
  ])('refuses %s = %j', (field, value) => {
    const result = campaignCreateSchema.safeParse({ ...aRewardCampaignBody(), [field]: value });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual([field]);
  });

  it('refuses a tier quantity beyond what a PostgreSQL integer holds', () => {
    const body = aRewardCampaignBody();
    const tier = { ...body.terms.tiers[0], quantity: 2_147_483_648 };
    const result = campaignCreateSchema.safeParse({ ...body, terms: { ...body.terms, tiers: [tier] } });
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toEqual(['terms.tiers.0.quantity']);
    const atMost = { ...tier, quantity: 2_147_483_647 };
    expect(campaignCreateSchema.safeParse({ ...body, terms: { ...body.terms, tiers: [atMost] } }).success).toBe(true);
  });

  it('lowercases the company id', () => {
    const id = '6F1C2A3B-4D5E-4F60-8A7B-9C0D1E2F3A4B';
    expect(campaignCreateSchema.parse({ ...aRewardCampaignBody(), companyId: id }).companyId).toBe(id.toLowerCase());
  });
});
