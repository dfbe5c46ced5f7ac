import type { z } from 'zod';
import { campaignListQuerySchema, reviewQueueQuerySchema } from './listing';

function pathsOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('campaignListQuerySchema', () => {
  it('defaults to the newest first, page 1 of 20, no filters', () => {
    expect(campaignListQuerySchema.parse({})).toEqual({ page: 1, pageSize: 20, sort: 'newest' });
  });

  it('reads every filter from query-string text', () => {
    expect(
      campaignListQuerySchema.parse({
        type: 'bond',
        status: 'succeeded',
        q: '  bakery ',
        sort: 'rate',
        featured: 'true',
        page: '3',
        pageSize: '100',
      }),
    ).toEqual({ type: 'bond', status: 'succeeded', q: 'bakery', sort: 'rate', featured: true, page: 3, pageSize: 100 });
    expect(campaignListQuerySchema.parse({ featured: 'false' }).featured).toBe(false);
  });

  it.each(['live', 'succeeded', 'failed', 'cancelled'])('lists status %s on request', (status) => {
    expect(pathsOf(campaignListQuerySchema, { status })).toEqual([]);
  });

  it.each(['draft', 'submitted', 'in_review', 'changes_requested', 'rejected', 'approved', 'LIVE'])(
    'never lists status %s',
    (status) => {
      expect(pathsOf(campaignListQuerySchema, { status })).toEqual(['status']);
    },
  );

  it.each([
    [{ type: 'loan' }, 'type'],
    [{ sort: 'popular' }, 'sort'],
    [{ featured: '1' }, 'featured'],
    [{ featured: 'yes' }, 'featured'],
    [{ q: '   ' }, 'q'],
    [{ q: 'x'.repeat(101) }, 'q'],
    [{ page: '0' }, 'page'],
    [{ page: '-1' }, 'page'],
    [{ pageSize: '101' }, 'pageSize'],
    [{ pageSize: '0' }, 'pageSize'],
    [{ pageSize: '2.5' }, 'pageSize'],
    [{ type: ['bond', 'reward'] }, 'type'], // ?type=bond&type=reward
    [{ grade: 'A' }, ''], // a review-queue filter misused here: unknown, not ignored
    [{ stauts: 'live' }, ''],
  ])('refuses %j at %s', (query, path) => {
    expect(pathsOf(campaignListQuerySchema, query)).toEqual([path]);
  });

  it('takes q of 1 and 100 characters', () => {
    expect(pathsOf(campaignListQuerySchema, { q: 'x' })).toEqual([]);
    expect(pathsOf(campaignListQuerySchema, { q: 'x'.repeat(100) })).toEqual([]);
  });
});

describe('reviewQueueQuerySchema', () => {
  it('filters by grade and type with pagination', () => {
    expect(reviewQueueQuerySchema.parse({ grade: 'D', type: 'shareholding', page: '2' })).toEqual({
      grade: 'D',
      type: 'shareholding',
      page: 2,
      pageSize: 20,
    });
  });

  it.each([
    [{ grade: 'F' }, 'grade'],
    [{ grade: 'a' }, 'grade'],
    [{ type: 'loan' }, 'type'],
    [{ status: 'submitted' }, ''],
  ])('refuses %j at %s', (query, path) => {
    expect(pathsOf(reviewQueueQuerySchema, query)).toEqual([path]);
  });
});
