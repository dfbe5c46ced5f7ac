import { readCsrfToken } from '../../api/api-client';
import { ApiError, readErrorBody } from '../../api/api-error';

/**
 * A multipart upload (documents, campaign images). `apiFetch` speaks JSON only, so this sends the
 * same credentials and CSRF header with a FormData body; the browser sets the multipart boundary.
 * Failures become ApiError like every other call, so 413 and 415 arrive with their codes.
 */
export async function uploadFile<T>(path: string, fields: Record<string, string | Blob>): Promise<T> {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.append(name, value);
  const headers: Record<string, string> = { Accept: 'application/json' };
  const csrfToken = readCsrfToken();
  if (csrfToken) headers['X-CSRF-Token'] = csrfToken;

  let response: Response;
  try {
    response = await fetch(path, { method: 'POST', headers, body, credentials: 'same-origin' });
  } catch {
    throw new ApiError(0, {}, 'The server could not be reached.');
  }
  if (!response.ok) {
    const fallback = response.status === 413 ? 'The file is too large.' : response.statusText || 'Upload failed';
    const errorBody = await readErrorBody(response);
    // A proxy in front of the API may answer 413 itself, without our error body.
    if (response.status === 413 && !errorBody.code) errorBody.code = 'payload_too_large';
    throw new ApiError(response.status, errorBody, fallback);
  }
  return (await response.json()) as T;
}
