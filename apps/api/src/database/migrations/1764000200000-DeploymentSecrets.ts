import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Secrets generated once per deployment when the environment gives none
 * (the device-token key): kept in the database so every replica, and the
 * embedded engine across restarts, uses the same one.
 */
export class DeploymentSecrets1764000200000 implements MigrationInterface {
  name = 'DeploymentSecrets1764000200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE deployment_secrets (
        name text PRIMARY KEY,
        value text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE deployment_secrets`);
  }
}
