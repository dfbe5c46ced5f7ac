/** The API as a test's seeding code calls it: JSON or multipart in, parsed JSON out, a bearer token once signed in. */
export class ApiCaller {
  constructor(
    readonly baseUrl: string,
    private readonly token?: string,
  ) {}

  async call<T>(method: string, route: string, body?: unknown, expected = [200, 201]): Promise<T> {
    const headers: Record<string, string> = { Accept: 'application/json' };
    if (this.token) headers.Authorization = `Bearer ${this.token}`;
    let payload: BodyInit | undefined;
    if (body instanceof FormData) payload = body;
    else if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(body);
    }
    const response = await fetch(`${this.baseUrl}${route}`, { method, headers, body: payload });
    const text = await response.text();
    if (!expected.includes(response.status)) throw new Error(`${method} ${route} answered ${response.status}: ${text}`);
    return (text ? JSON.parse(text) : undefined) as T;
  }

  async signIn(email: string, password: string): Promise<ApiCaller> {
    const { accessToken } = await this.call<{ accessToken: string }>('POST', '/api/auth/login', { email, password });
    return new ApiCaller(this.baseUrl, accessToken);
  }
}

let counter = 0;

/** An email no other test, process or run has used. */
export function uniqueSeedEmail(label: string): string {
  counter += 1;
  return `${label}-${Date.now().toString(36)}-${process.pid}-${counter}@e2e.crowdstake.test`;
}
