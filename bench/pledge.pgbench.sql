-- The hot-row work of one pledge, as a floor for bench/pledge.bench.mjs: the campaign's
-- conditional capacity update and the tier's, the pledge row and a two-entry ledger
-- transaction, in one transaction. Variables (-D): campaign, tier, backer, escrow, funding.
-- pgbench substitutes :name textually (simple protocol), inside quotes too.
\set amount 2500
BEGIN;
UPDATE campaigns SET reserved_minor = reserved_minor + :amount, reserved_count = reserved_count + 1
 WHERE id = ':campaign' AND status = 'live' AND starts_at <= now() AND ends_at > now()
   AND (max_amount_minor IS NULL OR raised_minor + reserved_minor + :amount <= max_amount_minor);
UPDATE reward_tiers SET sold = sold + 1
 WHERE id = ':tier' AND campaign_id = ':campaign' AND (quantity IS NULL OR sold + 1 <= quantity);
INSERT INTO pledges (campaign_id, backer_id, status, holding, amount_minor, currency, tier_id, payment_method_id,
                     idempotency_key, request_hash, cancellable_until, created_at)
VALUES (':campaign', ':backer', 'held', 'saved_card', :amount, 'USD', ':tier', 'pm_card_visa',
        gen_random_uuid()::text, 'pgbench', now() + interval '1 day', now());
WITH t AS (
  INSERT INTO ledger_transactions (reference, kind, campaign_id, currency, occurred_at, chain_key, chain_seq, prev_hash, hash)
  VALUES ('pgbench:' || gen_random_uuid(), 'pledge_collected', ':campaign', 'USD', now(),
          'pgbench:' || gen_random_uuid(), 1, 'genesis', 'pgbench')
  RETURNING id
)
INSERT INTO ledger_entries (transaction_id, account_id, currency, amount)
SELECT t.id, e.account_id, 'USD', e.amount FROM t,
       (VALUES (:funding::bigint, -:amount::bigint), (:escrow::bigint, :amount::bigint)) AS e (account_id, amount);
END;
