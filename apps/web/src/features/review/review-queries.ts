import type {
  CompanyMemberView,
  CompanyView,
  DocumentView,
  Page,
  ReviewDecisionInput,
  ReviewDecisionResultView,
  ReviewQueueItemView,
  ReviewView,
} from '@crowdstake/domain';
import type { CampaignView } from '@crowdstake/domain/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-client';
import { campaignKeys } from '../../api/query-keys';
import { reviewKeys, type ReviewQueueFilters } from './review-keys';

/** An item of `GET /api/review/queue`. */
export type ReviewQueueItem = ReviewQueueItemView;

/** A member of a company (`GET /api/companies/:id/members`); staff may read the list. */
export type CompanyMember = CompanyMemberView;

export type ReviewDecisionResult = ReviewDecisionResultView;

export const QUEUE_PAGE_SIZE = 20;

export function useReviewQueue(filters: ReviewQueueFilters) {
  return useQuery({
    queryKey: reviewKeys.queue(filters),
    queryFn: ({ signal }) =>
      apiFetch<Page<ReviewQueueItem>>('/api/review/queue', {
        query: { ...filters, pageSize: QUEUE_PAGE_SIZE },
        signal,
      }),
    placeholderData: keepPreviousData,
    // A queue is shared work: someone else may have decided since the last look.
    staleTime: 0,
  });
}

export function useCampaignUnderReview(campaignId: string) {
  return useQuery({
    queryKey: campaignKeys.detail(campaignId),
    queryFn: ({ signal }) => apiFetch<CampaignView>(`/api/campaigns/${encodeURIComponent(campaignId)}`, { signal }),
    staleTime: 0,
  });
}

export function useCompanyProfile(companyId: string | undefined) {
  return useQuery({
    queryKey: reviewKeys.company(companyId ?? ''),
    queryFn: ({ signal }) => apiFetch<CompanyView>(`/api/companies/${encodeURIComponent(companyId ?? '')}`, { signal }),
    enabled: companyId !== undefined,
  });
}

export function useCompanyDocuments(companyId: string | undefined) {
  return useQuery({
    queryKey: reviewKeys.documents(companyId ?? ''),
    queryFn: ({ signal }) =>
      apiFetch<{ items: DocumentView[] }>(`/api/companies/${encodeURIComponent(companyId ?? '')}/documents`, {
        signal,
      }),
    enabled: companyId !== undefined,
  });
}

/** Who belongs to the company, so the page can say "you may not decide" before the API refuses. */
export function useCompanyMembers(companyId: string | undefined) {
  return useQuery({
    queryKey: reviewKeys.members(companyId ?? ''),
    queryFn: ({ signal }) =>
      apiFetch<{ items: CompanyMember[] }>(`/api/companies/${encodeURIComponent(companyId ?? '')}/members`, {
        signal,
      }),
    enabled: companyId !== undefined,
  });
}

export function useReviewHistory(campaignId: string) {
  return useQuery({
    queryKey: reviewKeys.history(campaignId),
    queryFn: ({ signal }) =>
      apiFetch<{ items: ReviewView[] }>(`/api/campaigns/${encodeURIComponent(campaignId)}/reviews`, { signal }),
    staleTime: 0,
  });
}

export function useReviewDecision(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: ReviewDecisionInput) =>
      apiFetch<ReviewDecisionResult>(`/api/campaigns/${encodeURIComponent(campaignId)}/reviews`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: reviewKeys.queues() });
      void queryClient.invalidateQueries({ queryKey: reviewKeys.history(campaignId) });
      // An approval may put the campaign live at once, into the public listing.
      void queryClient.invalidateQueries({ queryKey: campaignKeys.lists() });
      // Marked stale but not refetched now: the page is about to leave for the queue, and a
      // re-render with the new status first would unmount the form before it says "done".
      void queryClient.invalidateQueries({ queryKey: campaignKeys.detail(campaignId), refetchType: 'none' });
    },
    // A refusal may mean someone else decided meanwhile: show the campaign as it is now.
    onError: () => {
      void queryClient.invalidateQueries({ queryKey: reviewKeys.queues() });
      void queryClient.invalidateQueries({ queryKey: reviewKeys.history(campaignId) });
      void queryClient.invalidateQueries({ queryKey: campaignKeys.detail(campaignId) });
    },
  });
}
