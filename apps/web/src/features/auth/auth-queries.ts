import type { LoginInput, LoginResult, RegisterInput, UserView } from '@crowdstake/domain';
import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { apiFetch } from '../../api/api-client';
import { isApiError } from '../../api/api-error';
import { authKeys } from '../../api/query-keys';
import { api, call } from '../../api/typed-client';

/**
 * The signed-in person, or null for a visitor. Asks /api/auth/session, which answers 200 either
 * way, so a visitor's every page load is not a failed request in the console.
 */
export async function fetchMe(): Promise<UserView | null> {
  return (await call(api.GET('/api/auth/session'))).user;
}

export function useMe() {
  return useQuery({ queryKey: authKeys.me(), queryFn: fetchMe, staleTime: 5 * 60_000 });
}

/**
 * Everything cached was fetched as the previous person: forget it (pages on screen fetch again
 * as the new one) and keep only the fresh answer to "who am I".
 */
function startSession(queryClient: QueryClient, user: UserView | null): void {
  queryClient.setQueryData(authKeys.me(), user);
  void queryClient.resetQueries({ predicate: (query) => query.queryKey[0] !== authKeys.all[0] });
}

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: LoginInput) => call(api.POST('/api/auth/login', { body: input })),
    // The access token in the answer is for API clients; the browser keeps the httpOnly cookie instead.
    onSuccess: ({ user }) => startSession(queryClient, user),
  });
}

export type SignUpOutcome = { signedIn: true; user: UserView } | { signedIn: false; user: UserView };

/** Creating an account also signs in, so a new person lands signed in rather than on a second form. */
export function useSignUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (input: RegisterInput): Promise<SignUpOutcome> => {
      const created = await apiFetch<UserView>('/api/auth/register', { method: 'POST', body: input });
      try {
        const { user } = await apiFetch<LoginResult>('/api/auth/login', {
          method: 'POST',
          body: { email: input.email, password: input.password },
        });
        return { signedIn: true, user };
      } catch {
        // The account exists now; failing the whole sign-up would invite a retry that says "email taken".
        return { signedIn: false, user: created };
      }
    },
    onSuccess: (outcome) => {
      if (outcome.signedIn) startSession(queryClient, outcome.user);
    },
  });
}

export function useSignOut() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (scope: 'this-device' | 'everywhere') => {
      try {
        await apiFetch('/api/auth/' + (scope === 'everywhere' ? 'logout-all' : 'logout'), { method: 'POST' });
      } catch (error) {
        // Already signed out (expired or revoked elsewhere) is the outcome the person asked for.
        if (!(isApiError(error) && error.status === 401)) throw error;
      }
    },
    onSuccess: () => startSession(queryClient, null),
  });
}
