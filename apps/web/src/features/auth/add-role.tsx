import type { UserView } from '@crowdstake/domain';
import type { SelfServiceRole } from '@crowdstake/domain/core';
import { Button } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-client';
import { authKeys } from '../../api/query-keys';
import { FormAlert } from '../../components/forms/form-alert';
import { useErrorMessage } from '../../components/forms/use-error-message';

/** Adds backing or founding to the signed-in account (`POST /api/me/roles`); the page then opens up. */
export function useAddRole() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (role: SelfServiceRole) => apiFetch<UserView>('/api/me/roles', { method: 'POST', body: { role } }),
    onSuccess: (user) => queryClient.setQueryData(authKeys.me(), user),
  });
}

/** The button on a page meant for the other self-service role: one click and the page is theirs. */
export function AddRoleButton({ role, label }: { role: SelfServiceRole; label: string }) {
  const addRole = useAddRole();
  const errorMessage = useErrorMessage();
  return (
    <>
      {addRole.isError ? <FormAlert>{errorMessage(addRole.error)}</FormAlert> : null}
      <Button onClick={() => addRole.mutate(role)} loading={addRole.isPending}>
        {label}
      </Button>
    </>
  );
}
