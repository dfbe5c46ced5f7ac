import { z } from 'zod';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/** Query-string integers arrive as text; accept only plain decimal digits. */
export const queryInt = (what: string) =>
  z
    .string()
    .regex(/^\d{1,9}$/, `${what} must be a whole number.`)
    .transform(Number);

export const paginationQuerySchema = z.object({
  page: queryInt('page').pipe(z.number().min(1, 'page starts at 1.')).default(1),
  pageSize: queryInt('pageSize')
    .pipe(
      z
        .number()
        .min(1, `pageSize must be between 1 and ${MAX_PAGE_SIZE}.`)
        .max(MAX_PAGE_SIZE, `pageSize must be between 1 and ${MAX_PAGE_SIZE}.`),
    )
    .default(DEFAULT_PAGE_SIZE),
});
export type PaginationQuery = z.infer<typeof paginationQuerySchema>;

/** Every list of the API has this shape. */
export interface Page<T> {
  items: T[];
  total: number;
  page: number;
  pageSize: number;
}
