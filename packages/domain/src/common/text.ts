import { z } from 'zod';

/**
 * Free text a person types: trimmed, so that spaces alone never count as an
 * answer, and bounded on both sides with a message that names the field.
 */
export const textSchema = (what: string, min: number, max: number) =>
  z
    .string({ error: `${what} is required.` })
    .trim()
    .min(min, min <= 1 ? `${what} is required.` : `${what} must be at least ${min} characters.`)
    .max(max, `${what} must be at most ${max} characters.`);
