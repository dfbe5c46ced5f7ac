/**
 * Valid campaign bodies for tests, so each test states only what matters to
 * it. The timeline: the clock reads 2025-06-01, the campaign runs 30 days
 * from 2025-06-10 to its deadline 2025-07-10.
 */
export const NOW = new Date('2025-06-01T00:00:00Z');
export const STARTS_AT = '2025-06-10T00:00:00Z';
export const ENDS_AT = '2025-07-10T00:00:00Z';

const common = {
  companyId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
  title: 'Blue Door Bakery goes wholesale',
  summary: 'A second oven and a delivery van.',
  description: 'We bake 400 loaves a day and sell out by noon. Here is our plan.',
  currency: 'USD',
  startsAt: STARTS_AT,
  endsAt: ENDS_AT,
};

export function aRewardCampaignBody(overrides: Record<string, unknown> = {}) {
  return {
    ...common,
    type: 'reward' as const,
    goal: 1_000_000,
    maxAmount: 2_000_000,
    terms: {
      tiers: [
        {
          title: 'A loaf a week',
          description: 'For a month.',
          price: 4000,
          quantity: 100,
          estimatedDelivery: '2025-08',
        },
        { title: 'Thank-you card', description: '', price: 1000, estimatedDelivery: '2025-07' },
      ],
      allowDonations: true,
    },
    ...overrides,
  };
}

export function aBondCampaignBody(overrides: Record<string, unknown> = {}) {
  return {
    ...common,
    type: 'bond' as const,
    goal: 5_000_000,
    maxAmount: 10_000_000,
    terms: { annualRateBps: 800, termMonths: 24, repayment: 'amortizing', denomination: 10_000, minUnits: 1 },
    ...overrides,
  };
}

export function aShareholdingCampaignBody(overrides: Record<string, unknown> = {}) {
  return {
    ...common,
    type: 'shareholding' as const,
    goal: 2_000_000,
    terms: {
      shareClass: 'Common',
      pricePerShare: 500,
      preMoneyValuation: 200_000_000,
      sharesOffered: 20_000,
      minShares: 10,
    },
    ...overrides,
  };
}

export function someMilestones() {
  return [
    { title: 'Oven installed', description: 'Paid to the supplier.', shareBps: 6000, dueOn: '2025-08-01' },
    { title: 'Van on the road', description: '', shareBps: 4000, dueOn: '2025-09-01' },
  ];
}
