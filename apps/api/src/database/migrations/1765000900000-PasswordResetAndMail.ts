import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Password reset by email, and the mail outbox it goes through.
 * - `password_reset_tokens` keeps only a SHA-256 of each token (the link is the only copy of the
 *   token itself); a token is used at most once, by a conditional UPDATE.
 * - `mail_outbox` holds each message until the job runner has handed it to the mail transport;
 *   once sent, its body is cleared, so a reset link does not outlive its delivery in our tables.
 * - `local_mailbox` is the offline default's mailbox (no SMTP settings): what was "sent", for a
 *   person at `GET /api/dev/mailbox` and for the browser tests.
 */
export class PasswordResetAndMail1765000900000 implements MigrationInterface {
  name = 'PasswordResetAndMail1765000900000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE password_reset_tokens (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id),
        token_hash text NOT NULL UNIQUE,
        expires_at timestamptz NOT NULL,
        used_at timestamptz,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(
      `CREATE INDEX password_reset_tokens_user_idx ON password_reset_tokens (user_id) WHERE used_at IS NULL`,
    );
    await db.query(`
      CREATE TABLE mail_outbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        kind text NOT NULL,
        recipient text NOT NULL,
        subject text NOT NULL,
        body_text text,
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent')),
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz
      )`);
    await db.query(`
      CREATE TABLE local_mailbox (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        message_id text NOT NULL UNIQUE,
        recipient text NOT NULL,
        subject text NOT NULL,
        body_text text NOT NULL,
        raw text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX local_mailbox_recipient_idx ON local_mailbox (recipient, received_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE local_mailbox`);
    await db.query(`DROP TABLE mail_outbox`);
    await db.query(`DROP TABLE password_reset_tokens`);
  }
}
