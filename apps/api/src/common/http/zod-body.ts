import { applyDecorators, Body } from '@nestjs/common';
import { ApiBody } from '@nestjs/swagger';
import { ZodValidationPipe } from 'nestjs-zod';
import { z } from 'zod';

/**
 * A body validated by a zod schema that cannot become a DTO class (a
 * discriminated union), documented in OpenAPI from the same schema.
 */
export function ZodBody(schema: z.ZodType): ParameterDecorator {
  return Body(new ZodValidationPipe(schema));
}

export function ApiZodBody(schema: z.ZodType): MethodDecorator {
  const jsonSchema = z.toJSONSchema(schema, { io: 'input', target: 'openapi-3.0', unrepresentable: 'any' });
  return applyDecorators(ApiBody({ schema: jsonSchema as Record<string, unknown> }));
}
