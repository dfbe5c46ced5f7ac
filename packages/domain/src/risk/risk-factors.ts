import type { IsoDate } from '../common/calendar';
import type { DocumentKind } from '../companies/company-constants';
import type { CurrencyCode } from '../money/currency';
import type { RiskReason } from './risk-reasons';

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
  /**
   * Characters in the campaign's own account of its risks (0 when absent).
   * Absent from inputs stored before the factor existed.
   */
  riskDisclosureLength?: number;
}

export const RISK_FACTOR_KEYS = [
  'identity_verified',
  'company_age',
  'revenue',
  'debt_ratio',
  'goal_to_revenue',
  'documents',
  'track_record',
  'risk_disclosure',
  'duplicate_registration',
  'duplicate_identity',
  'blacklisted',
] as const;
export type RiskFactorKey = (typeof RISK_FACTOR_KEYS)[number];

/** Factors whose outcome only staff may see (the owner and the public see that they were checked). */
export const STAFF_ONLY_FACTORS = ['duplicate_registration', 'duplicate_identity', 'blacklisted'] as const;

/** A factor as the owner, members and staff see it. */
export interface RiskFactorView extends RiskReason {
  key: RiskFactorKey;
  label: string;
  /** Negative for a penalty. */
  points: number;
  /** The most this factor can give; 0 for penalties, which can only take away. */
  maxPoints: number;
}

/** A factor as computed and stored: the exact reason, with the figures behind it, and its public banded version. */
export interface RiskFactor extends RiskFactorView {
  public: RiskReason;
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
  /** Taken away when the campaign gives no account of its risks; half of it for a thin one. */
  risk_disclosure: -16,
  duplicate_registration: -40,
  duplicate_identity: -40,
  blacklisted: -100,
} as const satisfies Record<RiskFactorKey, number>;

/** How much each earlier outcome moves the track record, from its neutral 5 points. */
export const TRACK_RECORD_POINTS = { neutral: 5, succeeded: 2, failed: -2, cancelled: -1, rejected: -1 } as const;

/** The English label of each factor; the web words them by key (i18n `risk.factors`). */
export const RISK_FACTOR_LABELS: Record<RiskFactorKey, string> = {
  identity_verified: 'Founder identity verified',
  company_age: 'Company age',
  revenue: 'Annual revenue',
  debt_ratio: 'Debt against revenue',
  goal_to_revenue: 'Goal against revenue',
  documents: 'Documents complete',
  track_record: 'Earlier campaigns',
  risk_disclosure: 'Risk disclosure',
  // Neutral names: the owner and the public see these factors too, without their outcome.
  duplicate_registration: 'Registration number check',
  duplicate_identity: 'Founder identity check',
  blacklisted: 'Blacklist check',
};

/** A factor whose exact reason is also safe to show to anyone. */
export function factor(
  key: RiskFactorKey,
  points: number,
  exact: RiskReason,
  publicReason: RiskReason = exact,
): RiskFactor {
  return {
    key,
    label: RISK_FACTOR_LABELS[key],
    points,
    maxPoints: Math.max(0, RISK_WEIGHTS[key]),
    ...exact,
    public: publicReason,
  };
}
