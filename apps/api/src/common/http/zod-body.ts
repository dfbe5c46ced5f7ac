import { applyDecorators, Body } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import { ZodValidationPipe } from 'nestjs-zod';
import type { z } from 'zod';
import { toOpenApiSchema } from '../../openapi/api-doc';

/**
 * A body validated by a zod schema that cannot become a DTO class (a
 * discriminated union), documented in OpenAPI from the same schema.
 */
export function ZodBody(schema: z.ZodType): ParameterDecorator {
  return Body(new ZodValidationPipe(schema));
}

export function ApiZodBody(schema: z.ZodType): MethodDecorator {
  return applyDecorators(ApiBody({ schema: toOpenApiSchema(schema, 'input').schema }));
}
