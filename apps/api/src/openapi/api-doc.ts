import { applyDecorators } from '@nestjs/common';
import { ApiExtension, ApiOperation, type OpenAPIObject } from '@nestjs/swagger';
import { type ErrorCode } from '@crowdstake/domain';
import { z } from 'zod';
import type { AccessPolicy } from '../auth/access.decorators';
import { CSRF_HEADER, SESSION_COOKIE } from '../auth/session-cookies';
import { statusForCode } from '../common/errors/error-status';
import { apiErrorSchema } from './answer-schemas';

/**
 * How each operation describes itself in the OpenAPI document. A route states
 * its summary, its answer (a zod schema of openapi/answer-schemas.ts) and the
 * error codes of its own business rules with `@ApiDoc`; who may call it comes
 * from its access decorator (`@Public`, `@SignedIn`, `@Roles`), which records
 * the policy in the document too. `finishOpenApiDocument` then turns those
 * notes into responses and security, once, for every operation: the 2xx body,
 * one error response per status with the codes it can carry, and the
 * sign-in and CSRF requirements.
 */

const ANSWER = 'x-crowdstake-answer';
const ERRORS = 'x-crowdstake-errors';
export const ACCESS = 'x-crowdstake-access';

type JsonSchema = Record<string, unknown>;

interface AnswerNote {
  /** The JSON Schema of the 2xx body; `file` for a download. */
  schema: JsonSchema | 'file';
  defs: Record<string, JsonSchema>;
  alsoAnswers: number[];
}

export interface ApiDocOptions {
  /** One line: what the operation does. */
  summary: string;
  description?: string;
  /** The 2xx body. `'file'` for a download of any type. Omit only for an answer without a body. */
  answer: z.ZodType | 'file';
  /**
   * Error codes of the route's own rules. Added for every route: sign-in and
   * role errors from its access policy, `not_found` for a path with ids,
   * `validation_failed` for a body or query, `payload_too_large` for a body,
   * `internal_error` and `service_unavailable`.
   */
  errors?: ErrorCode[];
  /** Other statuses whose body is the answer too (a 200 beside a 201, the health check's 503). */
  alsoAnswers?: number[];
}

/** A zod schema as JSON Schema 2020-12 (OpenAPI 3.1's dialect), named schemas lifted out as `defs`. */
export function toOpenApiSchema(
  schema: z.ZodType,
  io: 'input' | 'output' = 'output',
): { schema: JsonSchema; defs: Record<string, JsonSchema> } {
  const { $defs, $schema: _dialect, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' });
  return {
    schema: refsToComponents(rest) as JsonSchema,
    defs: refsToComponents($defs ?? {}) as Record<string, JsonSchema>,
  };
}

function refsToComponents(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(refsToComponents);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value).map(([key, inner]) =>
        key === '$ref' && typeof inner === 'string'
          ? [key, inner.replace(/^#\/\$defs\//, '#/components/schemas/')]
          : [key, refsToComponents(inner)],
      ),
    );
  }
  return value;
}

export function ApiDoc(options: ApiDocOptions): MethodDecorator {
  const alsoAnswers = options.alsoAnswers ?? [];
  const answer: AnswerNote =
    options.answer === 'file'
      ? { schema: 'file', defs: {}, alsoAnswers }
      : { ...toOpenApiSchema(options.answer), alsoAnswers };
  return applyDecorators(
    ApiOperation({ summary: options.summary, ...(options.description ? { description: options.description } : {}) }),
    ApiExtension(ANSWER, answer),
    ApiExtension(ERRORS, { codes: options.errors ?? [] }),
  );
}

/** What an access policy adds to the document; applied by the access decorators themselves. */
export function ApiAccess(policy: AccessPolicy): MethodDecorator & ClassDecorator {
  return ApiExtension(ACCESS, policy);
}

const SAFE_METHODS = new Set(['get', 'head', 'options']);
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

interface Operation {
  summary?: string;
  description?: string;
  parameters?: { in: string; name: string }[];
  requestBody?: unknown;
  responses: Record<string, { description: string; content?: Record<string, { schema: unknown }> }>;
  security?: Record<string, string[]>[];
  [ANSWER]?: AnswerNote;
  [ERRORS]?: { codes: ErrorCode[] };
  [ACCESS]?: AccessPolicy;
}

function describePolicy(policy: AccessPolicy): string {
  if (policy.kind === 'public') return 'Anyone; a session, if presented, identifies the caller.';
  if (policy.kind === 'signed_in') return 'Signed in (any role).';
  return `Signed in as ${policy.roles.join(' or ')}.`;
}

/**
 * Declares OpenAPI 3.1 (the schemas are JSON Schema 2020-12), the security
 * schemes and the error envelope, and fills each operation's responses and
 * security from the notes `@ApiDoc` and the access decorators left.
 */
export function finishOpenApiDocument(document: OpenAPIObject): OpenAPIObject {
  const error = toOpenApiSchema(apiErrorSchema);
  const schemas: Record<string, unknown> = { ...document.components?.schemas, ...error.defs };
  document.openapi = '3.1.0';
  document.components = {
    ...document.components,
    securitySchemes: {
      bearer: {
        type: 'http',
        scheme: 'bearer',
        description: 'The `accessToken` of `POST /api/auth/login`, for API clients.',
      },
      session: {
        type: 'apiKey',
        in: 'cookie',
        name: SESSION_COOKIE,
        description: 'The session cookie `POST /api/auth/login` sets, for the web.',
      },
      csrf: {
        type: 'apiKey',
        in: 'header',
        name: 'X-CSRF-Token',
        description: `The value of the \`cs_csrf\` cookie, echoed on every unsafe request made with the session cookie (header \`${CSRF_HEADER}\`).`,
      },
    },
  };

  for (const operations of Object.values(document.paths)) {
    for (const method of HTTP_METHODS) {
      const operation = operations[method] as Operation | undefined;
      if (!operation) continue;
      const answer = operation[ANSWER];
      const policy = operation[ACCESS];
      const codes = new Set<ErrorCode>(operation[ERRORS]?.codes ?? []);
      delete operation[ANSWER];
      delete operation[ERRORS];
      delete operation[ACCESS];

      if (answer) {
        Object.assign(schemas, answer.defs);
        for (const status of answer.alsoAnswers) operation.responses[String(status)] ??= { description: '' };
        for (const [status, response] of Object.entries(operation.responses)) {
          if (!(status.startsWith('2') || answer.alsoAnswers.includes(Number(status))) || status === '204') continue;
          response.description ||= 'Success.';
          response.content =
            answer.schema === 'file'
              ? {
                  'application/octet-stream': {
                    schema: { type: 'string', contentMediaType: 'application/octet-stream' },
                  },
                }
              : { 'application/json': { schema: answer.schema } };
        }
      }

      if (policy) {
        const who = describePolicy(policy);
        operation.description = operation.description ? `${operation.description}\n\n${who}` : who;
        if (policy.kind !== 'public') {
          const unsafe = !SAFE_METHODS.has(method);
          operation.security = [{ bearer: [] }, unsafe ? { session: [], csrf: [] } : { session: [] }];
          codes.add('unauthenticated');
          codes.add('account_suspended');
          if (unsafe) codes.add('csrf_failed');
          if (policy.kind === 'roles') codes.add('forbidden');
        }
      }

      const parameters = operation.parameters ?? [];
      if (parameters.some((parameter) => parameter.in === 'path')) codes.add('not_found');
      if (operation.requestBody || parameters.some((parameter) => parameter.in === 'query')) {
        codes.add('validation_failed');
      }
      if (operation.requestBody) codes.add('payload_too_large');
      codes.add('internal_error');
      codes.add('service_unavailable');

      const byStatus = new Map<number, ErrorCode[]>();
      for (const code of codes) {
        const status = statusForCode(code);
        byStatus.set(status, [...(byStatus.get(status) ?? []), code]);
      }
      for (const [status, statusCodes] of [...byStatus].sort(([a], [b]) => a - b)) {
        if (answer?.alsoAnswers.includes(status)) continue;
        operation.responses[String(status)] = {
          description: statusCodes.map((code) => `\`${code}\``).join(', '),
          content: {
            'application/json': {
              schema: {
                allOf: [
                  { $ref: '#/components/schemas/ApiError' },
                  { type: 'object', required: ['code'], properties: { code: { enum: statusCodes } } },
                ],
              },
            },
          },
        };
      }
    }
  }
  document.components.schemas = schemas as NonNullable<OpenAPIObject['components']>['schemas'];
  return document;
}
