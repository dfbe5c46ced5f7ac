import {
  CAMPAIGN_SORTS,
  CAMPAIGN_TYPES,
  type CampaignSort,
  type CampaignType,
  LISTED_STATUSES,
  type ListedStatus,
} from '@crowdstake/domain';
import type { CampaignListFilters } from '../../../api/query-keys';

/** Three columns of four rows on a wide screen. */
export const DISCOVER_PAGE_SIZE = 12;
/** The listing's own limit on a search (campaignListQuerySchema). */
export const MAX_SEARCH_LENGTH = 100;

/** What /discover's query string asks for; everything optional, so `/discover` is the whole listing. */
export interface DiscoverFilters {
  type?: CampaignType;
  status?: ListedStatus;
  q?: string;
  sort: CampaignSort;
  page: number;
}

function oneOf<T extends string>(values: readonly T[], value: string | null): T | undefined {
  return value !== null && (values as readonly string[]).includes(value) ? (value as T) : undefined;
}

/**
 * Reads a shared or hand-edited link leniently: an unknown type, status or sort, or a page that
 * is not a positive whole number, is left out rather than sent (the API would answer 400 and
 * the visitor would see an error instead of campaigns).
 */
export function readDiscoverFilters(search: URLSearchParams): DiscoverFilters {
  const q = search.get('q')?.trim().slice(0, MAX_SEARCH_LENGTH);
  const page = Number(search.get('page'));
  const type = oneOf(CAMPAIGN_TYPES, search.get('type'));
  const sort = oneOf(sortsFor(type), search.get('sort')) ?? 'newest';
  return {
    type,
    status: oneOf(LISTED_STATUSES, search.get('status')),
    q: q ? q : undefined,
    sort,
    page: Number.isSafeInteger(page) && page >= 1 ? page : 1,
  };
}

/** The query string for filters, with defaults left out so links stay short and canonical. */
export function discoverSearch(filters: DiscoverFilters): URLSearchParams {
  const search = new URLSearchParams();
  if (filters.q) search.set('q', filters.q);
  if (filters.type) search.set('type', filters.type);
  if (filters.status) search.set('status', filters.status);
  if (filters.sort !== 'newest') search.set('sort', filters.sort);
  if (filters.page > 1) search.set('page', String(filters.page));
  return search;
}

/**
 * A change of filters. Anything but the page starts again from page 1 (page 3 of another
 * search means nothing); sorting by interest rate only means something for bonds, so leaving
 * the bond type falls back to the newest.
 */
export function changeFilters(current: DiscoverFilters, change: Partial<DiscoverFilters>): DiscoverFilters {
  const next: DiscoverFilters = { ...current, ...change };
  if (!('page' in change)) next.page = 1;
  if (next.sort === 'rate' && next.type !== 'bond') next.sort = 'newest';
  return next;
}

export function sortsFor(type: CampaignType | undefined): readonly CampaignSort[] {
  return type === 'bond' ? CAMPAIGN_SORTS : CAMPAIGN_SORTS.filter((sort) => sort !== 'rate');
}

export function listingQuery(filters: DiscoverFilters): CampaignListFilters {
  return { ...filters, pageSize: DISCOVER_PAGE_SIZE };
}

export function pageCount(total: number, pageSize: number): number {
  return Math.max(1, Math.ceil(total / pageSize));
}

export function hasNarrowingFilters(filters: DiscoverFilters): boolean {
  return filters.type !== undefined || filters.status !== undefined || filters.q !== undefined;
}
