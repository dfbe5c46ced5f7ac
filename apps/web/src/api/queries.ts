import type { CampaignView, CompanyView, DocumentView, ReviewHistoryView } from '@crowdstake/domain';
import { queryOptions } from '@tanstack/react-query';
import { apiFetch } from './api-client';
import { campaignKeys, companyKeys } from './query-keys';
import { api, call } from './typed-client';

/**
 * The resources more than one feature reads, each with its one key and its one request, so that
 * every page shares the same cache entry (and the same shape of data in it). Features add their
 * own options (`select`, `enabled`, `staleTime`) when they use one: `useQuery({ ...x, enabled })`.
 */

/** For `select`: the items of a `{items}` answer. */
export const itemsOf = <T>(page: { items: T[] }): T[] => page.items;

const campaignPath = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;
const companyPath = (id: string) => `/api/companies/${encodeURIComponent(id)}`;

export function fetchCampaign(campaignId: string, signal?: AbortSignal): Promise<CampaignView> {
  return call(api.GET('/api/campaigns/{id}', { params: { path: { id: campaignId } }, signal }));
}

export const campaignQueries = {
  detail: (id: string) =>
    queryOptions({ queryKey: campaignKeys.detail(id), queryFn: ({ signal }) => fetchCampaign(id, signal) }),
  /** The decisions so far, newest first, and the reader's conflict of interest; founders read their own, reviewers any. */
  reviews: (id: string) =>
    queryOptions({
      queryKey: campaignKeys.reviews(id),
      queryFn: ({ signal }) => apiFetch<ReviewHistoryView>(`${campaignPath(id)}/reviews`, { signal }),
    }),
};

export const companyQueries = {
  mine: () =>
    queryOptions({
      queryKey: companyKeys.mine(),
      queryFn: ({ signal }) => apiFetch<{ items: CompanyView[] }>('/api/me/companies', { signal }),
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: companyKeys.detail(id),
      queryFn: ({ signal }) => apiFetch<CompanyView>(companyPath(id), { signal }),
    }),
  /** As this person may see them: the public sees the public ones, members and staff all. */
  documents: (id: string) =>
    queryOptions({
      queryKey: companyKeys.documents(id),
      queryFn: ({ signal }) => apiFetch<{ items: DocumentView[] }>(`${companyPath(id)}/documents`, { signal }),
    }),
};
