import type { PasswordResetConfirmInput, PasswordResetRequestInput } from '@crowdstake/domain';
import { useMutation } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-client';
import { isApiError } from '../../api/api-error';

export function useRequestPasswordReset() {
  return useMutation({
    mutationFn: (input: PasswordResetRequestInput) =>
      apiFetch<{ requested: true }>('/api/auth/password-reset', { method: 'POST', body: input }),
  });
}

export function useConfirmPasswordReset() {
  return useMutation({
    mutationFn: (input: PasswordResetConfirmInput) =>
      apiFetch<{ reset: true }>('/api/auth/password-reset/confirm', { method: 'POST', body: input }),
  });
}

/** The API's answer to a used, expired or unknown link: a field error on `token`. */
export function isExpiredLink(error: unknown): boolean {
  return isApiError(error) && error.details.some((detail) => detail.path === 'token');
}
