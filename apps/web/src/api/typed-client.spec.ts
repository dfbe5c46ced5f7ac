import { ApiError } from './api-error';
import { api, call } from './typed-client';

describe('the typed client', () => {
  const requests: Request[] = [];
  let answer: () => Response | Promise<Response>;

  beforeEach(() => {
    requests.length = 0;
    Object.assign(globalThis, {
      document: { cookie: 'cs_csrf=token-1' },
      fetch: async (request: Request) => {
        requests.push(request);
        return answer();
      },
    });
  });

  it('sends the CSRF token on a state-changing request, not on a read, and gives the success body', async () => {
    answer = () => Response.json({ signedOut: true });
    await expect(call(api.POST('/api/auth/logout'))).resolves.toEqual({ signedOut: true });
    answer = () => Response.json({ user: null });
    await expect(call(api.GET('/api/auth/session'))).resolves.toEqual({ user: null });
    expect(requests[0]?.headers.get('X-CSRF-Token')).toBe('token-1');
    expect(requests[0]?.credentials).toBe('same-origin');
    expect(requests[1]?.headers.get('X-CSRF-Token')).toBeNull();
  });

  it('fills path parameters, encoded', async () => {
    answer = () => Response.json({});
    await call(api.GET('/api/campaigns/{id}', { params: { path: { id: 'a/b' } } }));
    expect(new URL(requests[0]!.url).pathname).toBe('/api/campaigns/a%2Fb');
  });

  it('turns an error answer into the ApiError apiFetch throws, code and field errors included', async () => {
    answer = () =>
      Response.json(
        {
          statusCode: 409,
          error: 'Conflict',
          message: 'An account with this email already exists.',
          code: 'email_taken',
          details: [{ path: 'email', message: 'Taken.', code: 'invalid_value' }],
          requestId: 'req-1',
        },
        { status: 409 },
      );
    const failure = call(
      api.POST('/api/auth/register', {
        body: { email: 'a@example.com', password: 'long enough pass', name: 'A', role: 'backer' },
      }),
    );
    await expect(failure).rejects.toBeInstanceOf(ApiError);
    await expect(failure).rejects.toMatchObject({
      status: 409,
      code: 'email_taken',
      message: 'An account with this email already exists.',
      details: [{ path: 'email', message: 'Taken.' }],
      requestId: 'req-1',
    });
  });

  it('reports an unreachable server as status 0', async () => {
    answer = () => Promise.reject(new TypeError('fetch failed'));
    await expect(call(api.GET('/api/me'))).rejects.toMatchObject({ status: 0, isNetworkFailure: true });
  });
});
