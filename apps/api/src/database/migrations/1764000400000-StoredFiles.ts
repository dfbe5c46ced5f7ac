import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Uploaded files move from each replica's disk into the database, so every
 * replica serves every file. Content is addressed by its SHA-256 (the same
 * file uploaded twice is stored once); no foreign key from documents or
 * images, because files from earlier versions are copied in lazily.
 */
export class StoredFiles1764000400000 implements MigrationInterface {
  name = 'StoredFiles1764000400000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE stored_files (
        sha256 char(64) PRIMARY KEY CHECK (sha256 ~ '^[0-9a-f]{64}$'),
        size integer NOT NULL CHECK (size >= 0),
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // PDFs and images are already compressed: store them out of line without trying to compress them again.
    await db.query(`ALTER TABLE stored_files ALTER COLUMN content SET STORAGE EXTERNAL`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE stored_files`);
  }
}
