import { computeRiskAssessment } from './risk-assessment';
import { RISK_WEIGHTS, type RiskFactorKey, type RiskInput } from './risk-factors';
import { gradeForScore, requiresTwoReviewers, RISK_GRADES } from './risk-grades';

const now = new Date('2025-06-15T12:00:00Z');

/** A sound, established company: every factor at or near full points. */
function aCompany(overrides: Partial<RiskInput> = {}): RiskInput {
  return {
    identityVerified: true,
    foundedOn: '2015-01-01',
    annualRevenue: 600_000_000, // $6,000,000
    totalDebt: 50_000_000, // $500,000
    companyCurrency: 'USD',
    goal: 30_000_000, // $300,000
    campaignCurrency: 'USD',
    documentKinds: ['business_licence', 'financial_statements', 'identity'],
    earlierCampaigns: { succeeded: 1, failed: 0, cancelled: 0, rejected: 0 },
    duplicateRegistrationNumber: false,
    duplicateIdentity: false,
    blacklisted: false,
    ...overrides,
  };
}

function pointsOf(input: RiskInput, key: RiskFactorKey): number {
  const found = computeRiskAssessment(input, now).factors.find((factor) => factor.key === key);
  if (!found) throw new Error(`no factor ${key}`);
  return found.points;
}

function reasonOf(input: RiskInput, key: RiskFactorKey): string {
  return computeRiskAssessment(input, now).factors.find((factor) => factor.key === key)?.reason ?? '';
}

describe('computeRiskAssessment: crafted companies', () => {
  it('grades a strong company A', () => {
    // 20 identity + 15 age + 15 revenue + 12 debt (a twelfth of revenue: at most a third) + 15 goal (5% of revenue)
    // + 10 documents + 7 track record (5 + one success) = 94.
    const assessment = computeRiskAssessment(aCompany(), now);
    expect(assessment.score).toBe(94);
    expect(assessment.grade).toBe('A');
  });

  it('grades a brand-new company with no revenue and no documents E', () => {
    // 0 identity + 0 age + 0 revenue + 15 debt (none) + 0 goal + 0 documents + 5 neutral track record = 20.
    const assessment = computeRiskAssessment(
      aCompany({
        identityVerified: false,
        foundedOn: '2025-03-01',
        annualRevenue: 0,
        totalDebt: 0,
        documentKinds: [],
        earlierCampaigns: { succeeded: 0, failed: 0, cancelled: 0, rejected: 0 },
      }),
      now,
    );
    expect(assessment.score).toBe(20);
    expect(assessment.grade).toBe('E');
  });

  it('sinks a strong company when its registration number is on another account', () => {
    const assessment = computeRiskAssessment(aCompany({ duplicateRegistrationNumber: true }), now);
    expect(assessment.score).toBe(54);
    expect(assessment.grade).toBe('C');
    expect(
      computeRiskAssessment(aCompany({ duplicateRegistrationNumber: true, duplicateIdentity: true }), now).grade,
    ).toBe('E');
  });

  it('clamps the score at 0 for a blacklisted founder and at 100 at most', () => {
    const blacklisted = computeRiskAssessment(aCompany({ blacklisted: true }), now);
    expect(blacklisted.score).toBe(0);
    expect(blacklisted.grade).toBe('E');
    const best = computeRiskAssessment(
      aCompany({ totalDebt: 0, earlierCampaigns: { succeeded: 9, failed: 0, cancelled: 0, rejected: 0 } }),
      now,
    );
    expect(best.score).toBe(100);
  });

  it('lands exactly on the A/B boundary', () => {
    // 20 + 15 + 15 + 15 (no debt) + 15 + 0 documents + 0 track record (three failures) = 80 → A;
    // founded 59 months earlier the age gives 14 → 79 → B.
    const edge = aCompany({
      totalDebt: 0,
      documentKinds: [],
      earlierCampaigns: { succeeded: 0, failed: 3, cancelled: 0, rejected: 0 },
    });
    expect(computeRiskAssessment(edge, now)).toMatchObject({ score: 80, grade: 'A' });
    expect(computeRiskAssessment({ ...edge, foundedOn: '2020-07-15' }, now)).toMatchObject({ score: 79, grade: 'B' });
  });

  it('lists every factor, penalties that did not apply included, with weights summing to 100', () => {
    const { factors } = computeRiskAssessment(aCompany(), now);
    expect(factors.map((factor) => factor.key)).toEqual([
      'identity_verified',
      'company_age',
      'revenue',
      'debt_ratio',
      'goal_to_revenue',
      'documents',
      'track_record',
      'duplicate_registration',
      'duplicate_identity',
      'blacklisted',
    ]);
    expect(factors.reduce((sum, factor) => sum + factor.maxPoints, 0)).toBe(100);
    expect(
      Object.values(RISK_WEIGHTS)
        .filter((weight) => weight > 0)
        .reduce((a, b) => a + b, 0),
    ).toBe(100);
    for (const factor of factors) {
      expect(factor.points).toBeLessThanOrEqual(factor.maxPoints);
      expect(factor.label).not.toBe('');
      expect(factor.reason).toMatch(/\.$/);
      expect(factor.public.reason).toMatch(/\.$/);
    }
  });

  it('refuses a founding date that is not a calendar day', () => {
    expect(() => computeRiskAssessment(aCompany({ foundedOn: '2021-02-30' }), now)).toThrow(RangeError);
  });
});

describe('computeRiskAssessment: each factor', () => {
  it('identity: all or nothing', () => {
    expect(pointsOf(aCompany(), 'identity_verified')).toBe(20);
    expect(pointsOf(aCompany({ identityVerified: false }), 'identity_verified')).toBe(0);
  });

  it.each([
    ['2024-06-16', 0], // 11 months
    ['2024-06-15', 3], // 12 months: 15 × 12/60
    ['2023-06-15', 6],
    ['2021-03-01', 12], // 51 months → 12.75 → 12
    ['2020-07-15', 14], // 59 months
    ['2020-06-15', 15], // 60 months
    ['1990-01-01', 15],
    ['2026-01-01', 0], // in the future: no age at all
  ])('company age: founded %s → %i points', (foundedOn, points) => {
    expect(pointsOf(aCompany({ foundedOn }), 'company_age')).toBe(points);
  });

  it('company age says when and how long ago', () => {
    expect(reasonOf(aCompany({ foundedOn: '2021-03-01' }), 'company_age')).toBe(
      'Company founded 2021-03-01, 4 years ago.',
    );
    expect(reasonOf(aCompany({ foundedOn: '2024-06-15' }), 'company_age')).toBe(
      'Company founded 2024-06-15, 1 year ago.',
    );
    expect(reasonOf(aCompany({ foundedOn: '2025-01-10' }), 'company_age')).toBe(
      'Company founded 2025-01-10, less than a year ago.',
    );
  });

  it.each([
    [0, 0],
    [1, 3],
    [4_999_999, 3],
    [5_000_000, 6], // $50,000
    [24_999_999, 6],
    [25_000_000, 9], // $250,000
    [100_000_000, 12], // $1,000,000
    [499_999_999, 12],
    [500_000_000, 15], // $5,000,000
    [Number.MAX_SAFE_INTEGER, 15],
  ])('revenue: %i cents → %i points', (annualRevenue, points) => {
    expect(pointsOf(aCompany({ annualRevenue }), 'revenue')).toBe(points);
  });

  it('revenue reasons: exact figures for the company and staff, the band for the public', () => {
    const at = (annualRevenue: number) =>
      computeRiskAssessment(aCompany({ annualRevenue }), now).factors.find((f) => f.key === 'revenue')!;
    expect(at(25_000_000)).toMatchObject({
      reasonCode: 'revenue_at_least',
      params: { revenue: 25_000_000, currency: 'USD', from: 25_000_000 },
      reason: 'Annual revenue of $250,000.00 reaches the band from $250,000.00.',
      public: {
        reasonCode: 'revenue_band_between',
        params: { currency: 'USD', from: 25_000_000, below: 100_000_000 },
        reason: 'Annual revenue from $250,000.00 to below $1,000,000.00.',
      },
    });
    expect(at(1_234_500)).toMatchObject({
      reason: 'Annual revenue of $12,345.00 is below $50,000.00.',
      public: { reasonCode: 'revenue_band_below', params: { currency: 'USD', below: 5_000_000 } },
    });
    expect(at(600_000_000).public).toMatchObject({ reasonCode: 'revenue_band_from', params: { from: 500_000_000 } });
    expect(at(0)).toMatchObject({ reasonCode: 'revenue_none', reason: 'The company reports no annual revenue.' });
  });

  it.each([
    [0, 100_000_000, 15], // no debt
    [1, 100_000_000, 12], // a cent of debt on $1M
    [33_333_333, 100_000_000, 12], // at most a third
    [33_333_334, 100_000_000, 9],
    [66_666_666, 100_000_000, 9], // at most two thirds
    [66_666_667, 100_000_000, 6],
    [100_000_000, 100_000_000, 6], // equal
    [100_000_001, 100_000_000, 3],
    [200_000_000, 100_000_000, 3], // exactly twice
    [200_000_001, 100_000_000, 0], // more than twice
    [1, 0, 0], // debt and no revenue
    [0, 0, 15], // no debt, no revenue
    [Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER, 6], // exact at 2^53
  ])('debt ratio: debt %i on revenue %i → %i points', (totalDebt, annualRevenue, points) => {
    expect(pointsOf(aCompany({ totalDebt, annualRevenue }), 'debt_ratio')).toBe(points);
  });

  it('debt ratio: the figures for the company and staff, a band for the public', () => {
    const ratio = (totalDebt: number, annualRevenue: number) =>
      computeRiskAssessment(aCompany({ totalDebt, annualRevenue }), now).factors.find((f) => f.key === 'debt_ratio')!;
    expect(ratio(45_000_000, 100_000_000)).toMatchObject({
      reasonCode: 'debt_share_of_revenue',
      params: { debt: 45_000_000, revenue: 100_000_000, currency: 'USD', percent: 45 },
      reason: 'Debt of $450,000.00 is 45% of annual revenue of $1,000,000.00.',
      public: { reasonCode: 'debt_at_most_two_thirds', params: {} },
    });
    expect(ratio(300, 100)).toMatchObject({
      reason: 'Debt of $3.00 is more than twice the annual revenue of $1.00.',
      public: { reasonCode: 'debt_above_twice_revenue', params: {} },
    });
    expect(ratio(1, 1_000_000).reason).toBe('Debt of $0.01 is less than 1% of annual revenue of $10,000.00.');
    expect(ratio(1, 0).public.reasonCode).toBe('debt_with_no_revenue');
  });

  it.each([
    [25_000_000, 100_000_000, 15], // exactly 25%
    [25_000_001, 100_000_000, 11], // a cent above
    [50_000_000, 100_000_000, 11], // half
    [100_000_000, 100_000_000, 7], // all of it
    [200_000_000, 100_000_000, 3], // exactly twice
    [200_000_001, 100_000_000, 0],
    [1, 0, 0], // no revenue
  ])('goal against revenue: goal %i on revenue %i → %i points', (goal, annualRevenue, points) => {
    expect(pointsOf(aCompany({ goal, annualRevenue, totalDebt: 0 }), 'goal_to_revenue')).toBe(points);
  });

  it('goal against revenue: a public band, since the goal is public and a percentage would give the revenue away', () => {
    const found = computeRiskAssessment(aCompany({ goal: 40_000_000, annualRevenue: 100_000_000 }), now).factors.find(
      (f) => f.key === 'goal_to_revenue',
    )!;
    expect(found).toMatchObject({
      reasonCode: 'goal_share_of_revenue',
      params: { goal: 40_000_000, revenue: 100_000_000, currency: 'USD', percent: 40 },
      public: { reasonCode: 'goal_at_most_half', params: {} },
    });
  });

  it('goal against revenue gives half points (rounded down) when the currencies differ', () => {
    const input = aCompany({ campaignCurrency: 'EUR' });
    expect(pointsOf(input, 'goal_to_revenue')).toBe(7);
    expect(reasonOf(input, 'goal_to_revenue')).toContain('different currencies');
    const found = computeRiskAssessment(input, now).factors.find((f) => f.key === 'goal_to_revenue')!;
    expect(found.params).toMatchObject({ goalCurrency: 'EUR', currency: 'USD', revenue: 600_000_000 });
    expect(found.public).toMatchObject({ reasonCode: 'goal_not_compared', params: {} });
  });

  it.each([
    [[], 0],
    [['other'], 0],
    [['identity'], 3],
    [['identity', 'identity', 'other'], 3],
    [['identity', 'business_licence'], 6],
    [['financial_statements', 'identity', 'business_licence'], 10],
  ] as const)('documents %j → %i points', (documentKinds, points) => {
    expect(pointsOf(aCompany({ documentKinds }), 'documents')).toBe(points);
  });

  it('documents name what is missing', () => {
    expect(reasonOf(aCompany({ documentKinds: ['identity'] }), 'documents')).toBe(
      '1 of 3 required documents uploaded; missing: business licence, financial statements.',
    );
    const found = computeRiskAssessment(aCompany({ documentKinds: ['identity'] }), now).factors.find(
      (f) => f.key === 'documents',
    )!;
    expect(found.params).toEqual({ present: 1, total: 3, missing: ['business_licence', 'financial_statements'] });
    expect(found.public).toMatchObject({ reasonCode: 'documents_count', params: { present: 1, total: 3 } });
  });

  it.each([
    [{ succeeded: 0, failed: 0, cancelled: 0, rejected: 0 }, 5],
    [{ succeeded: 1, failed: 0, cancelled: 0, rejected: 0 }, 7],
    [{ succeeded: 3, failed: 0, cancelled: 0, rejected: 0 }, 10], // 11 clamped
    [{ succeeded: 0, failed: 1, cancelled: 0, rejected: 0 }, 3],
    [{ succeeded: 0, failed: 3, cancelled: 0, rejected: 0 }, 0], // −1 clamped
    [{ succeeded: 0, failed: 0, cancelled: 1, rejected: 0 }, 4],
    [{ succeeded: 1, failed: 0, cancelled: 0, rejected: 1 }, 6],
  ])('track record %j → %i points', (earlierCampaigns, points) => {
    expect(pointsOf(aCompany({ earlierCampaigns }), 'track_record')).toBe(points);
  });

  it('penalties take their points away only when they apply', () => {
    expect(pointsOf(aCompany(), 'duplicate_registration')).toBe(0);
    expect(pointsOf(aCompany({ duplicateRegistrationNumber: true }), 'duplicate_registration')).toBe(-40);
    expect(pointsOf(aCompany({ duplicateIdentity: true }), 'duplicate_identity')).toBe(-40);
    expect(pointsOf(aCompany({ blacklisted: true }), 'blacklisted')).toBe(-100);
  });

  it('staff-only checks have one neutral public reason, whatever they found', () => {
    for (const flagged of [false, true]) {
      const { factors } = computeRiskAssessment(
        aCompany({ duplicateRegistrationNumber: flagged, duplicateIdentity: flagged, blacklisted: flagged }),
        now,
      );
      for (const key of ['duplicate_registration', 'duplicate_identity', 'blacklisted'])
        expect(factors.find((f) => f.key === key)!.public).toEqual({
          reasonCode: 'identity_checks_by_staff',
          params: {},
          reason: 'Checked by our reviewers; the outcome is shown to reviewers only.',
        });
    }
    expect(
      computeRiskAssessment(aCompany({ duplicateRegistrationNumber: true }), now).factors.find(
        (f) => f.key === 'duplicate_registration',
      )!.reasonCode,
    ).toBe('duplicate_registration_found');
  });
});

describe('gradeForScore', () => {
  it('maps every score from 0 to 100 to its grade', () => {
    const expected = (score: number) =>
      score >= 80 ? 'A' : score >= 65 ? 'B' : score >= 50 ? 'C' : score >= 35 ? 'D' : 'E';
    for (let score = 0; score <= 100; score += 1) expect(gradeForScore(score)).toBe(expected(score));
  });

  it.each([
    [80, 'A'],
    [79, 'B'],
    [65, 'B'],
    [64, 'C'],
    [50, 'C'],
    [49, 'D'],
    [35, 'D'],
    [34, 'E'],
  ] as const)('%i → %s', (score, grade) => {
    expect(gradeForScore(score)).toBe(grade);
  });
});

describe('requiresTwoReviewers', () => {
  it('is true for D and E only', () => {
    expect(RISK_GRADES.filter(requiresTwoReviewers)).toEqual(['D', 'E']);
  });
});
