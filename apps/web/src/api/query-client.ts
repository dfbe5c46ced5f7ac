import { QueryCache, QueryClient } from '@tanstack/react-query';
import { isApiError } from './api-error';
import { authKeys } from './query-keys';

/** A 4xx will answer the same on a retry; only network failures and 5xx are worth another try. */
function shouldRetry(failureCount: number, error: unknown): boolean {
  if (isApiError(error) && error.status >= 400 && error.status < 500) return false;
  return failureCount < 2;
}

export function createQueryClient(): QueryClient {
  const queryClient: QueryClient = new QueryClient({
    queryCache: new QueryCache({
      // A 401 anywhere means the session ended (expired, or signed out on another device).
      onError: (error, query) => {
        if (isApiError(error) && error.status === 401 && query.queryKey[0] !== authKeys.all[0]) {
          queryClient.setQueryData(authKeys.me(), null);
        }
      },
    }),
    defaultOptions: {
      queries: { retry: shouldRetry, staleTime: 30_000, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });
  return queryClient;
}
