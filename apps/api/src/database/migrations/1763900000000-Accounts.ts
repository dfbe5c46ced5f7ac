import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Accounts, sessions, shared rate-limit counters, the platform clock and the append-only audit log. */
export class Accounts1763900000000 implements MigrationInterface {
  name = 'Accounts1763900000000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE users (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        email text NOT NULL,
        name text NOT NULL,
        role text NOT NULL CHECK (role IN ('backer', 'founder', 'reviewer', 'admin')),
        password_hash text NOT NULL,
        status text NOT NULL DEFAULT 'active' CHECK (status IN ('active', 'suspended')),
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT users_email_key UNIQUE (email),
        CONSTRAINT users_email_lower CHECK (email = lower(email))
      )`);

    await db.query(`
      CREATE TABLE sessions (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
        token_hash text NOT NULL,
        csrf_token text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        last_used_at timestamptz NOT NULL DEFAULT now(),
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz,
        CONSTRAINT sessions_token_hash_key UNIQUE (token_hash)
      )`);
    await db.query(`CREATE INDEX sessions_user_id_idx ON sessions (user_id) WHERE revoked_at IS NULL`);

    // The layout rate-limiter-flexible's PostgreSQL store expects (it must not create tables itself).
    await db.query(`
      CREATE TABLE rate_limits (
        key varchar(255) PRIMARY KEY,
        points integer NOT NULL DEFAULT 0,
        expire bigint
      )`);

    await db.query(`
      CREATE TABLE platform_clock (
        id smallint PRIMARY KEY CHECK (id = 1),
        offset_ms bigint NOT NULL DEFAULT 0,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`INSERT INTO platform_clock (id, offset_ms) VALUES (1, 0)`);

    await db.query(`
      CREATE TABLE audit_log (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        recorded_at timestamptz NOT NULL,
        business_time timestamptz NOT NULL,
        actor_id uuid,
        actor_role text NOT NULL,
        action text NOT NULL,
        subject_type text NOT NULL,
        subject_id text NOT NULL,
        from_status text,
        to_status text,
        reasons text,
        data jsonb NOT NULL DEFAULT '{}'::jsonb,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        CONSTRAINT audit_log_hash_key UNIQUE (hash)
      )`);
    await db.query(`CREATE INDEX audit_log_subject_idx ON audit_log (subject_type, subject_id, id)`);
    // Append-only in the database itself: no API call, and no bug, can rewrite history.
    await db.query(`
      CREATE FUNCTION forbid_audit_log_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_log is append-only' USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    await db.query(`
      CREATE TRIGGER audit_log_append_only BEFORE UPDATE OR DELETE ON audit_log
      FOR EACH ROW EXECUTE FUNCTION forbid_audit_log_change()`);
    await db.query(`
      CREATE TRIGGER audit_log_no_truncate BEFORE TRUNCATE ON audit_log
      FOR EACH STATEMENT EXECUTE FUNCTION forbid_audit_log_change()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE audit_log`);
    await db.query(`DROP FUNCTION forbid_audit_log_change()`);
    await db.query(`DROP TABLE platform_clock`);
    await db.query(`DROP TABLE rate_limits`);
    await db.query(`DROP TABLE sessions`);
    await db.query(`DROP TABLE users`);
  }
}
