import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A refund after the release (docs/decisions/0009): the founder's transfer is reversed for the
 * amount refunded, and what the connected account cannot give back is advanced by the platform
 * and recorded as owed by the founder — a new account kind (`founder_receivable`) and a new
 * transaction kind (`refund_advanced`). Kinds are spelled out here, not imported, so this
 * migration never changes.
 */
export class FounderReceivable1765000200000 implements MigrationInterface {
  name = 'FounderReceivable1765000200000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_kind_check`);
    await db.query(`
      ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_kind_check
        CHECK (kind IN ('backer_funding', 'campaign_escrow', 'refunds_payable', 'founder_payable', 'founder_payout',
          'founder_funding', 'repayments_payable', 'platform_fees', 'processing_fees', 'platform_funding',
          'founder_receivable'))`);
    await db.query(`ALTER TABLE ledger_transactions DROP CONSTRAINT ledger_transactions_kind_check`);
    await db.query(`
      ALTER TABLE ledger_transactions ADD CONSTRAINT ledger_transactions_kind_check
        CHECK (kind IN ('pledge_collected', 'fee_charged', 'released_to_founder', 'transfer_reversed',
          'pledge_refunded', 'refund_paid', 'payout_transferred', 'processing_fee', 'repayment_collected',
          'repayment_distributed', 'platform_topped_up', 'refund_advanced'))`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`ALTER TABLE ledger_transactions DROP CONSTRAINT ledger_transactions_kind_check`);
    await db.query(`
      ALTER TABLE ledger_transactions ADD CONSTRAINT ledger_transactions_kind_check
        CHECK (kind IN ('pledge_collected', 'fee_charged', 'released_to_founder', 'transfer_reversed',
          'pledge_refunded', 'refund_paid', 'payout_transferred', 'processing_fee', 'repayment_collected',
          'repayment_distributed', 'platform_topped_up'))`);
    await db.query(`ALTER TABLE ledger_accounts DROP CONSTRAINT ledger_accounts_kind_check`);
    await db.query(`
      ALTER TABLE ledger_accounts ADD CONSTRAINT ledger_accounts_kind_check
        CHECK (kind IN ('backer_funding', 'campaign_escrow', 'refunds_payable', 'founder_payable', 'founder_payout',
          'founder_funding', 'repayments_payable', 'platform_fees', 'processing_fees', 'platform_funding'))`);
  }
}
