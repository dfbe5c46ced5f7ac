import type { IsoDate } from '../common/calendar';
import type { CompanyPublicView } from '../companies/company-schemas';
import type { CurrencyCode } from '../money/currency';
import type { RiskAssessmentView } from '../risk/risk-assessment';
import type { BondTerms, MilestoneInput, RewardTierInput, ShareholdingTerms } from './campaign-terms';
import type { CampaignStatus, CampaignType } from './campaign-types';

/** A reward tier as shown: its id (pledges name it) and how many are left. */
export interface RewardTierView extends RewardTierInput {
  id: string;
  sold: number;
  /** null when the tier is unlimited. */
  remaining: number | null;
}

export interface RewardTermsView {
  tiers: RewardTierView[];
  allowDonations: boolean;
}

export interface CampaignTermsViewByType {
  reward: RewardTermsView;
  bond: BondTerms;
  shareholding: ShareholdingTerms;
}

export const MILESTONE_STATUSES = ['pending', 'evidence_submitted', 'released', 'rejected', 'overdue'] as const;
export type MilestoneStatus = (typeof MILESTONE_STATUSES)[number];

export interface MilestoneView extends MilestoneInput {
  id: string;
  dueOn: IsoDate;
  status: MilestoneStatus;
}

/** In lists the risk shows as a badge; the factors are on the campaign's own page. */
export type RiskSummaryView = Pick<RiskAssessmentView, 'score' | 'grade'>;

interface CampaignViewBase {
  id: string;
  status: CampaignStatus;
  title: string;
  summary: string;
  description: string;
  risks: string | null;
  useOfFunds: string | null;
  currency: CurrencyCode;
  goal: number;
  /** The hard cap; for a share offering always shares offered × price per share. */
  maxAmount: number | null;
  /** Held and settled pledges: what is committed. */
  raised: number;
  backers: number;
  startsAt: string;
  endsAt: string;
  milestones: MilestoneView[];
  /** null until the campaign is first submitted. */
  risk: RiskAssessmentView | null;
  company: CompanyPublicView;
  coverImageUrl: string | null;
  createdAt: string;
  updatedAt: string;
  submittedAt: string | null;
  liveAt: string | null;
}

/** `GET /api/campaigns/:id`: discriminated by `type`, so `terms` narrows with it. */
export type CampaignView = {
  [T in CampaignType]: CampaignViewBase & { type: T; terms: CampaignTermsViewByType[T] };
}[CampaignType];

type CampaignSummaryBase = Omit<CampaignViewBase, 'description' | 'risks' | 'useOfFunds' | 'milestones' | 'risk'> & {
  risk: RiskSummaryView | null;
};

/** An item of the public listing, the review queue and the founder's own list. */
export type CampaignSummaryView = {
  [T in CampaignType]: CampaignSummaryBase & { type: T; terms: CampaignTermsViewByType[T] };
}[CampaignType];
