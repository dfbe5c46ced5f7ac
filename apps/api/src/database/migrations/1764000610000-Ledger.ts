import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The double-entry ledger (docs/decisions/0007). The database itself keeps
 * its two promises: rows are never updated or deleted, and every transaction
 * sums to zero per currency when its database transaction commits. Kinds are
 * spelled out here, not imported, so this migration never changes.
 */
export class Ledger1764000610000 implements MigrationInterface {
  name = 'Ledger1764000610000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE ledger_accounts (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL CHECK (kind IN ('backer_funding', 'campaign_escrow', 'refunds_payable', 'founder_payable',
          'founder_payout', 'founder_funding', 'repayments_payable', 'platform_fees', 'processing_fees', 'platform_funding')),
        owner_id text NOT NULL,
        currency char(3) NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT ledger_accounts_key UNIQUE (kind, owner_id, currency),
        CONSTRAINT ledger_accounts_id_currency_key UNIQUE (id, currency)
      )`);

    await db.query(`
      CREATE TABLE ledger_transactions (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        reference text NOT NULL,
        kind text NOT NULL CHECK (kind IN ('pledge_collected', 'fee_charged', 'released_to_founder', 'transfer_reversed',
          'pledge_refunded', 'refund_paid', 'payout_transferred', 'processing_fee', 'repayment_collected',
          'repayment_distributed', 'platform_topped_up')),
        campaign_id uuid,
        currency char(3) NOT NULL,
        occurred_at timestamptz NOT NULL,
        recorded_at timestamptz NOT NULL DEFAULT now(),
        chain_key text NOT NULL,
        chain_seq integer NOT NULL CHECK (chain_seq >= 1),
        prev_hash text NOT NULL,
        hash text NOT NULL,
        CONSTRAINT ledger_transactions_reference_key UNIQUE (reference),
        CONSTRAINT ledger_transactions_chain_seq_key UNIQUE (chain_key, chain_seq),
        CONSTRAINT ledger_transactions_id_currency_key UNIQUE (id, currency)
      )`);
    await db.query(
      `CREATE INDEX ledger_transactions_campaign_idx ON ledger_transactions (campaign_id, occurred_at, id) WHERE campaign_id IS NOT NULL`,
    );

    // The composite keys tie an entry's currency to both its account's and its transaction's.
    await db.query(`
      CREATE TABLE ledger_entries (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        transaction_id bigint NOT NULL,
        account_id bigint NOT NULL,
        currency char(3) NOT NULL,
        amount bigint NOT NULL CHECK (amount <> 0),
        CONSTRAINT ledger_entries_transaction_fkey FOREIGN KEY (transaction_id, currency)
          REFERENCES ledger_transactions (id, currency),
        CONSTRAINT ledger_entries_account_fkey FOREIGN KEY (account_id, currency)
          REFERENCES ledger_accounts (id, currency)
      )`);
    await db.query(`CREATE INDEX ledger_entries_account_idx ON ledger_entries (account_id)`);
    await db.query(`CREATE INDEX ledger_entries_transaction_idx ON ledger_entries (transaction_id, id)`);

    await db.query(`
      CREATE FUNCTION forbid_ledger_change() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION '% is append-only: ledger rows are never updated or deleted', TG_TABLE_NAME
          USING ERRCODE = 'insufficient_privilege';
      END
      $$`);
    for (const table of ['ledger_accounts', 'ledger_transactions', 'ledger_entries']) {
      await db.query(`
        CREATE TRIGGER ${table}_append_only BEFORE UPDATE OR DELETE ON ${table}
        FOR EACH ROW EXECUTE FUNCTION forbid_ledger_change()`);
      await db.query(`
        CREATE TRIGGER ${table}_no_truncate BEFORE TRUNCATE ON ${table}
        FOR EACH STATEMENT EXECUTE FUNCTION forbid_ledger_change()`);
    }

    // Checked at commit, once the whole transaction is in: at least two entries, zero per currency.
    await db.query(`
      CREATE FUNCTION ledger_check_transaction_balanced() RETURNS trigger LANGUAGE plpgsql AS $$
      DECLARE
        tx_id bigint;
        entry_count integer;
        unbalanced text;
      BEGIN
        IF TG_TABLE_NAME = 'ledger_entries' THEN
          tx_id := NEW.transaction_id;
          -- The transaction's last entry checks for all of them: one sum per transaction, not one per entry.
          IF EXISTS (SELECT 1 FROM ledger_entries WHERE transaction_id = tx_id AND id > NEW.id) THEN
            RETURN NULL;
          END IF;
        ELSE
          tx_id := NEW.id;
        END IF;
        SELECT count(*) INTO entry_count FROM ledger_entries WHERE transaction_id = tx_id;
        IF entry_count < 2 THEN
          RAISE EXCEPTION 'ledger transaction % has % entries; it needs at least two', tx_id, entry_count
            USING ERRCODE = 'check_violation';
        END IF;
        SELECT string_agg(currency || ' ' || total, ', ') INTO unbalanced
          FROM (SELECT currency, sum(amount) AS total FROM ledger_entries
                 WHERE transaction_id = tx_id GROUP BY currency HAVING sum(amount) <> 0) AS sums;
        IF unbalanced IS NOT NULL THEN
          RAISE EXCEPTION 'ledger transaction % does not balance: %', tx_id, unbalanced
            USING ERRCODE = 'check_violation';
        END IF;
        RETURN NULL;
      END
      $$`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER ledger_entries_balanced AFTER INSERT ON ledger_entries
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_check_transaction_balanced()`);
    await db.query(`
      CREATE CONSTRAINT TRIGGER ledger_transactions_balanced AFTER INSERT ON ledger_transactions
      DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ledger_check_transaction_balanced()`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE ledger_entries`);
    await db.query(`DROP TABLE ledger_transactions`);
    await db.query(`DROP TABLE ledger_accounts`);
    await db.query(`DROP FUNCTION ledger_check_transaction_balanced()`);
    await db.query(`DROP FUNCTION forbid_ledger_change()`);
  }
}
