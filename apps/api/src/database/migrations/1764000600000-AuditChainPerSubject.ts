import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The audit log's hash chain becomes one chain per subject, so writers lock
 * only their subject instead of the whole platform (docs/decisions/0008).
 * Lines written before this migration keep their place in the old global
 * chain: they are the rows without a `subject_seq`, and verification walks
 * them as one chain, as before. History is not rewritten.
 */
export class AuditChainPerSubject1764000600000 implements MigrationInterface {
  name = 'AuditChainPerSubject1764000600000';

  async up(db: QueryRunner): Promise<void> {
    // Adding a nullable column touches no row, so the append-only trigger does not fire.
    await db.query(`ALTER TABLE audit_log ADD COLUMN subject_seq integer`);
    // NOT VALID: the old lines are exempt, every line written from now on must carry its place.
    await db.query(
      `ALTER TABLE audit_log ADD CONSTRAINT audit_log_subject_seq_required CHECK (subject_seq IS NOT NULL AND subject_seq >= 1) NOT VALID`,
    );
    // Two lines can never take the same place in a subject's chain, even if a writer skipped the lock.
    await db.query(
      `CREATE UNIQUE INDEX audit_log_subject_seq_key ON audit_log (subject_type, subject_id, subject_seq)`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX audit_log_subject_seq_key`);
    await db.query(`ALTER TABLE audit_log DROP CONSTRAINT audit_log_subject_seq_required`);
    await db.query(`ALTER TABLE audit_log DROP COLUMN subject_seq`);
  }
}
