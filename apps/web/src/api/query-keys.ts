import type { CampaignSort } from '@crowdstake/domain';
import type { CampaignType, ListedStatus } from '@crowdstake/domain/core';

/**
 * Query keys, one factory per feature, from broad to narrow, so a mutation invalidates exactly
 * what it changed: `campaignKeys.lists()` refreshes every listing but no campaign page.
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
  details: () => [...campaignKeys.all, 'detail'] as const,
  detail: (id: string) => [...campaignKeys.details(), id] as const,
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
