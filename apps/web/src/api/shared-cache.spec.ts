import { MutationObserver, QueryClient, QueryObserver } from '@tanstack/react-query';
import { uploadDocumentOptions } from '../features/companies/company-queries';
import { reviewDecisionOptions } from '../features/review/review-queries';
import { campaignQueries, companyQueries } from './queries';
import { campaignKeys } from './query-keys';

/**
 * Each resource has one cache entry, whichever page reads it: a change made on one page refreshes
 * what every other page shows. These run the real mutations against a stubbed `fetch`.
 */
describe('one cache entry per resource', () => {
  const requests: { method: string; url: string; init: RequestInit }[] = [];
  let queryClient: QueryClient;

  beforeEach(() => {
    requests.length = 0;
    // No garbage-collection timers: nothing of the cache may outlive the test.
    queryClient = new QueryClient({
      defaultOptions: { queries: { retry: false, gcTime: Infinity }, mutations: { gcTime: Infinity } },
    });
    Object.assign(globalThis, {
      document: { cookie: 'cs_csrf=token-1' },
      fetch: async (url: string, init: RequestInit) => {
        const method = init.method ?? 'GET';
        requests.push({ method, url, init });
        if (url.endsWith('/reviews') && method === 'GET')
          return Response.json({ items: [], conflictOfInterest: false });
        if (url.endsWith('/documents') && method === 'GET') return Response.json({ items: [] });
        return Response.json({ id: 'new' }, { status: 201 });
      },
    });
  });

  afterEach(() => queryClient.clear());

  const reads = (suffix: string) => requests.filter((r) => r.method === 'GET' && r.url.endsWith(suffix)).length;
  const settled = () =>
    new Promise<void>((resolve) => {
      const check = () => (queryClient.isFetching() === 0 ? resolve() : setTimeout(check, 1));
      check();
    });

  it('a review decision refreshes the decisions the founder’s dashboard shows, and only marks the campaign stale', async () => {
    // The founder's card and the review page both read `campaignQueries.reviews`.
    const founderCard = new QueryObserver(queryClient, { ...campaignQueries.reviews('c1'), select: (p) => p.items });
    const stop = founderCard.subscribe(() => undefined);
    await settled();
    expect(reads('/api/campaigns/c1/reviews')).toBe(1);

    await new MutationObserver(queryClient, reviewDecisionOptions(queryClient, 'c1')).mutate({
      decision: 'reject',
      reasons: 'No.',
      checklist: { identity: false, documents: false, financials: false, terms: false, risks: false },
    });
    await settled();

    expect(reads('/api/campaigns/c1/reviews')).toBe(2);
    expect(queryClient.getQueryState(campaignKeys.reviews('c1'))?.isInvalidated).toBe(false);
    stop();
  });

  it('an uploaded document appears on every page that lists the company’s documents', async () => {
    const campaignPage = new QueryObserver(queryClient, companyQueries.documents('co1'));
    const stop = campaignPage.subscribe(() => undefined);
    await settled();
    expect(reads('/api/companies/co1/documents')).toBe(1);

    await new MutationObserver(queryClient, uploadDocumentOptions(queryClient, 'co1')).mutate({
      file: new File(['%PDF-1.7'], 'plan.pdf', { type: 'application/pdf' }),
      kind: 'financial_statements',
      public: true,
    });
    await settled();

    expect(reads('/api/companies/co1/documents')).toBe(2);
    // The upload goes through the one API client: multipart body, CSRF header, no JSON content type.
    const upload = requests.find((r) => r.method === 'POST');
    expect(upload?.init.body).toBeInstanceOf(FormData);
    expect(upload?.init.headers).toMatchObject({ 'X-CSRF-Token': 'token-1' });
    expect(upload?.init.headers).not.toHaveProperty('Content-Type');
    stop();
  });
});
