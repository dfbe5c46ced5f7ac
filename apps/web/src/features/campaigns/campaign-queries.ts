import type { DocumentView, Page } from '@crowdstake/domain';
import type { CampaignView } from '@crowdstake/domain/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-client';
import { isApiError } from '../../api/api-error';
import { campaignKeys, type CampaignListFilters } from '../../api/query-keys';
import { api, call } from '../../api/typed-client';
import type { ListedCampaign } from './listed-campaign';

/**
 * The public listing. A 404 means this API has no listing yet (it came after the web's first
 * pages), which to a visitor is the same as "nothing live yet": an empty page, not an error.
 */
export async function fetchCampaignListing(
  filters: CampaignListFilters,
  signal?: AbortSignal,
): Promise<Page<ListedCampaign>> {
  try {
    return await apiFetch<Page<ListedCampaign>>('/api/campaigns', { query: { ...filters }, signal });
  } catch (error) {
    if (isApiError(error) && error.status === 404)
      return { items: [], total: 0, page: filters.page ?? 1, pageSize: filters.pageSize ?? 20 };
    throw error;
  }
}

export function useCampaignListing(filters: CampaignListFilters) {
  return useQuery({
    queryKey: campaignKeys.list(filters),
    queryFn: ({ signal }) => fetchCampaignListing(filters, signal),
    placeholderData: keepPreviousData,
  });
}

export function fetchCampaign(campaignId: string, signal?: AbortSignal): Promise<CampaignView> {
  return call(api.GET('/api/campaigns/{id}', { params: { path: { id: campaignId } }, signal }));
}

/** One campaign; a 404 (unknown, or not public to this person) is an answer, not worth retrying. */
export function useCampaign(campaignId: string) {
  return useQuery({
    queryKey: campaignKeys.detail(campaignId),
    queryFn: ({ signal }) => fetchCampaign(campaignId, signal),
  });
}

/**
 * A company's documents as this person may see them (the public: those marked public). Kept
 * under the campaign's key so that refreshing a campaign page refreshes its documents too.
 */
export function useCampaignDocuments(campaignId: string, companyId: string | undefined) {
  return useQuery({
    queryKey: [...campaignKeys.detail(campaignId), 'documents', companyId] as const,
    queryFn: ({ signal }) =>
      apiFetch<{ items: DocumentView[] }>(`/api/companies/${encodeURIComponent(companyId ?? '')}/documents`, {
        signal,
      }),
    enabled: companyId !== undefined,
    select: (answer) => answer.items,
  });
}
