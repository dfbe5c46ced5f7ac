import { fullMonthsBetween, utcDateOf, type IsoDate } from '../common/calendar';
import { REQUIRED_DOCUMENT_KINDS, type DocumentKind } from '../companies/company-schemas';
import { currencyExponent, type CurrencyCode } from '../money/currency';
import { formatMoney } from '../money/money';
import { gradeForScore, type RiskGrade } from './risk-grades';
import { amountAtLeast, percentOf, pointsOnSlope, ratioAtMost } from './risk-ratios';

export interface EarlierCampaignOutcomes {
  succeeded: number;
  failed: number;
  cancelled: number;
  rejected: number;
}

/** What the platform knows about a campaign and its company when the founder submits it. */
export interface RiskInput {
  identityVerified: boolean;
  foundedOn: IsoDate;
  annualRevenue: number;
  totalDebt: number;
  companyCurrency: CurrencyCode;
  goal: number;
  campaignCurrency: CurrencyCode;
  documentKinds: readonly DocumentKind[];
  /** The founder's earlier campaigns, other than this one. */
  earlierCampaigns: EarlierCampaignOutcomes;
  /** The same registration number on another account. */
  duplicateRegistrationNumber: boolean;
  /** The same founder identity on another account. */
  duplicateIdentity: boolean;
  blacklisted: boolean;
}

export const RISK_FACTOR_KEYS = [
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
] as const;
export type RiskFactorKey = (typeof RISK_FACTOR_KEYS)[number];

export interface RiskFactor {
  key: RiskFactorKey;
  label: string;
  /** Negative for a penalty. */
  points: number;
  /** The most this factor can give; 0 for penalties, which can only take away. */
  maxPoints: number;
  /** Why, with the figures behind it, for the reviewer. */
  reason: string;
}

export interface RiskAssessment {
  /** 0–100, higher is safer. */
  score: number;
  grade: RiskGrade;
  factors: RiskFactor[];
}

export interface RiskAssessmentView extends RiskAssessment {
  /** When it was computed (at submission), since the company may change afterwards. */
  assessedAt: string;
}

/** Points each factor can give (they sum to 100) and what each red flag takes away. */
export const RISK_WEIGHTS = {
  identity_verified: 20,
  company_age: 15,
  revenue: 15,
  debt_ratio: 15,
  goal_to_revenue: 15,
  documents: 10,
  track_record: 10,
  duplicate_registration: -40,
  duplicate_identity: -40,
  blacklisted: -100,
} as const satisfies Record<RiskFactorKey, number>;

/**
 * Annual revenue bands in major units of the company's currency, smallest
 * first: revenue at or above a band's floor earns its points. Calibrated for
 * dollar-like currencies; there is no exchange rate in pure code.
 */
export const REVENUE_BANDS: readonly { fromMajor: number; points: number }[] = [
  { fromMajor: 5_000_000, points: 15 },
  { fromMajor: 1_000_000, points: 12 },
  { fromMajor: 250_000, points: 9 },
  { fromMajor: 50_000, points: 6 },
  { fromMajor: 0, points: 3 }, // any revenue at all
];

/** How much each earlier outcome moves the track record, from its neutral 5 points. */
export const TRACK_RECORD_POINTS = { neutral: 5, succeeded: 2, failed: -2, cancelled: -1, rejected: -1 } as const;

const LABELS: Record<RiskFactorKey, string> = {
  identity_verified: 'Founder identity verified',
  company_age: 'Company age',
  revenue: 'Annual revenue',
  debt_ratio: 'Debt against revenue',
  goal_to_revenue: 'Goal against revenue',
  documents: 'Documents complete',
  track_record: 'Earlier campaigns',
  duplicate_registration: 'Registration number on another account',
  duplicate_identity: 'Founder identity on another account',
  blacklisted: 'Blacklisted',
};

const DOCUMENT_NAMES: Record<DocumentKind, string> = {
  business_licence: 'business licence',
  financial_statements: 'financial statements',
  identity: 'identity document',
  other: 'other document',
};

function factor(key: RiskFactorKey, points: number, reason: string): RiskFactor {
  return { key, label: LABELS[key], points, maxPoints: Math.max(0, RISK_WEIGHTS[key]), reason };
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

function identityFactor({ identityVerified }: RiskInput): RiskFactor {
  return identityVerified
    ? factor('identity_verified', RISK_WEIGHTS.identity_verified, "The founder's identity has been verified.")
    : factor('identity_verified', 0, "The founder's identity has not been verified.");
}

function companyAgeFactor({ foundedOn }: RiskInput, now: Date): RiskFactor {
  const months = Math.max(0, fullMonthsBetween(foundedOn, utcDateOf(now)));
  const years = Math.floor(months / 12);
  // Nothing below a year; then straight up to full points at five years, counted in whole months.
  const points =
    months < 12 ? 0 : Math.min(RISK_WEIGHTS.company_age, Math.floor((RISK_WEIGHTS.company_age * months) / 60));
  const age = years === 0 ? 'less than a year ago' : `${plural(years, 'year')} ago`;
  return factor('company_age', points, `Company founded ${foundedOn}, ${age}.`);
}

function revenueFactor({ annualRevenue, companyCurrency }: RiskInput): RiskFactor {
  const revenue = formatMoney(annualRevenue, companyCurrency);
  if (annualRevenue === 0) return factor('revenue', 0, 'The company reports no annual revenue.');
  const majorAsText = (major: number) => formatMoney(major * 10 ** currencyExponent(companyCurrency), companyCurrency);
  const bandIndex = REVENUE_BANDS.findIndex(({ fromMajor }) =>
    amountAtLeast(annualRevenue, fromMajor, companyCurrency),
  );
  const band = REVENUE_BANDS[bandIndex];
  const nextBand = REVENUE_BANDS[bandIndex - 1];
  if (band === undefined) return factor('revenue', 0, `Annual revenue of ${revenue} is below every band.`);
  const reason =
    band.fromMajor > 0
      ? `Annual revenue of ${revenue} reaches the band from ${majorAsText(band.fromMajor)}.`
      : `Annual revenue of ${revenue} is below ${majorAsText(nextBand?.fromMajor ?? 0)}.`;
  return factor('revenue', band.points, reason);
}

function debtRatioFactor({ annualRevenue, totalDebt, companyCurrency }: RiskInput): RiskFactor {
  const max = RISK_WEIGHTS.debt_ratio;
  const debt = formatMoney(totalDebt, companyCurrency);
  const revenue = formatMoney(annualRevenue, companyCurrency);
  if (totalDebt === 0) return factor('debt_ratio', max, 'The company reports no debt.');
  if (annualRevenue === 0) return factor('debt_ratio', 0, `The company owes ${debt} and reports no revenue.`);
  if (!ratioAtMost(totalDebt, annualRevenue, [2, 1])) {
    return factor('debt_ratio', 0, `Debt of ${debt} is more than twice the annual revenue of ${revenue}.`);
  }
  // Full points with no debt, none at twice the revenue, a straight line between.
  const points = pointsOnSlope(max, totalDebt, annualRevenue, [0, 1], [2, 1]);
  return factor(
    'debt_ratio',
    points,
    `Debt of ${debt} is ${percentOf(totalDebt, annualRevenue)} of annual revenue of ${revenue}.`,
  );
}

function goalFactor({ goal, campaignCurrency, annualRevenue, companyCurrency }: RiskInput): RiskFactor {
  const max = RISK_WEIGHTS.goal_to_revenue;
  const goalText = formatMoney(goal, campaignCurrency);
  if (annualRevenue === 0)
    return factor('goal_to_revenue', 0, `The goal of ${goalText} cannot be set against revenue: there is none.`);
  const revenue = formatMoney(annualRevenue, companyCurrency);
  if (campaignCurrency !== companyCurrency) {
    return factor(
      'goal_to_revenue',
      Math.floor(max / 2),
      `The goal (${goalText}) and revenue (${revenue}) are in different currencies, so they are not compared; half points.`,
    );
  }
  if (ratioAtMost(goal, annualRevenue, [1, 4])) {
    return factor(
      'goal_to_revenue',
      max,
      `The goal of ${goalText} is ${percentOf(goal, annualRevenue)} of annual revenue of ${revenue}, at most 25%.`,
    );
  }
  if (!ratioAtMost(goal, annualRevenue, [2, 1])) {
    return factor('goal_to_revenue', 0, `The goal of ${goalText} is more than twice the annual revenue of ${revenue}.`);
  }
  // Full points up to a quarter of revenue, none above twice, a straight line between.
  const points = pointsOnSlope(max, goal, annualRevenue, [1, 4], [2, 1]);
  return factor(
    'goal_to_revenue',
    points,
    `The goal of ${goalText} is ${percentOf(goal, annualRevenue)} of annual revenue of ${revenue}.`,
  );
}

function documentsFactor({ documentKinds }: RiskInput): RiskFactor {
  const missing = REQUIRED_DOCUMENT_KINDS.filter((kind) => !documentKinds.includes(kind));
  const present = REQUIRED_DOCUMENT_KINDS.length - missing.length;
  const points = Math.floor((RISK_WEIGHTS.documents * present) / REQUIRED_DOCUMENT_KINDS.length);
  const reason =
    missing.length === 0
      ? `All ${REQUIRED_DOCUMENT_KINDS.length} required documents are uploaded.`
      : `${present} of ${REQUIRED_DOCUMENT_KINDS.length} required documents uploaded; missing: ${missing.map((kind) => DOCUMENT_NAMES[kind]).join(', ')}.`;
  return factor('documents', points, reason);
}

function trackRecordFactor({ earlierCampaigns }: RiskInput): RiskFactor {
  const { succeeded, failed, cancelled, rejected } = earlierCampaigns;
  const total = succeeded + failed + cancelled + rejected;
  if (total === 0) return factor('track_record', TRACK_RECORD_POINTS.neutral, 'No earlier campaigns: a neutral start.');
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
    `${plural(total, 'earlier campaign')}: ${succeeded} succeeded, ${failed} failed, ${cancelled} cancelled, ${rejected} rejected.`,
  );
}

function penaltyFactors(input: RiskInput): RiskFactor[] {
  return [
    input.duplicateRegistrationNumber
      ? factor(
          'duplicate_registration',
          RISK_WEIGHTS.duplicate_registration,
          'Another account has registered a company with the same registration number.',
        )
      : factor('duplicate_registration', 0, 'No other account uses this registration number.'),
    input.duplicateIdentity
      ? factor('duplicate_identity', RISK_WEIGHTS.duplicate_identity, 'Another account uses the same founder identity.')
      : factor('duplicate_identity', 0, 'No other account uses this founder identity.'),
    input.blacklisted
      ? factor('blacklisted', RISK_WEIGHTS.blacklisted, 'The founder or company is on the platform blacklist.')
      : factor('blacklisted', 0, 'Neither the founder nor the company is on the platform blacklist.'),
  ];
}

/**
 * The automated risk assessment a reviewer sees beside a submitted campaign.
 * Every factor is listed, penalties that did not apply included, so the
 * reviewer sees what was checked as well as what was found.
 */
export function computeRiskAssessment(input: RiskInput, now: Date): RiskAssessment {
  const factors = [
    identityFactor(input),
    companyAgeFactor(input, now),
    revenueFactor(input),
    debtRatioFactor(input),
    goalFactor(input),
    documentsFactor(input),
    trackRecordFactor(input),
    ...penaltyFactors(input),
  ];
  const total = factors.reduce((sum, { points }) => sum + points, 0);
  const score = Math.min(100, Math.max(0, total));
  return { score, grade: gradeForScore(score), factors };
}
