import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Membership by invitation, and membership history. A person joins a company
 * only by accepting an invitation sent to their email; leaving sets left_at
 * instead of deleting the row, so whoever was ever a member stays conflicted
 * for the company's reviews.
 */
export class CompanyInvitations1764000201000 implements MigrationInterface {
  name = 'CompanyInvitations1764000201000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE company_members ADD COLUMN left_at timestamptz`);
    await db.query(`
      CREATE TABLE company_invitations (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        email text NOT NULL CHECK (email = lower(email)),
        invited_by uuid NOT NULL REFERENCES users (id),
        status text NOT NULL DEFAULT 'invited' CHECK (status IN ('invited', 'accepted', 'declined', 'revoked')),
        answered_by uuid REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        answered_at timestamptz
      )`);
    // One open invitation per company and email: inviting twice at once is a 409, not two rows.
    await db.query(
      `CREATE UNIQUE INDEX company_invitations_open_key ON company_invitations (company_id, email) WHERE status = 'invited'`,
    );
    await db.query(
      `CREATE INDEX company_invitations_email_idx ON company_invitations (email) WHERE status = 'invited'`,
    );
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE company_invitations`);
    await db.query(`DELETE FROM company_members WHERE left_at IS NOT NULL`);
    await db.query(`ALTER TABLE company_members DROP COLUMN left_at`);
  }
}
