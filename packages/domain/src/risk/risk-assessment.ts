import { fullMonthsBetween, utcDateOf } from '../common/calendar';
import { REQUIRED_DOCUMENT_KINDS } from '../companies/company-constants';
import {
  DEBT_RATIO_BANDS,
  GOAL_RATIO_BANDS,
  majorToMinor,
  REVENUE_BAND_POINTS,
  revenueFloorsFor,
  type DebtRatioBand,
  type GoalRatioBand,
  type RiskConfig,
} from './risk-bands';
import {
  factor,
  RISK_WEIGHTS,
  type STAFF_ONLY_FACTORS,
  TRACK_RECORD_POINTS,
  type RiskFactor,
  type RiskFactorView,
  type RiskInput,
} from './risk-factors';
import { gradeForScore, type RiskGrade } from './risk-grades';
import { riskReason, type RiskReasonCode } from './risk-reasons';
import { amountAtLeast, ratioAtMost, wholePercent } from './risk-ratios';
export interface RiskAssessment {
  /** 0–100, higher is safer. */
  score: number;
  grade: RiskGrade;
  factors: RiskFactor[];
}

/** The assessment as stored with the campaign. */
export interface StoredRiskAssessment extends RiskAssessment {
  /** When it was computed (at submission), since the company may change afterwards. */
  assessedAt: string;
}

/** The assessment as the API sends it: one reason per factor, exact or public by who asks. */
export interface RiskAssessmentView {
  score: number;
  grade: RiskGrade;
  factors: RiskFactorView[];
  /**
   * For the company and staff only: the factors as the public sees them, so that a preview
   * of the public page shows what backers will read.
   */
  publicFactors?: RiskFactorView[];
  assessedAt: string;
}

function identityFactor({ identityVerified }: RiskInput): RiskFactor {
  return identityVerified
    ? factor('identity_verified', RISK_WEIGHTS.identity_verified, riskReason('identity_verified'))
    : factor('identity_verified', 0, riskReason('identity_not_verified'));
}

/** The founding date is on the company's public profile, so the exact reason is the public one. */
function companyAgeFactor({ foundedOn }: RiskInput, now: Date): RiskFactor {
  const months = Math.max(0, fullMonthsBetween(foundedOn, utcDateOf(now)));
  const years = Math.floor(months / 12);
  // Nothing below a year; then straight up to full points at five years, counted in whole months.
  const points =
    months < 12 ? 0 : Math.min(RISK_WEIGHTS.company_age, Math.floor((RISK_WEIGHTS.company_age * months) / 60));
  const reason =
    years === 0
      ? riskReason('founded_under_a_year', { foundedOn })
      : riskReason('founded_years_ago', { foundedOn, years });
  return factor('company_age', points, reason);
}

function revenueFactor({ annualRevenue, companyCurrency: currency }: RiskInput, config: RiskConfig): RiskFactor {
  if (annualRevenue === 0) return factor('revenue', 0, riskReason('revenue_none'));
  const floors = revenueFloorsFor(currency, config);
  const index = floors.findIndex((floor) => amountAtLeast(annualRevenue, floor, currency));
  const points = REVENUE_BAND_POINTS[index === -1 ? floors.length : index] ?? 0;
  const money = (major: number) => majorToMinor(major, currency);
  if (index === -1) {
    const below = money(floors[floors.length - 1]!);
    return factor(
      'revenue',
      points,
      riskReason('revenue_below', { revenue: annualRevenue, currency, below }),
      riskReason('revenue_band_below', { currency, below }),
    );
  }
  const from = money(floors[index]!);
  const publicReason =
    index === 0
      ? riskReason('revenue_band_from', { currency, from })
      : riskReason('revenue_band_between', { currency, from, below: money(floors[index - 1]!) });
  return factor(
    'revenue',
    points,
    riskReason('revenue_at_least', { revenue: annualRevenue, currency, from }),
    publicReason,
  );
}

const DEBT_BAND_CODES = {
  third: 'debt_at_most_third',
  two_thirds: 'debt_at_most_two_thirds',
  revenue: 'debt_at_most_revenue',
  twice: 'debt_at_most_twice_revenue',
} as const satisfies Record<DebtRatioBand, RiskReasonCode>;

function debtRatioFactor({
  annualRevenue: revenue,
  totalDebt: debt,
  companyCurrency: currency,
}: RiskInput): RiskFactor {
  if (debt === 0) return factor('debt_ratio', RISK_WEIGHTS.debt_ratio, riskReason('debt_none'));
  if (revenue === 0) {
    return factor(
      'debt_ratio',
      0,
      riskReason('debt_without_revenue', { debt, currency }),
      riskReason('debt_with_no_revenue'),
    );
  }
  const band = DEBT_RATIO_BANDS.find(({ atMost }) => ratioAtMost(debt, revenue, atMost));
  if (!band) {
    return factor(
      'debt_ratio',
      0,
      riskReason('debt_over_twice_revenue', { debt, revenue, currency }),
      riskReason('debt_above_twice_revenue'),
    );
  }
  return factor(
    'debt_ratio',
    band.points,
    riskReason('debt_share_of_revenue', { debt, revenue, currency, percent: wholePercent(debt, revenue) }),
    riskReason(DEBT_BAND_CODES[band.band]),
  );
}

const GOAL_BAND_CODES = {
  quarter: 'goal_at_most_quarter',
  half: 'goal_at_most_half',
  revenue: 'goal_at_most_revenue',
  twice: 'goal_at_most_twice_revenue',
} as const satisfies Record<GoalRatioBand, RiskReasonCode>;

function goalFactor({
  goal,
  campaignCurrency,
  annualRevenue: revenue,
  companyCurrency: currency,
}: RiskInput): RiskFactor {
  if (revenue === 0) {
    return factor('goal_to_revenue', 0, riskReason('goal_without_revenue', { goal, currency: campaignCurrency }));
  }
  if (campaignCurrency !== currency) {
    return factor(
      'goal_to_revenue',
      Math.floor(RISK_WEIGHTS.goal_to_revenue / 2),
      riskReason('goal_currency_differs', { goal, goalCurrency: campaignCurrency, revenue, currency }),
      riskReason('goal_not_compared'),
    );
  }
  const band = GOAL_RATIO_BANDS.find(({ atMost }) => ratioAtMost(goal, revenue, atMost));
  if (!band) {
    return factor(
      'goal_to_revenue',
      0,
      riskReason('goal_over_twice_revenue', { goal, revenue, currency }),
      riskReason('goal_above_twice_revenue'),
    );
  }
  return factor(
    'goal_to_revenue',
    band.points,
    riskReason('goal_share_of_revenue', { goal, revenue, currency, percent: wholePercent(goal, revenue) }),
    riskReason(GOAL_BAND_CODES[band.band]),
  );
}

/** Which documents are on file is the company's business: the public sees how many. */
function documentsFactor({ documentKinds }: RiskInput): RiskFactor {
  const missing = REQUIRED_DOCUMENT_KINDS.filter((kind) => !documentKinds.includes(kind));
  const total = REQUIRED_DOCUMENT_KINDS.length;
  const present = total - missing.length;
  const points = Math.floor((RISK_WEIGHTS.documents * present) / total);
  if (missing.length === 0) return factor('documents', points, riskReason('documents_complete', { total }));
  return factor(
    'documents',
    points,
    riskReason('documents_missing', { present, total, missing }),
    riskReason('documents_count', { present, total }),
  );
}

function trackRecordFactor({ earlierCampaigns }: RiskInput): RiskFactor {
  const { succeeded, failed, cancelled, rejected } = earlierCampaigns;
  const total = succeeded + failed + cancelled + rejected;
  if (total === 0) return factor('track_record', TRACK_RECORD_POINTS.neutral, riskReason('track_record_none'));
  const raw =
    TRACK_RECORD_POINTS.neutral +
    succeeded * TRACK_RECORD_POINTS.succeeded +
    failed * TRACK_RECORD_POINTS.failed +
    cancelled * TRACK_RECORD_POINTS.cancelled +
    rejected * TRACK_RECORD_POINTS.rejected;
  const points = Math.min(RISK_WEIGHTS.track_record, Math.max(0, raw));
  return factor(
    'track_record',
    points,
    riskReason('track_record_outcomes', { total, succeeded, failed, cancelled, rejected }),
  );
}

/** Below this many characters an account of the risks is thin: a sentence or two cannot cover them. */
export const THIN_RISK_DISCLOSURE = 200;

/**
 * A campaign that does not say what could go wrong is riskier to back, whatever
 * the company's figures. The length is banded (none, thin, enough), and the
 * text itself is public, so the public reason is the exact one.
 */
function riskDisclosureFactor({ riskDisclosureLength }: RiskInput): RiskFactor | null {
  if (riskDisclosureLength === undefined) return null;
  const minimum = THIN_RISK_DISCLOSURE;
  if (riskDisclosureLength === 0)
    return factor('risk_disclosure', RISK_WEIGHTS.risk_disclosure, riskReason('risk_disclosure_missing'));
  if (riskDisclosureLength < minimum) {
    return factor(
      'risk_disclosure',
      Math.trunc(RISK_WEIGHTS.risk_disclosure / 2),
      riskReason('risk_disclosure_thin', { minimum }),
    );
  }
  return factor('risk_disclosure', 0, riskReason('risk_disclosure_given', { minimum }));
}

/**
 * Red flags for staff. Their public version is a neutral "checked by our
 * reviewers", so that nobody, the founder included, learns from the page
 * whether another account uses a registration number or an identity.
 */
function penaltyFactors(input: RiskInput): RiskFactor[] {
  const staffOnly = riskReason('identity_checks_by_staff');
  const penalty = (key: (typeof STAFF_ONLY_FACTORS)[number], applies: boolean) =>
    factor(key, applies ? RISK_WEIGHTS[key] : 0, riskReason(applies ? `${key}_found` : `${key}_none`), staffOnly);
  return [
    penalty('duplicate_registration', input.duplicateRegistrationNumber),
    penalty('duplicate_identity', input.duplicateIdentity),
    penalty('blacklisted', input.blacklisted),
  ];
}

/**
 * The automated risk assessment a reviewer sees beside a submitted campaign.
 * Every factor is listed, penalties that did not apply included, so the
 * reviewer sees what was checked as well as what was found.
 */
export function computeRiskAssessment(input: RiskInput, now: Date, config: RiskConfig = {}): RiskAssessment {
  const factors = [
    identityFactor(input),
    companyAgeFactor(input, now),
    revenueFactor(input, config),
    debtRatioFactor(input),
    goalFactor(input),
    documentsFactor(input),
    trackRecordFactor(input),
    riskDisclosureFactor(input),
    ...penaltyFactors(input),
  ].filter((item): item is RiskFactor => item !== null);
  const total = factors.reduce((sum, { points }) => sum + points, 0);
  const score = Math.min(100, Math.max(0, total));
  return { score, grade: gradeForScore(score), factors };
}
