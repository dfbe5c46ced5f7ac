import { randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import type { AppConfig } from '../config/config.schema';
import { assertSha256, type FileStore, refOf, type StoredFileRef } from './file-store';

/**
 * Files in a folder of this machine (STORAGE_DIR, by default DATA_DIR/files):
 * how versions before the database store kept them. Only for a single
 * instance (FILE_STORE=local); the database store also reads this folder to
 * take over files uploaded by earlier versions.
 */
export class LocalFileStore implements FileStore {
  constructor(private readonly config: AppConfig) {}

  async put(content: Buffer): Promise<StoredFileRef> {
    const ref = refOf(content);
    const target = this.pathOf(ref.sha256);
    await fs.mkdir(path.dirname(target), { recursive: true });
    if (!(await this.exists(ref.sha256))) {
      // Written under a temporary name and renamed, so a crash never leaves half a file under the hash.
      const temporary = `${target}.${randomUUID()}.tmp`;
      await fs.writeFile(temporary, content, { mode: 0o600 });
      await fs.rename(temporary, target);
    }
    return ref;
  }

  async open(sha256: string): Promise<Readable | null> {
    return (await this.exists(sha256)) ? createReadStream(this.pathOf(sha256)) : null;
  }

  async exists(sha256: string): Promise<boolean> {
    try {
      return (await fs.stat(this.pathOf(sha256))).isFile();
    } catch (error) {
      if (isMissing(error)) return false;
      throw error;
    }
  }

  /** The whole content, or null when the folder has no such file. */
  async read(sha256: string): Promise<Buffer | null> {
    try {
      return await fs.readFile(this.pathOf(sha256));
    } catch (error) {
      if (isMissing(error)) return null;
      throw error;
    }
  }

  /** Every stored hash in the folder (files named by their SHA-256 under a two-letter prefix). */
  async list(): Promise<string[]> {
    const hashes: string[] = [];
    let prefixes: string[];
    try {
      prefixes = await fs.readdir(this.config.storageDir);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    for (const prefix of prefixes.filter((name) => /^[0-9a-f]{2}$/.test(name))) {
      const names = await fs.readdir(path.join(this.config.storageDir, prefix)).catch(() => [] as string[]);
      hashes.push(...names.filter((name) => /^[0-9a-f]{64}$/.test(name) && name.startsWith(prefix)));
    }
    return hashes;
  }

  private pathOf(sha256: string): string {
    assertSha256(sha256);
    return path.join(this.config.storageDir, sha256.slice(0, 2), sha256);
  }
}

function isMissing(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException).code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
