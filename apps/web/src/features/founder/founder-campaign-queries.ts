import type {
  CampaignCreateInput,
  CampaignPatchInput,
  CampaignSummaryView,
  CampaignView,
  Page,
} from '@crowdstake/domain';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiFetch, apiUpload } from '../../api/api-client';
import { campaignQueries } from '../../api/queries';
import { campaignKeys } from '../../api/query-keys';
import { api, call, type Schemas } from '../../api/typed-client';

/**
 * The founder's own campaigns and their reviews. A campaign and its reviews share the app-wide
 * `campaignKeys`, so the public page, the review page and the wizard never show two versions.
 */
const campaignPath = (id: string) => `/api/campaigns/${encodeURIComponent(id)}`;

export function useMyCampaigns(page: number, pageSize: number) {
  return useQuery({
    queryKey: campaignKeys.minePage(page, pageSize),
    queryFn: ({ signal }) =>
      apiFetch<Page<CampaignSummaryView>>('/api/me/campaigns', { query: { page, pageSize }, signal }),
  });
}

export function useOwnCampaign(id: string | undefined) {
  return useQuery({ ...campaignQueries.detail(id ?? ''), enabled: Boolean(id) });
}

export function useCampaignReviews(campaignId: string, enabled = true) {
  return useQuery({ ...campaignQueries.reviews(campaignId), select: (page) => page.items, enabled });
}

/**
 * `GET /api/campaigns/:id/settlement` (founder and staff only): what the deadline did with the money.
 * Typed from the OpenAPI document, whose schema the API checks against its own view.
 */
export type CampaignSettlement = Schemas['CampaignSettlement'];

/** While settlement runs (jobs on the server), asked again every few seconds until it is complete. */
export function useCampaignSettlement(campaignId: string, enabled = true) {
  return useQuery({
    queryKey: campaignKeys.settlement(campaignId),
    queryFn: ({ signal }) =>
      call(api.GET('/api/campaigns/{id}/settlement', { params: { path: { id: campaignId } }, signal })),
    refetchInterval: (query) => (query.state.data?.state === 'in_progress' ? 3000 : false),
    enabled,
  });
}

/** After any change: the campaign itself, the founder's list, and the public listings it may appear in. */
function campaignChanged(queryClient: QueryClient, campaign: CampaignView): void {
  queryClient.setQueryData(campaignKeys.detail(campaign.id), campaign);
  void queryClient.invalidateQueries({ queryKey: campaignKeys.mine() });
  void queryClient.invalidateQueries({ queryKey: campaignKeys.lists() });
}

export function useCreateCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CampaignCreateInput) => apiFetch<CampaignView>('/api/campaigns', { method: 'POST', body }),
    onSuccess: (campaign) => campaignChanged(queryClient, campaign),
  });
}

export function usePatchCampaign(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: CampaignPatchInput) =>
      apiFetch<CampaignView>(campaignPath(id), { method: 'PATCH', body: patch }),
    onSuccess: (campaign) => campaignChanged(queryClient, campaign),
  });
}

export function useSubmitCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<CampaignView>(`${campaignPath(id)}/submit`, { method: 'POST' }),
    onSuccess: (campaign) => campaignChanged(queryClient, campaign),
  });
}

export function useCancelCampaign() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, reasons }: { id: string; reasons: string }) =>
      apiFetch<CampaignView>(`${campaignPath(id)}/cancel`, { method: 'POST', body: { reasons } }),
    onSuccess: (campaign) => campaignChanged(queryClient, campaign),
  });
}

export interface UploadedCampaignImage {
  id: string;
  url: string;
}

/** A story image, or with `cover` the campaign's cover (the campaign is fetched again to show it). */
export function useUploadCampaignImage(campaignId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, cover }: { file: File; cover: boolean }) =>
      apiUpload<UploadedCampaignImage>(`${campaignPath(campaignId)}/images`, { cover: String(cover), file }),
    onSuccess: (_image, { cover }) => {
      if (!cover) return;
      void queryClient.invalidateQueries({ queryKey: campaignKeys.detail(campaignId) });
      void queryClient.invalidateQueries({ queryKey: campaignKeys.mine() });
    },
  });
}
