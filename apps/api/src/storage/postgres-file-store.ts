import { Readable } from 'node:stream';
import { Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { assertSha256, type FileStore, refOf, type StoredFileRef } from './file-store';
import { LocalFileStore } from './local-file-store';

/**
 * Files in the `stored_files` table, so every replica on the database serves
 * every upload, and a file is committed with the row that points to it.
 *
 * A file is at most UPLOAD_MAX_BYTES (10 MiB by default) and is read whole
 * into memory; see docs/decisions/0005-file-storage.md for when to move to
 * an object store.
 *
 * Files kept on disk by earlier versions (`earlier`, the STORAGE_DIR folder)
 * are copied in at start-up and, should one appear later (an older replica
 * still running during an upgrade), when it is first read.
 */
export class PostgresFileStore implements FileStore, OnApplicationBootstrap {
  private readonly logger = new Logger(PostgresFileStore.name);

  constructor(
    private readonly dataSource: DataSource,
    private readonly earlier: LocalFileStore,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    const onDisk = await this.earlier.list();
    if (onDisk.length === 0) return;
    const rows = (await this.dataSource.query(`SELECT sha256 FROM stored_files WHERE sha256 = ANY($1)`, [onDisk])) as {
      sha256: string;
    }[];
    const present = new Set(rows.map((row) => row.sha256));
    let copied = 0;
    for (const sha256 of onDisk.filter((hash) => !present.has(hash))) {
      if (await this.takeOver(sha256)) copied += 1;
    }
    if (copied > 0) this.logger.log(`Copied ${copied} file(s) from the earlier file folder into the database.`);
  }

  async put(content: Buffer, within?: EntityManager): Promise<StoredFileRef> {
    const ref = refOf(content);
    const db = within ?? this.dataSource.manager;
    // Looked up first so a file uploaded again is not sent to the database a second time.
    const present = (await db.query(`SELECT 1 FROM stored_files WHERE sha256 = $1`, [ref.sha256])) as unknown[];
    if (present.length === 0) await this.insert(db, ref, content);
    return ref;
  }

  async open(sha256: string): Promise<Readable | null> {
    const content = await this.read(sha256);
    return content ? Readable.from([content], { objectMode: false }) : null;
  }

  async exists(sha256: string): Promise<boolean> {
    assertSha256(sha256);
    const rows = (await this.dataSource.query(`SELECT 1 FROM stored_files WHERE sha256 = $1`, [sha256])) as unknown[];
    return rows.length > 0 || (await this.earlier.exists(sha256));
  }

  private async read(sha256: string): Promise<Buffer | null> {
    assertSha256(sha256);
    const rows = (await this.dataSource.query(`SELECT content FROM stored_files WHERE sha256 = $1`, [sha256])) as {
      content: Buffer;
    }[];
    return rows[0]?.content ?? (await this.takeOver(sha256));
  }

  /** Copies a file from the earlier folder into the table; null when the folder has none, or a damaged one. */
  private async takeOver(sha256: string): Promise<Buffer | null> {
    const content = await this.earlier.read(sha256);
    if (!content) return null;
    const ref = refOf(content);
    if (ref.sha256 !== sha256) {
      this.logger.error(`The earlier file folder holds ${sha256} with other content; it was not copied.`);
      return null;
    }
    await this.insert(this.dataSource.manager, ref, content);
    return content;
  }

  private async insert(db: EntityManager, ref: StoredFileRef, content: Buffer): Promise<void> {
    await db.query(
      `INSERT INTO stored_files (sha256, size, content) VALUES ($1, $2, $3) ON CONFLICT (sha256) DO NOTHING`,
      [ref.sha256, ref.size, content],
    );
  }
}
