import type {
  CompanyCreateInput,
  CompanyInvitationView,
  CompanyMemberView,
  CompanyPatchInput,
  CompanyView,
  DocumentKind,
  DocumentView,
  MyInvitationView,
} from '@crowdstake/domain';
import { mutationOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiFetch, apiUpload } from '../../api/api-client';
import { companyQueries } from '../../api/queries';
import { companyKeys } from '../../api/query-keys';

export function useMyCompanies() {
  return useQuery({ ...companyQueries.mine(), select: (page) => page.items });
}

export function useCompany(id: string | undefined) {
  return useQuery({ ...companyQueries.detail(id ?? ''), enabled: Boolean(id) });
}

export function useCreateCompany() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: CompanyCreateInput) => apiFetch<CompanyView>('/api/companies', { method: 'POST', body: input }),
    onSuccess: (company) => {
      queryClient.setQueryData(companyKeys.detail(company.id), company);
      // The founder's list has the new company at once, first as the API orders it (newest
      // first): a page that reads it next (the wizard, opened straight after) must not start from
      // the old list and be redrawn, losing what was typed, when the refetch lands.
      queryClient.setQueryData(companyKeys.mine(), (page: { items: CompanyView[] } | undefined) =>
        page && !page.items.some((item) => item.id === company.id)
          ? { ...page, items: [company, ...page.items] }
          : page,
      );
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
  return useQuery({ ...companyQueries.documents(companyId), select: (page) => page.items });
}

export interface DocumentUpload {
  file: File;
  kind: DocumentKind;
  public: boolean;
}

export function useUploadDocument(companyId: string) {
  return useMutation(uploadDocumentOptions(useQueryClient(), companyId));
}

/** The upload refreshes the company's documents on every page that shows them (one cache entry). */
export function uploadDocumentOptions(queryClient: QueryClient, companyId: string) {
  return mutationOptions({
    mutationFn: (upload: DocumentUpload) =>
      apiUpload<DocumentView>(`/api/companies/${encodeURIComponent(companyId)}/documents`, {
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
