import { apiFetch, readCsrfToken, withQuery } from './api-client';
import { ApiError } from './api-error';

describe('readCsrfToken', () => {
  it('finds the cs_csrf cookie among others', () => {
    expect(readCsrfToken('theme=dark; cs_csrf=a%2Bb%3D; other=1')).toBe('a+b=');
    expect(readCsrfToken('theme=dark')).toBeUndefined();
  });
});

describe('withQuery', () => {
  it('leaves out unset filters', () => {
    expect(withQuery('/api/campaigns', { page: 1, type: undefined, featured: true })).toBe(
      '/api/campaigns?page=1&featured=true',
    );
    expect(withQuery('/api/campaigns', {})).toBe('/api/campaigns');
  });
});

describe('apiFetch', () => {
  const calls: { url: string; init: RequestInit }[] = [];
  let answer: () => Response;

  beforeEach(() => {
    calls.length = 0;
    Object.assign(globalThis, {
      document: { cookie: 'cs_csrf=token-1' },
      fetch: async (url: string, init: RequestInit) => {
        calls.push({ url, init });
        return answer();
      },
    });
  });

  it('sends the CSRF token and the cookie on a state-changing request, not on a read', async () => {
    answer = () => Response.json({ ok: true });
    await apiFetch('/api/auth/logout', { method: 'POST' });
    await apiFetch('/api/me');
    expect(calls[0]?.init.headers).toMatchObject({ 'X-CSRF-Token': 'token-1' });
    expect(calls[0]?.init.credentials).toBe('same-origin');
    expect(calls[1]?.init.headers).not.toHaveProperty('X-CSRF-Token');
  });

  it('turns an error body into an ApiError with its code and field details', async () => {
    answer = () =>
      Response.json(
        {
          statusCode: 409,
          error: 'Conflict',
          message: 'An account with this email already exists.',
          code: 'email_taken',
          details: [{ path: 'email', message: 'An account with this email already exists.' }, { bogus: true }],
        },
        { status: 409 },
      );
    const error = await apiFetch('/api/auth/register', { method: 'POST', body: {} }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({
      status: 409,
      code: 'email_taken',
      details: [{ path: 'email', message: 'An account with this email already exists.' }],
    });
  });

  it('survives a body that is not JSON, and an unknown code', async () => {
    answer = () => new Response('<html>Bad gateway</html>', { status: 502, statusText: 'Bad Gateway' });
    await expect(apiFetch('/api/me')).rejects.toMatchObject({ status: 502, code: undefined, message: 'Bad Gateway' });
    answer = () => Response.json({ message: 'Nope', code: 'made_up' }, { status: 400 });
    await expect(apiFetch('/api/me')).rejects.toMatchObject({ status: 400, code: undefined, message: 'Nope' });
  });

  it('reports an unreachable server as status 0', async () => {
    answer = () => {
      throw new TypeError('fetch failed');
    };
    await expect(apiFetch('/api/me')).rejects.toMatchObject({ status: 0, isNetworkFailure: true });
  });
});
