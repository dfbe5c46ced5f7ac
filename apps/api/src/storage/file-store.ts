import { createHash } from 'node:crypto';
import type { Readable } from 'node:stream';
import type { EntityManager } from 'typeorm';

/** The injection token of the configured FileStore (FILE_STORE=postgres|local). */
export const FILE_STORE = Symbol('FILE_STORE');

export interface StoredFileRef {
  sha256: string;
  size: number;
}

/**
 * Where uploaded files live, addressed by the SHA-256 of their content: the
 * same file uploaded twice is stored once, a stored file can be checked
 * against its recorded hash, and no name a client chose reaches the store.
 * Another store (S3, say) only has to implement these three calls.
 */
export interface FileStore {
  /**
   * Keeps `content`. A store that lives in the database writes in the
   * caller's transaction (`within`), so the file and the row that points to
   * it are committed together; other stores ignore it.
   */
  put(content: Buffer, within?: EntityManager): Promise<StoredFileRef>;
  /** The content, or null when nothing is stored under that hash. */
  open(sha256: string): Promise<Readable | null>;
  exists(sha256: string): Promise<boolean>;
}

export function refOf(content: Buffer): StoredFileRef {
  return { sha256: createHash('sha256').update(content).digest('hex'), size: content.length };
}

export function assertSha256(sha256: string): void {
  if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a SHA-256 hex digest');
}
