import { ApiError, readErrorBody } from './api-error';

/** Set by the API at sign-in; readable by scripts so they can echo it (double-submit CSRF). */
const CSRF_COOKIE = 'cs_csrf';
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface ApiRequest {
  method?: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** Sent as JSON; a FormData is sent as multipart (uploads), the browser choosing its boundary. */
  body?: unknown;
  query?: Record<string, string | number | boolean | undefined>;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export function readCsrfToken(
  cookies: string = typeof document === 'undefined' ? '' : document.cookie,
): string | undefined {
  for (const part of cookies.split(';')) {
    const [name, ...value] = part.trim().split('=');
    if (name === CSRF_COOKIE) return decodeURIComponent(value.join('='));
  }
  return undefined;
}

export function withQuery(path: string, query: ApiRequest['query']): string {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value !== undefined) params.set(key, String(value));
  }
  const search = params.toString();
  return search ? `${path}?${search}` : path;
}

/**
 * The one way the web talks to the API. It relies on the httpOnly session cookie (never a token
 * in storage), adds the CSRF header to every state-changing request, and turns any failure into
 * an ApiError so that callers handle one kind of error.
 */
export async function apiFetch<T>(path: string, request: ApiRequest = {}): Promise<T> {
  const method = request.method ?? 'GET';
  const headers: Record<string, string> = { Accept: 'application/json', ...request.headers };
  const multipart = request.body instanceof FormData;
  if (request.body !== undefined && !multipart) headers['Content-Type'] = 'application/json';
  if (!SAFE_METHODS.has(method)) {
    const csrfToken = readCsrfToken();
    if (csrfToken) headers['X-CSRF-Token'] = csrfToken;
  }

  let response: Response;
  try {
    response = await fetch(withQuery(path, request.query), {
      method,
      headers,
      body: multipart
        ? (request.body as FormData)
        : request.body === undefined
          ? undefined
          : JSON.stringify(request.body),
      credentials: 'same-origin',
      signal: request.signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, {}, 'The server could not be reached.');
  }

  if (!response.ok) {
    const errorBody = await readErrorBody(response);
    // A proxy in front of the API may refuse a large upload itself, without our error body.
    if (response.status === 413 && !errorBody.code) errorBody.code = 'payload_too_large';
    const fallback = response.status === 413 ? 'The file is too large.' : response.statusText || 'Request failed';
    throw new ApiError(response.status, errorBody, fallback);
  }
  if (response.status === 204) return undefined as T;
  const text = await response.text();
  return (text ? JSON.parse(text) : undefined) as T;
}

/** A multipart POST (documents, campaign images): the same credentials, CSRF header and errors as any call. */
export function apiUpload<T>(path: string, fields: Record<string, string | Blob>): Promise<T> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  return apiFetch<T>(path, { method: 'POST', body });
}
