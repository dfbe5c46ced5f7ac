import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Pledges and what limits them. A campaign's capacity is guarded by the
 * database: `reserved_minor` holds pledges whose payment is not yet confirmed,
 * `raised_minor` what is committed, and a CHECK keeps both within the hard cap
 * whatever the application does.
 */
export class PledgesAndInvestorProfiles1764000700000 implements MigrationInterface {
  name = 'PledgesAndInvestorProfiles1764000700000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE investor_profiles (
        user_id uuid PRIMARY KEY REFERENCES users(id),
        annual_income_minor bigint NOT NULL CHECK (annual_income_minor >= 0),
        net_worth_minor bigint NOT NULL CHECK (net_worth_minor >= 0),
        currency char(3) NOT NULL,
        accredited boolean NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`
      ALTER TABLE campaigns
        ADD COLUMN reserved_minor bigint NOT NULL DEFAULT 0 CHECK (reserved_minor >= 0),
        ADD COLUMN reserved_count integer NOT NULL DEFAULT 0 CHECK (reserved_count >= 0)`);
    await db.query(`
      ALTER TABLE campaigns ADD CONSTRAINT campaigns_within_cap
        CHECK (max_amount_minor IS NULL OR raised_minor + reserved_minor <= max_amount_minor)`);
    await db.query(`
      CREATE TABLE pledges (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        backer_id uuid NOT NULL REFERENCES users(id),
        status text NOT NULL CHECK (status IN
          ('pending', 'held', 'failed', 'cancelled', 'refunded', 'settled', 'action_required')),
        holding text NOT NULL CHECK (holding IN ('saved_card', 'charged')),
        amount_minor bigint NOT NULL CHECK (amount_minor > 0),
        currency char(3) NOT NULL,
        tier_id uuid REFERENCES reward_tiers(id),
        units bigint CHECK (units IS NULL OR units > 0),
        shares bigint CHECK (shares IS NULL OR shares > 0),
        payment_method_id text NOT NULL,
        -- The card as saved on the backer's Stripe customer (a reward pledge is charged with it at success).
        saved_payment_method_id text,
        idempotency_key text NOT NULL,
        request_hash text NOT NULL,
        failure_code text,
        cancellable_until timestamptz NOT NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pledges_idempotency UNIQUE (backer_id, idempotency_key)
      )`);
    await db.query(`CREATE INDEX pledges_campaign_idx ON pledges (campaign_id, status)`);
    // A campaign's backers are people, not pledges: a row per (campaign, backer) counts the
    // backer's committed pledges, so the campaign's count moves only on a first and a last one.
    await db.query(`
      CREATE TABLE campaign_backers (
        campaign_id uuid NOT NULL REFERENCES campaigns(id),
        backer_id uuid NOT NULL REFERENCES users(id),
        committed_pledges integer NOT NULL CHECK (committed_pledges >= 0),
        first_committed_at timestamptz NOT NULL,
        PRIMARY KEY (campaign_id, backer_id)
      )`);
    // One Stripe customer per backer: saved cards and charges hang off it.
    await db.query(`
      CREATE TABLE payment_customers (
        user_id uuid PRIMARY KEY REFERENCES users(id),
        customer_id text NOT NULL UNIQUE,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Stripe's webhook events, stored by id in the transaction of their effect: each is processed once.
    await db.query(`
      CREATE TABLE stripe_events (
        id text PRIMARY KEY,
        type text NOT NULL,
        received_at timestamptz NOT NULL DEFAULT now()
      )`);
    // Durable background work (settlement, refunds, charges at success): claimed with
    // FOR UPDATE SKIP LOCKED by any replica; a claim that outlives its lease is claimed again.
    await db.query(`
      CREATE TABLE jobs (
        id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
        kind text NOT NULL,
        dedupe_key text UNIQUE,
        payload jsonb NOT NULL DEFAULT '{}',
        status text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'running', 'done', 'dead')),
        attempts integer NOT NULL DEFAULT 0,
        max_attempts integer NOT NULL DEFAULT 12,
        run_at timestamptz NOT NULL DEFAULT now(),
        leased_until timestamptz,
        last_error text,
        created_at timestamptz NOT NULL DEFAULT now(),
        finished_at timestamptz
      )`);
    await db.query(`CREATE INDEX jobs_due_idx ON jobs (run_at) WHERE status IN ('queued', 'running')`);
    await db.query(`CREATE INDEX pledges_backer_idx ON pledges (backer_id, created_at DESC, id)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP TABLE jobs`);
    await db.query(`DROP TABLE stripe_events`);
    await db.query(`DROP TABLE payment_customers`);
    await db.query(`DROP TABLE campaign_backers`);
    await db.query(`DROP TABLE pledges`);
    await db.query(`ALTER TABLE campaigns DROP CONSTRAINT campaigns_within_cap`);
    await db.query(`ALTER TABLE campaigns DROP COLUMN reserved_count, DROP COLUMN reserved_minor`);
    await db.query(`DROP TABLE investor_profiles`);
  }
}
