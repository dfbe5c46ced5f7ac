import createClient, { type Middleware } from 'openapi-fetch';
import { readCsrfToken } from './api-client';
import type { ApiErrorBody } from '@crowdstake/domain';
import { ApiError } from './api-error';
import type { components, paths } from './schema';

/**
 * The API typed from its own OpenAPI document: `schema.d.ts` is generated from
 * what the server serves at /api/docs/openapi.json (`pnpm --filter
 * @crowdstake/api openapi:write`), and a test fails when it is out of date. So
 * a path, a parameter, a body or a field of an answer that the server does not
 * have is a compile error here.
 *
 *   const campaign = await call(api.GET('/api/campaigns/{id}', { params: { path: { id } }, signal }));
 *   const user = await call(api.POST('/api/auth/login', { body: input }));
 *
 * `call` gives the success body, or throws the same ApiError as `apiFetch`, so
 * components handle one kind of error whichever client asked.
 */

/** Named answer types of the document: `Schemas['Campaign']`, `Schemas['Pledge']`, … */
export type Schemas = components['schemas'];

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/** The double-submit CSRF header on every state-changing request, as apiFetch sends it. */
const csrfHeader: Middleware = {
  onRequest({ request }) {
    if (SAFE_METHODS.has(request.method)) return request;
    const token = readCsrfToken();
    if (token) request.headers.set('X-CSRF-Token', token);
    return request;
  },
};

export const api = createClient<paths>({
  // Relative to the page; the API is served by the same origin.
  baseUrl: typeof location === 'undefined' ? 'http://localhost' : location.origin,
  credentials: 'same-origin',
  headers: { Accept: 'application/json' },
  // Looked up at each call, so tests can stand in for it.
  fetch: (request) => globalThis.fetch(request),
});
api.use(csrfHeader);

/** What openapi-fetch answers: `data` on a success, `error` (the parsed body) otherwise. */
interface Answer<Data> {
  data?: Data;
  error?: unknown;
  response: Response;
}

/** The success body of a typed call; any failure becomes an ApiError (status 0 when the server was not reached). */
export async function call<Data>(pending: Promise<Answer<Data>>): Promise<Data> {
  let answer: Answer<Data>;
  try {
    answer = await pending;
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, {}, 'The server could not be reached.');
  }
  const { response } = answer;
  if (!response.ok) {
    // openapi-fetch has read the body already: the envelope when it was JSON.
    const body =
      typeof answer.error === 'object' && answer.error !== null ? (answer.error as Partial<ApiErrorBody>) : {};
    throw new ApiError(response.status, body, response.statusText || 'Request failed');
  }
  return answer.data as Data;
}
