import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The people behind a company, shown to backers on its campaign pages, and
 * when a user accepted the terms of use and the risk statement at sign-up
 * (null for accounts made before, or by clients that do not send it).
 */
export class HonestAboutRisk1765000600000 implements MigrationInterface {
  name = 'HonestAboutRisk1765000600000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE companies ADD COLUMN team jsonb NOT NULL DEFAULT '[]'::jsonb`);
    await db.query(`ALTER TABLE users ADD COLUMN terms_accepted_at timestamptz`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE users DROP COLUMN terms_accepted_at`);
    await db.query(`ALTER TABLE companies DROP COLUMN team`);
  }
}
