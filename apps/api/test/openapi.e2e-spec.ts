import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import SwaggerParser from '@apidevtools/swagger-parser';
import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, MetadataScanner } from '@nestjs/core';
import type { OpenAPIV3_1 } from 'openapi-types';
import { ACCESS_POLICY, type AccessPolicy } from '../src/auth/access.decorators';
import { startTestApp, type TestApp } from './support/test-app';

/**
 * The OpenAPI document is what API clients and their generators read, and
 * what the web's types are generated from (apps/web/src/api/schema.d.ts).
 * It must be valid to a real validator, describe every route the app serves
 * with its answer, its errors and its security, and the web's generated
 * files must be those of the document the app serves now.
 */
const WEB_API_DIR = path.resolve(__dirname, '../../web/src/api');
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

/** Routes the app serves that the document leaves out on purpose, with why. */
const LEFT_OUT: Record<string, string> = {
  'POST /api/webhooks/stripe': 'only Stripe calls it, with a signed body; no client does',
  'GET /api/dev/mailbox': 'the offline default’s local mailbox, for people and browser tests; never in production',
};

type Document = OpenAPIV3_1.Document;
type Operation = OpenAPIV3_1.OperationObject;

function operationsOf(document: Document): [string, Operation][] {
  const found: [string, Operation][] = [];
  for (const [route, item] of Object.entries(document.paths ?? {})) {
    for (const method of HTTP_METHODS) {
      const operation = item?.[method];
      if (operation) found.push([`${method.toUpperCase()} ${route}`, operation]);
    }
  }
  return found;
}

/** Every route Nest serves, as `METHOD /api/path/{param}`, with its access policy. */
function servedRoutes(t: TestApp): Map<string, AccessPolicy> {
  const discovery = t.app.get(DiscoveryService);
  const scanner = t.app.get(MetadataScanner);
  const routes = new Map<string, AccessPolicy>();
  for (const wrapper of discovery.getControllers()) {
    const instance = wrapper.instance as object | undefined;
    if (!instance || !wrapper.metatype) continue;
    const prefix = String(Reflect.getMetadata(PATH_METADATA, wrapper.metatype) ?? '');
    const prototype = Object.getPrototypeOf(instance) as object;
    for (const name of scanner.getAllMethodNames(prototype)) {
      const handler = (prototype as Record<string, unknown>)[name] as object;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      const own = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
      const route = ['api', prefix, own]
        .flatMap((part) => part.split('/'))
        .filter(Boolean)
        .map((segment) => segment.replace(/^:(\w+)$/, '{$1}'))
        .join('/');
      const policy = (Reflect.getMetadata(ACCESS_POLICY, handler) ??
        Reflect.getMetadata(ACCESS_POLICY, wrapper.metatype)) as AccessPolicy;
      routes.set(`${RequestMethod[method]} /${route}`, policy);
    }
  }
  return routes;
}

describe('the OpenAPI document', () => {
  let t: TestApp;
  let document: Document;

  beforeAll(async () => {
    t = await startTestApp();
    document = (await t.http().get('/api/docs/openapi.json').expect(200)).body as Document;
  });
  afterAll(() => t.close());

  it('is valid OpenAPI 3.1 to @apidevtools/swagger-parser', async () => {
    expect(document.openapi).toBe('3.1.0');
    await expect(SwaggerParser.validate(structuredClone(document))).resolves.toBeDefined();
  });

  it('rejects a document that breaks the specification (the validator is not a no-op)', async () => {
    const broken = structuredClone(document);
    (broken.paths!['/api/me']!.get as unknown as Record<string, unknown>).responses = 'none';
    await expect(SwaggerParser.validate(broken)).rejects.toThrow();
  });

  it('describes every route the app serves, and no other', () => {
    const served = [...servedRoutes(t).keys()].filter((route) => !(route in LEFT_OUT));
    const documented = operationsOf(document).map(([route]) => route);
    expect(served.length).toBeGreaterThan(30);
    expect(documented.sort()).toEqual(served.sort());
  });

  it('gives every operation a summary, a success body, its error answers, and security where it is protected', () => {
    const policies = servedRoutes(t);
    const problems: string[] = [];
    for (const [route, operation] of operationsOf(document)) {
      if (!operation.summary?.trim()) problems.push(`${route}: no summary`);
      const responses = Object.entries(operation.responses ?? {}) as [string, OpenAPIV3_1.ResponseObject][];
      const successes = responses.filter(([status]) => status.startsWith('2'));
      if (successes.length === 0) problems.push(`${route}: no 2xx answer`);
      for (const [status, response] of successes) {
        const media = Object.values(response.content ?? {});
        if (status !== '204' && !media.some((type) => type.schema)) problems.push(`${route}: ${status} has no body`);
      }
      const errors = responses.filter(([status]) => Number(status) >= 400);
      if (
        !errors.some(([, response]) => JSON.stringify(response.content ?? {}).includes('#/components/schemas/ApiError'))
      )
        problems.push(`${route}: no error answer`);
      const policy = policies.get(route);
      const protectedRoute = policy !== undefined && policy.kind !== 'public';
      const schemes = (operation.security ?? []).flatMap((requirement) => Object.keys(requirement));
      if (protectedRoute) {
        if (!schemes.includes('bearer') || !schemes.includes('session')) problems.push(`${route}: no security`);
        if (!operation.responses?.['401']) problems.push(`${route}: no 401`);
        if (!route.startsWith('GET') && !schemes.includes('csrf')) problems.push(`${route}: no CSRF requirement`);
      } else if (schemes.length > 0) {
        problems.push(`${route}: a public route that requires a session`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lists the error codes each status can carry, from the envelope the filter sends', () => {
    const pledge = document.paths!['/api/campaigns/{id}/pledges']!.post!;
    const conflict = (pledge.responses!['409'] as OpenAPIV3_1.ResponseObject).content!['application/json']!.schema!;
    expect(JSON.stringify(conflict)).toContain('"cap_reached"');
    expect(JSON.stringify(conflict)).toContain('"idempotency_key_reused"');
    expect(Object.keys(pledge.responses!)).toEqual(
      expect.arrayContaining(['201', '400', '401', '402', '403', '404', '409', '422']),
    );
    const envelope = document.components!.schemas!.ApiError as OpenAPIV3_1.SchemaObject;
    expect(envelope.required).toEqual(expect.arrayContaining(['statusCode', 'error', 'message']));
  });

  it('is the document committed for the web (run `pnpm --filter @crowdstake/api openapi:write`)', () => {
    const committed = JSON.parse(readFileSync(path.join(WEB_API_DIR, 'openapi.json'), 'utf8')) as unknown;
    expect(committed).toEqual(document);
  });

  it('generates the committed web types (apps/web/src/api/schema.d.ts)', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'crowdstake-openapi-'));
    try {
      const generated = path.join(dir, 'schema.d.ts');
      const cli = path.join(path.dirname(require.resolve('openapi-typescript/package.json')), 'bin/cli.js');
      execFileSync(process.execPath, [cli, path.join(WEB_API_DIR, 'openapi.json'), '--output', generated], {
        stdio: 'pipe',
      });
      expect(readFileSync(path.join(WEB_API_DIR, 'schema.d.ts'), 'utf8')).toBe(readFileSync(generated, 'utf8'));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
