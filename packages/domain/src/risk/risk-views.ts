import type { RiskAssessmentView, StoredRiskAssessment } from './risk-assessment';
import { STAFF_ONLY_FACTORS, type RiskFactorKey, type RiskFactorView } from './risk-factors';
import { riskReason, type RiskReason } from './risk-reasons';

/**
 * Who reads a risk assessment: staff see everything; the company (its owner
 * and members, who see its figures anyway) the exact reasons but not the
 * outcome of staff-only checks; everyone else the public bands.
 */
export type RiskAudience = 'staff' | 'company' | 'public';

/**
 * A factor as stored. Assessments stored before reasons had codes have only
 * the English `reason`, which states the figures: they never reach the public,
 * and the company and staff get them as `legacy_reason`.
 */
type StoredFactor = Omit<RiskFactorView, 'reasonCode' | 'params'> & Partial<RiskReason> & { public?: RiskReason };
type AnyStoredAssessment = Omit<StoredRiskAssessment, 'factors'> & { factors: StoredFactor[] };

const isStaffOnly = (key: string) => (STAFF_ONLY_FACTORS as readonly string[]).includes(key);

function exactReason(factor: StoredFactor): RiskReason {
  if (factor.reasonCode && factor.params) {
    return { reasonCode: factor.reasonCode, params: factor.params, reason: factor.reason };
  }
  return riskReason('legacy_reason', { text: factor.reason });
}

function factorFor(factor: StoredFactor, audience: RiskAudience): RiskFactorView {
  const base = { key: factor.key as RiskFactorKey, label: factor.label, maxPoints: factor.maxPoints };
  if (audience === 'staff') return { ...base, points: factor.points, ...exactReason(factor) };
  if (isStaffOnly(factor.key)) {
    // Neither the points nor the reason say whether the check found anything (the score still counts it).
    return { ...base, points: 0, ...riskReason('identity_checks_by_staff') };
  }
  if (audience === 'company') return { ...base, points: factor.points, ...exactReason(factor) };
  const publicReason = factor.public ?? riskReason('reason_not_public');
  return { ...base, points: factor.points, ...publicReason };
}

/** The assessment as `audience` may see it; the stored record's extra fields never leave. */
export function riskViewFor(
  stored: AnyStoredAssessment | null | undefined,
  audience: RiskAudience,
): RiskAssessmentView | null {
  if (!stored) return null;
  return {
    score: stored.score,
    grade: stored.grade,
    factors: stored.factors.map((factor) => factorFor(factor, audience)),
    ...(audience === 'public' ? {} : { publicFactors: stored.factors.map((factor) => factorFor(factor, 'public')) }),
    assessedAt: stored.assessedAt,
  };
}
