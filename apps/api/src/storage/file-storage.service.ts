import { createHash, randomUUID } from 'node:crypto';
import { createReadStream } from 'node:fs';
import * as fs from 'node:fs/promises';
import * as path from 'node:path';
import type { Readable } from 'node:stream';
import { Inject, Injectable } from '@nestjs/common';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/config.schema';

/**
 * Uploaded files, stored by the SHA-256 of their content under STORAGE_DIR:
 * the same file uploaded twice is stored once, a stored file can be checked
 * against its recorded hash, and no name a client chose reaches the disk.
 */
@Injectable()
export class FileStorageService {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async put(content: Buffer): Promise<{ sha256: string; size: number }> {
    const sha256 = createHash('sha256').update(content).digest('hex');
    const target = this.pathOf(sha256);
    await fs.mkdir(path.dirname(target), { recursive: true });
    try {
      await fs.access(target);
    } catch {
      // Written under a temporary name and renamed, so a crash never leaves half a file under the hash.
      const temporary = `${target}.${randomUUID()}.tmp`;
      await fs.writeFile(temporary, content, { mode: 0o600 });
      await fs.rename(temporary, target);
    }
    return { sha256, size: content.length };
  }

  open(sha256: string): Readable {
    return createReadStream(this.pathOf(sha256));
  }

  private pathOf(sha256: string): string {
    if (!/^[0-9a-f]{64}$/.test(sha256)) throw new Error('not a SHA-256 hex digest');
    return path.join(this.config.storageDir, sha256.slice(0, 2), sha256);
  }
}
