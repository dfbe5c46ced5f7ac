import type { InvestorProfileInput, InvestorProfileView, Page, PledgeInput } from '@crowdstake/domain';
import type { CurrencyCode, PledgeView } from '@crowdstake/domain/core';
import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-client';
import { isApiError } from '../../api/api-error';
import { campaignKeys, moneyTrailKey, pledgeKeys } from '../../api/query-keys';

/** `GET /api/payments/config`: the emulator takes Stripe's test card ids; Stripe needs its Payment Element. */
export interface PaymentsConfig {
  mode: 'emulator' | 'stripe';
  publishableKey: string | null;
}

/** `GET /api/campaigns/:id/money-trail`: money actually taken from backers, and where it went. */
export interface MoneyTrail {
  currency: CurrencyCode;
  collected: number;
  fees: number;
  released: number;
  refunded: number;
  repaid: number;
  inEscrow: number;
  entries: { kind: string; amount: number; at: string; transactionId: string }[];
}

export function usePaymentsConfig() {
  return useQuery({
    queryKey: pledgeKeys.paymentsConfig(),
    queryFn: ({ signal }) => apiFetch<PaymentsConfig>('/api/payments/config', { signal }),
    staleTime: Infinity, // the mode is the server's configuration: it does not change while the page is open
  });
}

/** The backer's investor profile; a 404 means it was never stated, which is an answer (null), not an error. */
export function useInvestorProfile(enabled = true) {
  return useQuery({
    queryKey: pledgeKeys.investorProfile(),
    queryFn: async ({ signal }) => {
      try {
        return await apiFetch<InvestorProfileView>('/api/me/investor-profile', { signal });
      } catch (error) {
        if (isApiError(error) && error.status === 404) return null;
        throw error;
      }
    },
    enabled,
  });
}

export function useSaveInvestorProfile() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (profile: InvestorProfileInput) =>
      apiFetch<InvestorProfileView>('/api/me/investor-profile', { method: 'PUT', body: profile }),
    onSuccess: (saved) => queryClient.setQueryData(pledgeKeys.investorProfile(), saved),
  });
}

export function useMyPledges(page: number, pageSize: number) {
  return useQuery({
    queryKey: pledgeKeys.minePage(page, pageSize),
    queryFn: ({ signal }) => apiFetch<Page<PledgeView>>('/api/me/pledges', { query: { page, pageSize }, signal }),
    placeholderData: keepPreviousData,
  });
}

export interface PledgeAttempt {
  campaignId: string;
  body: PledgeInput;
  /** One per attempt, reused when the same attempt is sent again, so a retry never pledges twice. */
  idempotencyKey: string;
}

export function useCreatePledge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ campaignId, body, idempotencyKey }: PledgeAttempt) =>
      apiFetch<PledgeView>(`/api/campaigns/${encodeURIComponent(campaignId)}/pledges`, {
        method: 'POST',
        body,
        headers: { 'Idempotency-Key': idempotencyKey },
      }),
    onSuccess: (pledge) => invalidateAfterPledgeChange(queryClient, pledge.campaignId),
  });
}

export function useCancelPledge() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (pledgeId: string) =>
      apiFetch<PledgeView>(`/api/pledges/${encodeURIComponent(pledgeId)}/cancel`, { method: 'POST' }),
    onSuccess: (pledge) => invalidateAfterPledgeChange(queryClient, pledge.campaignId),
  });
}

/** A pledge changes the campaign's figures, the backer's portfolio and (for investments) the limit used. */
function invalidateAfterPledgeChange(queryClient: ReturnType<typeof useQueryClient>, campaignId: string) {
  void queryClient.invalidateQueries({ queryKey: campaignKeys.detail(campaignId) });
  void queryClient.invalidateQueries({ queryKey: campaignKeys.lists() });
  void queryClient.invalidateQueries({ queryKey: pledgeKeys.mine() });
  void queryClient.invalidateQueries({ queryKey: pledgeKeys.investorProfile() });
}

/** Public; a 404 (nothing to show yet, or an API without the trail) is the same as nothing collected. */
export function useMoneyTrail(campaignId: string) {
  return useQuery({
    queryKey: moneyTrailKey(campaignId),
    queryFn: async ({ signal }) => {
      try {
        return await apiFetch<MoneyTrail>(`/api/campaigns/${encodeURIComponent(campaignId)}/money-trail`, { signal });
      } catch (error) {
        if (isApiError(error) && (error.status === 404 || error.status === 403)) return null;
        throw error;
      }
    },
  });
}
