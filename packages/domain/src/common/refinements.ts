import type { z } from 'zod';

/**
 * Options for a cross-field `superRefine`: run it only when every field is
 * valid on its own. Zod 4 otherwise runs it on values that already failed
 * (a 0 beside its minimum, an empty list beside its sum) and piles a second,
 * confusing error on the first.
 */
export const whenFieldsValid = {
  when: (payload: z.core.ParsePayload): boolean => payload.issues.length === 0,
};
