import type { Store } from './store';

/**
 * Stripe's `expand[]`: replaces an id with the object it names, along dotted paths
 * (`latest_charge.balance_transaction`); on a list, paths start with `data.`.
 */
export function expand(store: Store, value: unknown, paths: string[]): unknown {
  const copy = structuredClone(value);
  for (const path of paths) expandPath(store, copy, path.split('.'));
  return copy;
}

function expandPath(store: Store, target: unknown, segments: string[]): void {
  if (!target || typeof target !== 'object' || segments.length === 0) return;
  const record = target as Record<string, unknown>;
  const [head, ...rest] = segments as [string, ...string[]];
  if (head === 'data' && Array.isArray(record.data)) {
    for (const item of record.data) expandPath(store, item, rest);
    return;
  }
  const current = record[head];
  if (typeof current === 'string') {
    const found = store.find(current);
    if (found) record[head] = structuredClone(found);
  }
  expandPath(store, record[head], rest);
}
