import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The founder's company's Stripe Connect account, where a succeeded campaign's
 * money is transferred. `payout_ready` is what the go-live gate reads: true once
 * Stripe says the account can receive payouts (at once with the emulator).
 */
export class PayoutAccounts1764000800000 implements MigrationInterface {
  name = 'PayoutAccounts1764000800000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE companies ADD COLUMN payout_account_id text UNIQUE`);
    await db.query(`ALTER TABLE companies ADD COLUMN payout_ready boolean NOT NULL DEFAULT false`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE companies DROP COLUMN payout_ready`);
    await db.query(`ALTER TABLE companies DROP COLUMN payout_account_id`);
  }
}
