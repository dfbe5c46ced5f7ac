import { invalidRequest } from './errors';
import { listLimit, optionalString, requiredString, type Params } from './params';

interface Listed {
  id: string;
}

/** Stripe's list object with cursor pagination (`limit`, `starting_after`, `ending_before`); items newest first. */
export function list<T extends Listed>(items: T[], params: Params, url: string) {
  const limit = listLimit(params);
  const after = optionalString(params, 'starting_after');
  const before = optionalString(params, 'ending_before');
  let window = items;
  if (after) window = items.slice(items.findIndex((item) => item.id === after) + 1);
  if (before) {
    const end = items.findIndex((item) => item.id === before);
    window = items.slice(Math.max(0, end - limit), Math.max(0, end));
    return { object: 'list' as const, data: window, has_more: end - limit > 0, url };
  }
  return { object: 'list' as const, data: window.slice(0, limit), has_more: window.length > limit, url };
}

type Clause = { field: string[]; value: string; negate: boolean };

/**
 * Stripe's search query language, the part that reads an object back by our own id:
 * `metadata['pledge_id']:'…'`, `status:'succeeded'`, `customer:'cus_…'`, joined by AND.
 */
function parseQuery(query: string): Clause[] {
  return query
    .split(/\s+AND\s+/i)
    .map((part) => part.trim())
    .map((part) => {
      const match = /^(-?)(metadata\[['"]([^'"]+)['"]\]|[a-z_]+):['"](.*)['"]$/.exec(part);
      if (!match) throw invalidRequest(`Invalid search query: ${part}`, 'query', 'search_query_invalid');
      const field = match[3] !== undefined ? ['metadata', match[3]] : [match[2]!];
      // A quote or backslash inside the value comes escaped with a backslash.
      return { field, value: match[4]!.replace(/\\(.)/g, '$1'), negate: match[1] === '-' };
    });
}

export function search<T extends Listed>(items: T[], params: Params, url: string) {
  const clauses = parseQuery(requiredString(params, 'query'));
  const limit = listLimit(params);
  const matches = items.filter((item) =>
    clauses.every(({ field, value, negate }) => {
      let current: unknown = item;
      for (const key of field) {
        current = current && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined;
      }
      return (String(current ?? '') === value) !== negate;
    }),
  );
  return {
    object: 'search_result' as const,
    data: matches.slice(0, limit),
    has_more: matches.length > limit,
    next_page: null,
    total_count: matches.length,
    url,
  };
}
