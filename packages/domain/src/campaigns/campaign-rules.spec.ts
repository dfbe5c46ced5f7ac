import { MoneyError } from '../money/money';
import {
  aBondCampaignBody,
  aRewardCampaignBody,
  aShareholdingCampaignBody,
  NOW,
  someMilestones,
} from '../test-support/campaign-factories';
import { checkCampaignRules, effectiveMaxAmount, type CampaignDraft } from './campaign-rules';
import { campaignCreateSchema } from './campaign-schemas';
import type { CampaignType } from './campaign-types';

const DAY = 86_400_000;

/** Parses a body as the API does first, so every draft here is one the schema let through. */
function draftOf(body: unknown): CampaignDraft {
  return campaignCreateSchema.parse(body);
}

function bodyOf(type: CampaignType, overrides: Record<string, unknown> = {}) {
  if (type === 'reward') return aRewardCampaignBody(overrides);
  if (type === 'bond') return aBondCampaignBody(overrides);
  return aShareholdingCampaignBody(overrides);
}

function errorsOf(body: unknown, now = NOW): Record<string, string> {
  return Object.fromEntries(checkCampaignRules(draftOf(body), now).map(({ path, message }) => [path, message]));
}

function pathsOf(body: unknown, now = NOW): string[] {
  return checkCampaignRules(draftOf(body), now).map((error) => error.path);
}

describe('checkCampaignRules: valid campaigns', () => {
  it.each(['reward', 'bond', 'shareholding'] as const)('accepts the factory %s campaign', (type) => {
    expect(pathsOf(bodyOf(type))).toEqual([]);
  });

  it('accepts Date objects for the schedule, as the API holds them', () => {
    const draft = {
      ...draftOf(aBondCampaignBody()),
      startsAt: new Date('2025-06-10T00:00:00Z'),
      endsAt: new Date('2025-07-10T00:00:00Z'),
    };
    expect(checkCampaignRules(draft, NOW)).toEqual([]);
  });
});

describe('checkCampaignRules: schedule', () => {
  const start = Date.parse('2025-06-10T00:00:00Z');
  const withDuration = (type: CampaignType, ms: number) =>
    bodyOf(type, { endsAt: new Date(start + ms).toISOString(), milestones: undefined });

  it.each([
    ['reward', 7, 90],
    ['bond', 21, 120],
    ['shareholding', 21, 120],
  ] as const)('%s campaigns run %i to %i days, both included, in exact 24-hour days', (type, minDays, maxDays) => {
    // Delivery months far ahead so that only the duration is judged.
    const far = type === 'reward' ? { terms: { tiers: [], allowDonations: true } } : {};
    const paths = (ms: number) => pathsOf({ ...withDuration(type, ms), ...far });
    expect(paths(minDays * DAY)).toEqual([]);
    expect(paths(maxDays * DAY)).toEqual([]);
    expect(paths(minDays * DAY - 1)).toEqual(['endsAt']);
    expect(paths(maxDays * DAY + 1)).toEqual(['endsAt']);
  });

  it('says how long the campaign would run', () => {
    expect(errorsOf(withDuration('bond', 20.5 * DAY))).toEqual({
      endsAt: 'A bond campaign must run between 21 and 120 days; this one runs 20.5 days.',
    });
  });

  it('needs the deadline after the start', () => {
    expect(errorsOf(bodyOf('bond', { endsAt: '2025-06-10T00:00:00Z' }))).toEqual({
      endsAt: 'The deadline must be after the start.',
    });
    expect(pathsOf(bodyOf('bond', { endsAt: '2025-06-05T00:00:00Z' }))).toEqual(['endsAt']);
    // Before the start and not in the future either: both are said.
    expect(checkCampaignRules(draftOf(bodyOf('bond', { endsAt: '2025-06-01T00:00:00Z' })), NOW)).toEqual([
      { path: 'endsAt', code: 'deadline_before_start', message: 'The deadline must be after the start.' },
      { path: 'endsAt', code: 'deadline_in_past', message: 'The deadline must be in the future.' },
    ]);
  });

  it('compares instants across offsets', () => {
    // 2025-06-10T00:00Z + 21 days = 2025-07-01T00:00Z = 2025-07-01T08:00+08:00.
    expect(pathsOf(bodyOf('bond', { endsAt: '2025-07-01T08:00:00+08:00' }))).toEqual([]);
    expect(pathsOf(bodyOf('bond', { endsAt: '2025-07-01T07:59:59+08:00' }))).toEqual(['endsAt']);
  });

  it('needs the deadline in the future, but not the start', () => {
    const body = bodyOf('bond');
    expect(pathsOf(body, new Date('2025-07-09T23:59:59.999Z'))).toEqual([]);
    expect(errorsOf(body, new Date('2025-07-10T00:00:00Z'))).toEqual({ endsAt: 'The deadline must be in the future.' });
    expect(pathsOf(body, new Date('2025-06-20T00:00:00Z'))).toEqual([]); // already started: goes live at once
  });
});

describe('checkCampaignRules: goal and maximum', () => {
  it('needs the maximum at least the goal', () => {
    expect(pathsOf(aRewardCampaignBody({ goal: 2_000_000, maxAmount: 2_000_000 }))).toEqual([]);
    expect(errorsOf(aRewardCampaignBody({ goal: 2_000_001, maxAmount: 2_000_000 }))).toEqual({
      maxAmount: 'The maximum (USD 20000.00) must be at least the goal (USD 20000.01).',
    });
  });

  it('lets a campaign have no maximum', () => {
    expect(pathsOf(aRewardCampaignBody({ maxAmount: undefined, goal: 9_000_000_000 }))).toEqual([]);
    const draft = { ...draftOf(aRewardCampaignBody()), maxAmount: null };
    expect(checkCampaignRules(draft, NOW)).toEqual([]);
  });
});

describe('checkCampaignRules: reward delivery', () => {
  const withDelivery = (estimatedDelivery: string, endsAt = '2025-07-10T00:00:00Z') => {
    const body = aRewardCampaignBody({ endsAt });
    return { ...body, terms: { ...body.terms, tiers: [{ ...body.terms.tiers[0], estimatedDelivery }] } };
  };

  it("accepts the deadline's month and later, refuses earlier months", () => {
    expect(pathsOf(withDelivery('2025-07'))).toEqual([]);
    expect(pathsOf(withDelivery('2026-01'))).toEqual([]);
    expect(errorsOf(withDelivery('2025-06'))).toEqual({
      'terms.tiers.0.estimatedDelivery': "Estimated delivery must be in the deadline's month (2025-07) or later.",
    });
  });

  it("takes the deadline's month in UTC", () => {
    // 2025-07-31T23:30-02:00 is 2025-08-01T01:30Z: the deadline falls in August.
    expect(pathsOf(withDelivery('2025-07', '2025-07-31T23:30:00-02:00'))).toEqual(['terms.tiers.0.estimatedDelivery']);
    expect(pathsOf(withDelivery('2025-08', '2025-07-31T23:30:00-02:00'))).toEqual([]);
  });

  it('reports each late tier at its own index', () => {
    const body = aRewardCampaignBody();
    const tiers = body.terms.tiers.map((tier, index) => ({
      ...tier,
      estimatedDelivery: index === 1 ? '2025-05' : '2025-08',
    }));
    expect(pathsOf({ ...body, terms: { ...body.terms, tiers } })).toEqual(['terms.tiers.1.estimatedDelivery']);
  });
});

describe('checkCampaignRules: bond', () => {
  const bond = (overrides: Record<string, unknown>, terms: Record<string, unknown> = {}) =>
    aBondCampaignBody({ ...overrides, terms: { ...aBondCampaignBody().terms, ...terms } });

  it('needs goal and maximum in whole units of the denomination', () => {
    expect(pathsOf(bond({ goal: 5_000_001 }))).toEqual(['goal']);
    expect(pathsOf(bond({ maxAmount: 9_999_999 }))).toEqual(['maxAmount']);
    expect(errorsOf(bond({ goal: 5_005_000 }))).toEqual({
      goal: 'The goal must be a whole number of units of USD 100.00.',
    });
  });

  it('needs the goal to reach at least one minimum purchase', () => {
    // 50 units × $100 = $5,000 = the goal: allowed; 51 units is more than the goal.
    expect(pathsOf(bond({}, { minUnits: 500 }))).toEqual([]);
    expect(errorsOf(bond({}, { minUnits: 501 }))).toEqual({
      goal: 'The goal must be at least one minimum purchase (501 × USD 100.00 = USD 50100.00).',
    });
  });

  it('reports a minimum purchase too large to count as a field error, not a wrong number', () => {
    expect(pathsOf(bond({}, { minUnits: 2 ** 50 }))).toEqual(['terms.minUnits']);
  });
});

describe('checkCampaignRules: shareholding', () => {
  // 20,000 shares × $5.00 = $100,000.00 = 10,000,000 cents.
  const shares = (overrides: Record<string, unknown>, terms: Record<string, unknown> = {}) =>
    aShareholdingCampaignBody({ ...overrides, terms: { ...aShareholdingCampaignBody().terms, ...terms } });

  it('takes a maximum only if it equals shares offered × price', () => {
    expect(pathsOf(shares({ maxAmount: 10_000_000 }))).toEqual([]);
    expect(errorsOf(shares({ maxAmount: 9_999_500 }))).toEqual({
      maxAmount: 'The maximum of a share offering must equal shares offered × price per share (USD 100000.00).',
    });
  });

  it('needs the goal within what all the shares would raise', () => {
    expect(pathsOf(shares({ goal: 10_000_000 }))).toEqual([]);
    expect(pathsOf(shares({ goal: 10_000_001 }))).toEqual(['goal']);
  });

  it('does not require the goal to cover a minimum purchase', () => {
    // 10,000 shares × $5 = $50,000 minimum purchase against a $20,000 goal: allowed.
    expect(pathsOf(shares({}, { minShares: 10_000 }))).toEqual([]);
  });

  it('reports an offering too large to count as a field error', () => {
    expect(pathsOf(shares({}, { sharesOffered: 2 ** 40, pricePerShare: 2 ** 20 }))).toEqual(['terms.sharesOffered']);
  });
});

describe('checkCampaignRules: milestones', () => {
  it('need every tranche due strictly after the deadline day', () => {
    const [first, second] = someMilestones();
    expect(pathsOf(aBondCampaignBody({ milestones: [{ ...first, dueOn: '2025-07-11' }, second] }))).toEqual([]);
    expect(errorsOf(aBondCampaignBody({ milestones: [{ ...first, dueOn: '2025-07-10' }, second] }))).toEqual({
      'milestones.0.dueOn': "A milestone must fall due after the campaign's deadline (2025-07-10).",
    });
  });

  it('are checked on a merged draft with milestones removed (null)', () => {
    expect(checkCampaignRules({ ...draftOf(aBondCampaignBody()), milestones: null }, NOW)).toEqual([]);
  });
});

describe('effectiveMaxAmount', () => {
  it('is shares offered × price for a share offering, whatever maxAmount says', () => {
    expect(effectiveMaxAmount(draftOf(aShareholdingCampaignBody()))).toBe(10_000_000);
  });

  it('is the maximum, or null without one, for the other types', () => {
    expect(effectiveMaxAmount(draftOf(aBondCampaignBody()))).toBe(10_000_000);
    expect(effectiveMaxAmount(draftOf(aRewardCampaignBody({ maxAmount: undefined })))).toBeNull();
    expect(effectiveMaxAmount({ ...draftOf(aRewardCampaignBody()), maxAmount: null })).toBeNull();
  });

  it('refuses an offering whose maximum cannot be represented', () => {
    const draft = draftOf(aShareholdingCampaignBody());
    if (draft.type !== 'shareholding') throw new Error('expected shares');
    expect(() =>
      effectiveMaxAmount({ ...draft, terms: { ...draft.terms, sharesOffered: 2 ** 40, pricePerShare: 2 ** 20 } }),
    ).toThrow(MoneyError);
  });
});

describe('checkCampaignRules: dates within reach', () => {
  it.each([
    ['startsAt', '0000-01-01T00:00:00Z', 'too_early'],
    ['startsAt', '2019-01-01T00:00:00Z', 'too_early'],
    ['endsAt', '9999-12-31T00:00:00Z', 'too_late'],
    ['startsAt', '2028-01-01T00:00:00Z', 'too_late'],
  ])('refuses %s = %s (%s): more than two years from now', (path, value, code) => {
    const errors = checkCampaignRules(draftOf(bodyOf('bond', { [path]: value, milestones: undefined })), NOW);
    expect(errors).toContainEqual(expect.objectContaining({ path, code }));
  });

  it('gives every error a code, and the numbers of the duration rule as params', () => {
    const errors = checkCampaignRules(
      draftOf(bodyOf('bond', { endsAt: '2025-06-12T00:00:00Z', milestones: undefined })),
      NOW,
    );
    expect(errors).toEqual([
      expect.objectContaining({
        path: 'endsAt',
        code: 'duration_out_of_range',
        params: { minimum: 21, maximum: 120, days: 2 },
      }),
    ]);
  });
});
