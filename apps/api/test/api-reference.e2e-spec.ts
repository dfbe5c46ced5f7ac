import { readFileSync } from 'node:fs';
import * as path from 'node:path';
import { ERROR_CODES } from '@crowdstake/domain';
import { statusForCode } from '../src/common/errors/error-status';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * docs/api.md is the API reference people read; the OpenAPI document is what
 * the code serves. This keeps them from drifting apart: every operation the
 * app serves is in the reference, every route the reference names exists,
 * and the error-code table says what error-status.ts does.
 */
const REFERENCE_PATH = path.resolve(__dirname, '../../../docs/api.md');
const HTTP_METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;

/** Routes the reference documents that the OpenAPI document leaves out on purpose, with why. */
const LEFT_OUT_OF_OPENAPI: Record<string, string> = {
  'POST /api/webhooks/stripe': 'only Stripe calls it, with a signed body; no client does',
  'GET /api/dev/mailbox': 'the offline default’s local mailbox, for people and browser tests; never in production',
};

/** A route-table row begins with exactly one `METHOD /api/path` cell; parameters are written `:name`. */
function documentedRoutes(markdown: string): string[] {
  const rows = markdown.matchAll(/^\|\s*`(GET|POST|PUT|PATCH|DELETE) (\/api\/[^`\s]*)`\s*\|/gm);
  return [...rows].map(([, method, route]) => `${method} ${route}`);
}

/** Rows of the error-code table: `| `code` | status | … |`. */
function documentedErrorStatuses(markdown: string): Map<string, number> {
  const rows = markdown.matchAll(/^\|\s*`([a-z_]+)`\s*\|\s*(\d{3})\s*\|/gm);
  return new Map([...rows].map(([, code, status]) => [code!, Number(status)]));
}

function servedRoutes(document: { paths: Record<string, Record<string, unknown>> }): string[] {
  const routes: string[] = [];
  for (const [route, operations] of Object.entries(document.paths)) {
    for (const method of HTTP_METHODS) {
      if (operations[method]) routes.push(`${method.toUpperCase()} ${route.replace(/\{(\w+)\}/g, ':$1')}`);
    }
  }
  return routes;
}

describe('the API reference (docs/api.md) against the code', () => {
  let t: TestApp;
  let served: string[];
  const reference = readFileSync(REFERENCE_PATH, 'utf8');
  const documented = documentedRoutes(reference);

  beforeAll(async () => {
    // The test clock's routes exist only with TEST_CLOCK=on; the reference documents them too.
    t = await startTestApp({ TEST_CLOCK: 'on' });
    const response = await t.http().get('/api/docs/openapi.json').expect(200);
    served = servedRoutes(response.body);
  });
  afterAll(() => t.close());

  it('reads routes from the reference and the document (the parsers are not silently empty)', () => {
    expect(documented.length).toBeGreaterThan(30);
    expect(served.length).toBeGreaterThan(30);
    expect(documented).toContain('POST /api/campaigns/:id/pledges');
    expect(served).toContain('POST /api/campaigns/:id/pledges');
  });

  it('documents every operation the app serves', () => {
    const undocumented = served.filter((route) => !documented.includes(route));
    expect(undocumented).toEqual([]);
  });

  it('names no route the app does not serve', () => {
    const unknown = documented.filter((route) => !served.includes(route) && !(route in LEFT_OUT_OF_OPENAPI));
    expect(unknown).toEqual([]);
  });

  it('documents each route once', () => {
    const repeated = documented.filter((route, index) => documented.indexOf(route) !== index);
    expect(repeated).toEqual([]);
  });

  it('names only routes that exist among those left out of the OpenAPI document', async () => {
    for (const route of Object.keys(LEFT_OUT_OF_OPENAPI)) {
      expect(documented).toContain(route);
      expect(served).not.toContain(route);
    }
    // An unsigned webhook is refused as bad input, which proves the route is there (an unknown one is 404).
    const response = await t.http().post('/api/webhooks/stripe').set('Content-Type', 'application/json').send('{}');
    expect(response.status).toBe(400);
  });

  it('lists every error code with the status the API answers', () => {
    const table = documentedErrorStatuses(reference);
    expect(Object.fromEntries(table)).toEqual(
      Object.fromEntries(ERROR_CODES.map((code) => [code, statusForCode(code)])),
    );
  });
});
