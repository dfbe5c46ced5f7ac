import type { Page } from '@crowdstake/domain';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-client';
import { isApiError } from '../../api/api-error';
import { campaignQueries, companyQueries, fetchCampaign } from '../../api/queries';
import { campaignKeys, type CampaignListFilters } from '../../api/query-keys';
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

/** Kept here for the pages that fetch campaigns one by one (the portfolio). */
export { fetchCampaign };

/** One campaign; a 404 (unknown, or not public to this person) is an answer, not worth retrying. */
export function useCampaign(campaignId: string) {
  return useQuery(campaignQueries.detail(campaignId));
}

/** A company's documents as this person may see them (the public: those marked public). */
export function useCampaignDocuments(companyId: string | undefined) {
  return useQuery({
    ...companyQueries.documents(companyId ?? ''),
    enabled: companyId !== undefined,
    select: (answer) => answer.items,
  });
}
