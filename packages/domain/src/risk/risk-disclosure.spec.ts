import { computeRiskAssessment, THIN_RISK_DISCLOSURE } from './risk-assessment';
import type { RiskInput } from './risk-factors';
import { riskViewFor } from './risk-views';

const now = new Date('2025-06-15T12:00:00Z');

/** The seed's example: a bond of a sound company graded A with no risk statement at all. */
function aSoundCompany(riskDisclosureLength?: number): RiskInput {
  return {
    identityVerified: true,
    foundedOn: '2015-01-01',
    annualRevenue: 600_000_000,
    totalDebt: 50_000_000,
    companyCurrency: 'USD',
    goal: 30_000_000,
    campaignCurrency: 'USD',
    documentKinds: ['business_licence', 'financial_statements', 'identity'],
    earlierCampaigns: { succeeded: 0, failed: 0, cancelled: 0, rejected: 0 },
    duplicateRegistrationNumber: false,
    duplicateIdentity: false,
    blacklisted: false,
    ...(riskDisclosureLength === undefined ? {} : { riskDisclosureLength }),
  };
}

describe('risk disclosure factor', () => {
  it('an account of the risks costs nothing; a thin one costs 8 points; none costs 16', () => {
    const full = computeRiskAssessment(aSoundCompany(THIN_RISK_DISCLOSURE), now);
    const thin = computeRiskAssessment(aSoundCompany(THIN_RISK_DISCLOSURE - 1), now);
    const none = computeRiskAssessment(aSoundCompany(0), now);
    expect(full.score - thin.score).toBe(8);
    expect(full.score - none.score).toBe(16);
    expect(full.factors.find((f) => f.key === 'risk_disclosure')).toMatchObject({
      points: 0,
      maxPoints: 0,
      reasonCode: 'risk_disclosure_given',
    });
    expect(thin.factors.find((f) => f.key === 'risk_disclosure')?.reasonCode).toBe('risk_disclosure_thin');
    expect(none.factors.find((f) => f.key === 'risk_disclosure')?.reasonCode).toBe('risk_disclosure_missing');
  });

  it('a sound company with no risk statement is not graded A', () => {
    // 20 + 15 + 15 + 12 + 15 + 10 + 5 = 92 with a statement; 76 (B) without.
    expect(computeRiskAssessment(aSoundCompany(500), now).grade).toBe('A');
    expect(computeRiskAssessment(aSoundCompany(0), now)).toMatchObject({ score: 76, grade: 'B' });
  });

  it('the public sees the same banded reason, with no exact length', () => {
    const stored = { ...computeRiskAssessment(aSoundCompany(57), now), assessedAt: now.toISOString() };
    const publicFactor = riskViewFor(stored, 'public')?.factors.find((f) => f.key === 'risk_disclosure');
    expect(publicFactor).toMatchObject({ points: -8, reasonCode: 'risk_disclosure_thin' });
    expect(publicFactor?.params).toEqual({ minimum: THIN_RISK_DISCLOSURE });
  });

  it('an input stored before the factor existed is scored as before, without it', () => {
    const legacy = computeRiskAssessment(aSoundCompany(), now);
    expect(legacy.factors.some((f) => f.key === 'risk_disclosure')).toBe(false);
    expect(legacy.score).toBe(92);
  });
});
