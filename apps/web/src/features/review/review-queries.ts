import type { Page, ReviewDecisionInput, ReviewDecisionResultView, ReviewQueueItemView } from '@crowdstake/domain';
import {
  keepPreviousData,
  mutationOptions,
  useMutation,
  useQuery,
  useQueryClient,
  type QueryClient,
} from '@tanstack/react-query';
import { apiFetch } from '../../api/api-client';
import { campaignQueries, companyQueries } from '../../api/queries';
import { campaignKeys, reviewKeys, type ReviewQueueFilters } from '../../api/query-keys';

/** An item of `GET /api/review/queue`. */
export type ReviewQueueItem = ReviewQueueItemView;

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
  return useQuery({ ...campaignQueries.detail(campaignId), staleTime: 0 });
}

export function useCompanyProfile(companyId: string) {
  return useQuery(companyQueries.detail(companyId));
}

export function useCompanyDocuments(companyId: string) {
  return useQuery(companyQueries.documents(companyId));
}

export function useReviewHistory(campaignId: string) {
  return useQuery({ ...campaignQueries.reviews(campaignId), staleTime: 0 });
}

export function useReviewDecision(campaignId: string) {
  return useMutation(reviewDecisionOptions(useQueryClient(), campaignId));
}

/** The decision and what it refreshes: the queue, and the campaign's decisions wherever they are shown. */
export function reviewDecisionOptions(queryClient: QueryClient, campaignId: string) {
  return mutationOptions({
    mutationFn: (input: ReviewDecisionInput) =>
      apiFetch<ReviewDecisionResult>(`/api/campaigns/${encodeURIComponent(campaignId)}/reviews`, {
        method: 'POST',
        body: input,
      }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: reviewKeys.queues() });
      void queryClient.invalidateQueries({ queryKey: campaignKeys.reviews(campaignId) });
      // An approval may put the campaign live at once, into the public listing.
      void queryClient.invalidateQueries({ queryKey: campaignKeys.lists() });
      // Marked stale but not refetched now: the page is about to leave for the queue, and a
      // re-render with the new status first would unmount the form before it says "done".
      void queryClient.invalidateQueries({ queryKey: campaignKeys.detail(campaignId), refetchType: 'none' });
    },
    // A refusal may mean someone else decided meanwhile: show the campaign as it is now.
    onError: () => {
      void queryClient.invalidateQueries({ queryKey: reviewKeys.queues() });
      void queryClient.invalidateQueries({ queryKey: campaignKeys.reviews(campaignId) });
      void queryClient.invalidateQueries({ queryKey: campaignKeys.detail(campaignId) });
    },
  });
}
