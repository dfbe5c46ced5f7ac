import type { CampaignSort, CampaignType, ListedStatus, RiskGrade } from '@crowdstake/domain';

/**
 * Query keys, one factory per resource, from broad to narrow, so a mutation invalidates exactly
 * what it changed: `campaignKeys.lists()` refreshes every listing but no campaign page. Each
 * resource has one key whichever page reads it (a company's documents are the same cache entry on
 * the company page, the campaign page and the review page), so a change refreshes every view of it.
 */
export const authKeys = {
  all: ['auth'] as const,
  me: () => [...authKeys.all, 'me'] as const,
};

/** `GET /api/campaigns` query (`campaignListQuerySchema` in @crowdstake/domain), as the web sends it. */
export interface CampaignListFilters {
  type?: CampaignType;
  status?: ListedStatus;
  q?: string;
  sort?: CampaignSort;
  featured?: boolean;
  page?: number;
  pageSize?: number;
}

export const campaignKeys = {
  all: ['campaigns'] as const,
  lists: () => [...campaignKeys.all, 'list'] as const,
  list: (filters: CampaignListFilters) => [...campaignKeys.lists(), filters] as const,
  /** The founder's own campaigns (`GET /api/me/campaigns`). */
  mine: () => [...campaignKeys.all, 'mine'] as const,
  minePage: (page: number, pageSize: number) => [...campaignKeys.mine(), { page, pageSize }] as const,
  details: () => [...campaignKeys.all, 'detail'] as const,
  detail: (id: string) => [...campaignKeys.details(), id] as const,
  /** The campaign's review decisions (`GET /api/campaigns/:id/reviews`), read by founder and reviewer alike. */
  reviews: (id: string) => [...campaignKeys.detail(id), 'reviews'] as const,
};

/** A company, its documents, members and invitations. */
export const companyKeys = {
  all: ['companies'] as const,
  /** The signed-in founder's companies. */
  mine: () => [...companyKeys.all, 'mine'] as const,
  details: () => [...companyKeys.all, 'detail'] as const,
  detail: (id: string) => [...companyKeys.details(), id] as const,
  documents: (id: string) => [...companyKeys.detail(id), 'documents'] as const,
  members: (id: string) => [...companyKeys.detail(id), 'members'] as const,
  invitations: (id: string) => [...companyKeys.detail(id), 'invitations'] as const,
  /** Invitations to the signed-in account, from any company. */
  myInvitations: () => [...companyKeys.all, 'my-invitations'] as const,
};

/** `GET /api/review/queue` filters as the review queue page keeps them in its URL. */
export interface ReviewQueueFilters {
  grade?: RiskGrade;
  type?: CampaignType;
  page: number;
}

/** The reviewers' queue; a campaign's decisions are `campaignKeys.reviews(id)`. */
export const reviewKeys = {
  all: ['review'] as const,
  queues: () => [...reviewKeys.all, 'queue'] as const,
  queue: (filters: ReviewQueueFilters) => [...reviewKeys.queues(), filters] as const,
};

/** A backer's pledges, their investor profile, and what the platform says about payments. */
export const pledgeKeys = {
  all: ['pledges'] as const,
  mine: () => [...pledgeKeys.all, 'mine'] as const,
  minePage: (page: number, pageSize: number) => [...pledgeKeys.mine(), { page, pageSize }] as const,
  detail: (id: string) => [...pledgeKeys.all, 'detail', id] as const,
  investorProfile: () => [...pledgeKeys.all, 'investor-profile'] as const,
  paymentsConfig: () => ['payments', 'config'] as const,
};

/** Under the campaign's key, so refreshing a campaign after a pledge refreshes its money trail too. */
export const moneyTrailKey = (campaignId: string) => [...campaignKeys.detail(campaignId), 'money-trail'] as const;
