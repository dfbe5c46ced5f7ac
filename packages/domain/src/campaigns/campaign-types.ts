export const CAMPAIGN_TYPES = ['reward', 'bond', 'shareholding'] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];

export const CAMPAIGN_STATUSES = [
  'draft',
  'submitted',
  'in_review',
  'changes_requested',
  'rejected',
  'approved',
  'live',
  'succeeded',
  'failed',
  'cancelled',
] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

/** Visible to anyone: an approved campaign already has its (coming soon) page before it starts. */
export const PUBLIC_STATUSES = [
  'approved',
  'live',
  'succeeded',
  'failed',
  'cancelled',
] as const satisfies readonly CampaignStatus[];

/** May appear in the public listing and search when asked for by `?status=`. */
export const LISTED_STATUSES = [
  'live',
  'succeeded',
  'failed',
  'cancelled',
] as const satisfies readonly CampaignStatus[];
export type ListedStatus = (typeof LISTED_STATUSES)[number];

/** The listing without a status filter: live and finished campaigns; cancelled ones only on request. */
export const DEFAULT_LISTED_STATUSES = ['live', 'succeeded', 'failed'] as const satisfies readonly ListedStatus[];

/** The founder may change the campaign only before review or when the reviewer asked for changes. */
export const EDITABLE_STATUSES = ['draft', 'changes_requested'] as const satisfies readonly CampaignStatus[];

export function isPublicStatus(status: CampaignStatus): boolean {
  return (PUBLIC_STATUSES as readonly CampaignStatus[]).includes(status);
}

export function isListedStatus(status: CampaignStatus): boolean {
  return (LISTED_STATUSES as readonly CampaignStatus[]).includes(status);
}

export function isEditableStatus(status: CampaignStatus): boolean {
  return (EDITABLE_STATUSES as readonly CampaignStatus[]).includes(status);
}

export interface DurationBounds {
  minDays: number;
  maxDays: number;
}

/**
 * How long a campaign may run, in exact days of 24 hours, both ends included.
 * Investments (bond, shareholding) need Reg CF's 21-day minimum so that
 * backers have time to read the offering.
 */
export const CAMPAIGN_DURATION_DAYS: Readonly<Record<CampaignType, DurationBounds>> = {
  reward: { minDays: 7, maxDays: 90 },
  bond: { minDays: 21, maxDays: 120 },
  shareholding: { minDays: 21, maxDays: 120 },
};

/** Bond and shareholding pledges are investments: investor profile, limits and risk acknowledgement apply. */
export const INVESTMENT_CAMPAIGN_TYPES = ['bond', 'shareholding'] as const satisfies readonly CampaignType[];

export function isInvestmentType(type: CampaignType): boolean {
  return (INVESTMENT_CAMPAIGN_TYPES as readonly CampaignType[]).includes(type);
}
