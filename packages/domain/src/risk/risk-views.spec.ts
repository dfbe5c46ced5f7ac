import { computeRiskAssessment, type StoredRiskAssessment } from './risk-assessment';
import type { RiskInput } from './risk-factors';
import { riskViewFor } from './risk-views';

const now = new Date('2025-06-15T12:00:00Z');

const input: RiskInput = {
  identityVerified: true,
  foundedOn: '2018-04-01',
  annualRevenue: 48_000_000, // $480,000
  totalDebt: 12_000_000, // $120,000
  companyCurrency: 'USD',
  goal: 5_000_000,
  campaignCurrency: 'USD',
  documentKinds: ['identity'],
  earlierCampaigns: { succeeded: 0, failed: 0, cancelled: 0, rejected: 0 },
  duplicateRegistrationNumber: true,
  duplicateIdentity: false,
  blacklisted: false,
};
const stored: StoredRiskAssessment = { ...computeRiskAssessment(input, now), assessedAt: now.toISOString() };

/** Every way the private figures could be written: minor and major units, with and without separators. */
const FIGURES = [
  '48000000',
  '480000',
  '480,000',
  '480.000',
  '12000000',
  '120000',
  '120,000',
  '120.000',
  '25%',
  '"percent"',
];

describe('riskViewFor', () => {
  it('shows the public neither revenue, debt nor their ratio in any form', () => {
    const publicView = riskViewFor(stored, 'public')!;
    const json = JSON.stringify(publicView);
    for (const figure of FIGURES) expect(json).not.toContain(figure);
    expect(json).not.toContain('"public"');
    expect(publicView.publicFactors).toBeUndefined();
    // The company and staff get the same public factors beside their own, for previews of the public page.
    for (const audience of ['company', 'staff'] as const)
      expect(riskViewFor(stored, audience)!.publicFactors).toEqual(publicView.factors);
  });

  it('gives staff the exact reasons and every check', () => {
    const view = riskViewFor(stored, 'staff')!;
    expect(view.factors.find((f) => f.key === 'debt_ratio')).toMatchObject({
      reasonCode: 'debt_share_of_revenue',
      params: { debt: 12_000_000, revenue: 48_000_000, percent: 25 },
    });
    expect(view.factors.find((f) => f.key === 'duplicate_registration')).toMatchObject({
      points: -40,
      reasonCode: 'duplicate_registration_found',
    });
    expect(view.factors.every((f) => !('public' in f))).toBe(true);
  });

  it('gives the company its own figures but not what staff-only checks found', () => {
    const view = riskViewFor(stored, 'company')!;
    expect(view.factors.find((f) => f.key === 'revenue')!.params).toMatchObject({ revenue: 48_000_000 });
    for (const key of ['duplicate_registration', 'duplicate_identity', 'blacklisted'])
      expect(view.factors.find((f) => f.key === key)).toMatchObject({
        points: 0,
        reasonCode: 'identity_checks_by_staff',
        params: {},
      });
    // The score still counts the penalty (a residual the reviewers know of).
    expect(view.score).toBe(stored.score);
  });

  it('never shows the public the English sentences of an assessment stored before reason codes', () => {
    const legacy = {
      score: 80,
      grade: 'A' as const,
      assessedAt: now.toISOString(),
      factors: [
        {
          key: 'debt_ratio' as const,
          label: 'Debt against revenue',
          points: 11,
          maxPoints: 15,
          reason: 'Debt of $120,000.00 is 25% of annual revenue of $480,000.00.',
        },
      ],
    };
    const publicView = riskViewFor(legacy, 'public')!;
    expect(publicView.factors[0]).toMatchObject({ reasonCode: 'reason_not_public', params: {} });
    for (const figure of FIGURES) expect(JSON.stringify(publicView)).not.toContain(figure);
    expect(riskViewFor(legacy, 'staff')!.factors[0]).toMatchObject({
      reasonCode: 'legacy_reason',
      reason: legacy.factors[0]!.reason,
    });
    expect(riskViewFor(null, 'public')).toBeNull();
  });
});
