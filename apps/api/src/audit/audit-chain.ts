import { createHash } from 'node:crypto';
import type { EntityManager } from 'typeorm';

export const GENESIS_HASH = '0'.repeat(64);

/** JSON with object keys sorted at every depth, so the same content always hashes the same. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** Each line's hash covers its content and the previous line's hash: changing any line breaks every later one. */
export function chainHash(prevHash: string, content: unknown): string {
  return createHash('sha256').update(prevHash).update('\n').update(canonicalJson(content)).digest('hex');
}

/**
 * Serializes the writers of one chain only (an audit subject, a campaign's
 * ledger), never the whole platform. The two-key form of the advisory lock
 * lives in a key space apart from the single-key locks (migrations); a hash
 * collision between two chains only makes one writer wait for the other.
 */
export async function lockChain(manager: EntityManager, lockClass: number, chainKey: string): Promise<void> {
  await manager.query('SELECT pg_advisory_xact_lock($1::int, hashtext($2))', [lockClass, chainKey]);
}
