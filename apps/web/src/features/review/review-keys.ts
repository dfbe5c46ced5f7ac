import type { CampaignType, RiskGrade } from '@crowdstake/domain/core';

/** `GET /api/review/queue` filters as the page keeps them in its URL. */
export interface ReviewQueueFilters {
  grade?: RiskGrade;
  type?: CampaignType;
  page: number;
}

/**
 * Query keys of the reviewer's side, broad to narrow, so a decision invalidates exactly the
 * queue and the one campaign's history. The campaign itself uses the shared `campaignKeys`.
 */
export const reviewKeys = {
  all: ['review'] as const,
  queues: () => [...reviewKeys.all, 'queue'] as const,
  queue: (filters: ReviewQueueFilters) => [...reviewKeys.queues(), filters] as const,
  history: (campaignId: string) => [...reviewKeys.all, 'history', campaignId] as const,
  company: (companyId: string) => [...reviewKeys.all, 'company', companyId] as const,
  documents: (companyId: string) => [...reviewKeys.all, 'documents', companyId] as const,
  members: (companyId: string) => [...reviewKeys.all, 'members', companyId] as const,
};
