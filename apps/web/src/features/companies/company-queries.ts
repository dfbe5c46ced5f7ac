import type {
  CompanyCreateInput,
  CompanyInvitationView,
  CompanyMemberView,
  CompanyPatchInput,
  CompanyView,
  DocumentView,
  MyInvitationView,
} from '@crowdstake/domain';
import type { DocumentKind } from '@crowdstake/domain/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-client';
import { uploadFile } from './upload-file';

/** Broad to narrow, so saving a profile refreshes that company and the founder's list, nothing else. */
export const companyKeys = {
  all: ['companies'] as const,
  mine: () => [...companyKeys.all, 'mine'] as const,
  details: () => [...companyKeys.all, 'detail'] as const,
  detail: (id: string) => [...companyKeys.details(), id] as const,
  documents: (id: string) => [...companyKeys.detail(id), 'documents'] as const,
  members: (id: string) => [...companyKeys.detail(id), 'members'] as const,
  invitations: (id: string) => [...companyKeys.detail(id), 'invitations'] as const,
  /** Invitations to the signed-in account, from any company. */
  myInvitations: () => [...companyKeys.all, 'my-invitations'] as const,
};

export function useMyCompanies() {
  return useQuery({
    queryKey: companyKeys.mine(),
    queryFn: ({ signal }) => apiFetch<{ items: CompanyView[] }>('/api/me/companies', { signal }),
    select: (page) => page.items,
  });
}

export function useCompany(id: string | undefined) {
  return useQuery({
    queryKey: companyKeys.detail(id ?? ''),
    queryFn: ({ signal }) => apiFetch<CompanyView>(`/api/companies/${encodeURIComponent(id ?? '')}`, { signal }),
    enabled: Boolean(id),
  });
}

export function useCreateCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CompanyCreateInput) => apiFetch<CompanyView>('/api/companies', { method: 'POST', body: input }),
    onSuccess: (company) => {
      queryClient.setQueryData(companyKeys.detail(company.id), company);
      void queryClient.invalidateQueries({ queryKey: companyKeys.mine() });
    },
  });
}

export function useUpdateCompany(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (patch: CompanyPatchInput) =>
      apiFetch<CompanyView>(`/api/companies/${encodeURIComponent(id)}`, { method: 'PATCH', body: patch }),
    onSuccess: (company) => {
      queryClient.setQueryData(companyKeys.detail(id), company);
      void queryClient.invalidateQueries({ queryKey: companyKeys.mine() });
    },
  });
}

/** Connects the company's payout account: ready at once with the emulator, an onboarding link with Stripe. */
export function useConnectPayoutAccount(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      apiFetch<{ accountId: string; ready: boolean; onboardingUrl?: string }>(
        `/api/companies/${encodeURIComponent(id)}/payout-account`,
        { method: 'POST', body: {} },
      ),
    onSuccess: (account) => {
      if (account.onboardingUrl) window.location.assign(account.onboardingUrl);
      void queryClient.invalidateQueries({ queryKey: companyKeys.detail(id) });
    },
  });
}

export function useCompanyDocuments(companyId: string) {
  return useQuery({
    queryKey: companyKeys.documents(companyId),
    queryFn: ({ signal }) =>
      apiFetch<{ items: DocumentView[] }>(`/api/companies/${encodeURIComponent(companyId)}/documents`, { signal }),
    select: (page) => page.items,
  });
}

export interface DocumentUpload {
  file: File;
  kind: DocumentKind;
  public: boolean;
}

export function useUploadDocument(companyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (upload: DocumentUpload) =>
      uploadFile<DocumentView>(`/api/companies/${encodeURIComponent(companyId)}/documents`, {
        kind: upload.kind,
        public: String(upload.public),
        file: upload.file,
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: companyKeys.documents(companyId) }),
  });
}

export function useCompanyMembers(companyId: string) {
  return useQuery({
    queryKey: companyKeys.members(companyId),
    queryFn: ({ signal }) =>
      apiFetch<{ items: CompanyMemberView[] }>(`/api/companies/${encodeURIComponent(companyId)}/members`, { signal }),
    select: (page) => page.items,
  });
}

/** Invites a person by email; they join once they accept. */
export function useInviteMember(companyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (email: string) =>
      apiFetch<CompanyInvitationView>(`/api/companies/${encodeURIComponent(companyId)}/members`, {
        method: 'POST',
        body: { email },
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: companyKeys.invitations(companyId) }),
  });
}

export function useCompanyInvitations(companyId: string) {
  return useQuery({
    queryKey: companyKeys.invitations(companyId),
    queryFn: ({ signal }) =>
      apiFetch<{ items: CompanyInvitationView[] }>(`/api/companies/${encodeURIComponent(companyId)}/invitations`, {
        signal,
      }),
    select: (page) => page.items,
  });
}

export function useRevokeInvitation(companyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (invitationId: string) =>
      apiFetch(`/api/companies/${encodeURIComponent(companyId)}/invitations/${encodeURIComponent(invitationId)}`, {
        method: 'DELETE',
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: companyKeys.invitations(companyId) }),
  });
}

export function useMyInvitations() {
  return useQuery({
    queryKey: companyKeys.myInvitations(),
    queryFn: ({ signal }) => apiFetch<{ items: MyInvitationView[] }>('/api/me/invitations', { signal }),
    select: (page) => page.items,
  });
}

/** Accepting makes the account a member: its companies change too. */
export function useAnswerInvitation() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, answer }: { id: string; answer: 'accept' | 'decline' }) =>
      apiFetch(`/api/invitations/${encodeURIComponent(id)}/${answer}`, { method: 'POST' }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: companyKeys.myInvitations() });
      void queryClient.invalidateQueries({ queryKey: companyKeys.mine() });
    },
  });
}

export function useRemoveMember(companyId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) =>
      apiFetch(`/api/companies/${encodeURIComponent(companyId)}/members/${encodeURIComponent(userId)}`, {
        method: 'DELETE',
      }),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: companyKeys.members(companyId) }),
  });
}
