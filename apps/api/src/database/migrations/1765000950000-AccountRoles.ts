import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One account may both back and found: a backer who starts a business adds the founder role to
 * the account they have (and a founder may add backing), instead of needing a second email.
 * `role` stays the role the account was made with; `extra_roles` holds what was added. Only the
 * two self-service roles combine, and never with staff.
 */
export class AccountRoles1765000950000 implements MigrationInterface {
  name = 'AccountRoles1765000950000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users ADD COLUMN extra_roles text[] NOT NULL DEFAULT '{}'`);
    await db.query(`
      ALTER TABLE users ADD CONSTRAINT users_extra_roles_self_service CHECK (
        extra_roles <@ ARRAY['backer', 'founder']::text[]
        AND NOT (role = ANY (extra_roles))
        AND (cardinality(extra_roles) = 0 OR role IN ('backer', 'founder'))
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users DROP CONSTRAINT users_extra_roles_self_service`);
    await db.query(`ALTER TABLE users DROP COLUMN extra_roles`);
  }
}
