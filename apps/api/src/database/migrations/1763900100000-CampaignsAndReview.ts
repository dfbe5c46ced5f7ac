import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Companies with their members and documents; campaigns with reward tiers,
 * milestones and images; risk assessments and review decisions.
 * Money is bigint minor units; every state a row may be in is CHECKed.
 */
export class CampaignsAndReview1763900100000 implements MigrationInterface {
  name = 'CampaignsAndReview1763900100000';

  async up(db: QueryRunner): Promise<void> {
    await db.query(`
      CREATE TABLE companies (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        owner_id uuid NOT NULL REFERENCES users (id),
        legal_name text NOT NULL,
        registration_number text NOT NULL,
        -- upper-cased without spaces or punctuation, to find the same company on another account
        registration_key text NOT NULL,
        jurisdiction text NOT NULL,
        founded_on date NOT NULL,
        industry text NOT NULL,
        website text,
        employees integer NOT NULL CHECK (employees >= 0),
        annual_revenue bigint NOT NULL CHECK (annual_revenue >= 0),
        total_debt bigint NOT NULL CHECK (total_debt >= 0),
        currency char(3) NOT NULL,
        founder_identity jsonb,
        -- SHA-256 of the normalized identity, to find the same person on another account without comparing documents
        identity_key text,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX companies_owner_idx ON companies (owner_id)`);
    await db.query(`CREATE INDEX companies_registration_key_idx ON companies (registration_key)`);
    await db.query(
      `CREATE INDEX companies_identity_key_idx ON companies (identity_key) WHERE identity_key IS NOT NULL`,
    );

    await db.query(`
      CREATE TABLE company_members (
        company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        user_id uuid NOT NULL REFERENCES users (id),
        role text NOT NULL CHECK (role IN ('owner', 'member')),
        added_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (company_id, user_id)
      )`);
    await db.query(`CREATE INDEX company_members_user_idx ON company_members (user_id)`);

    await db.query(`
      CREATE TABLE company_documents (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES companies (id) ON DELETE CASCADE,
        kind text NOT NULL CHECK (kind IN ('business_licence', 'financial_statements', 'identity', 'other')),
        filename text NOT NULL,
        content_type text NOT NULL,
        size integer NOT NULL CHECK (size > 0),
        sha256 char(64) NOT NULL,
        public boolean NOT NULL DEFAULT false,
        uploaded_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT identity_documents_are_private CHECK (NOT (kind = 'identity' AND public))
      )`);
    await db.query(`CREATE INDEX company_documents_company_idx ON company_documents (company_id, created_at)`);

    await db.query(`
      CREATE TABLE campaigns (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        company_id uuid NOT NULL REFERENCES companies (id),
        owner_id uuid NOT NULL REFERENCES users (id),
        type text NOT NULL CHECK (type IN ('reward', 'bond', 'shareholding')),
        status text NOT NULL DEFAULT 'draft' CHECK (status IN
          ('draft', 'submitted', 'in_review', 'changes_requested', 'rejected', 'approved', 'live', 'succeeded', 'failed', 'cancelled')),
        version integer NOT NULL DEFAULT 1,
        title text NOT NULL,
        summary text NOT NULL,
        description text NOT NULL,
        risks text,
        use_of_funds text,
        currency char(3) NOT NULL,
        goal_minor bigint NOT NULL CHECK (goal_minor > 0),
        max_amount_minor bigint CHECK (max_amount_minor IS NULL OR max_amount_minor >= goal_minor),
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL CHECK (ends_at > starts_at),
        -- the type's terms except reward tiers, which are rows of their own (their counters are updated concurrently)
        terms jsonb NOT NULL,
        -- bonds only, for sorting the listing by rate
        annual_rate_bps integer,
        raised_minor bigint NOT NULL DEFAULT 0 CHECK (raised_minor >= 0),
        backers_count integer NOT NULL DEFAULT 0 CHECK (backers_count >= 0),
        funded_ratio numeric GENERATED ALWAYS AS (raised_minor::numeric / goal_minor) STORED,
        search tsvector GENERATED ALWAYS AS (to_tsvector('simple', title || ' ' || summary)) STORED,
        risk jsonb,
        risk_score integer,
        risk_grade char(1),
        cover_image_id uuid,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        submitted_at timestamptz,
        approved_at timestamptz,
        live_at timestamptz,
        closed_at timestamptz
      )`);
    await db.query(`CREATE INDEX campaigns_owner_idx ON campaigns (owner_id, created_at DESC)`);
    await db.query(`CREATE INDEX campaigns_company_idx ON campaigns (company_id)`);
    await db.query(`CREATE INDEX campaigns_listing_newest_idx ON campaigns (status, live_at DESC, id)`);
    await db.query(`CREATE INDEX campaigns_listing_deadline_idx ON campaigns (status, ends_at, id)`);
    await db.query(`CREATE INDEX campaigns_listing_funded_idx ON campaigns (status, funded_ratio DESC, id)`);
    await db.query(
      `CREATE INDEX campaigns_listing_rate_idx ON campaigns (status, annual_rate_bps DESC, id) WHERE annual_rate_bps IS NOT NULL`,
    );
    await db.query(`CREATE INDEX campaigns_search_idx ON campaigns USING gin (search)`);
    await db.query(
      `CREATE INDEX campaigns_queue_idx ON campaigns (submitted_at, id) WHERE status IN ('submitted', 'in_review')`,
    );
    // The scheduler's questions: which approved campaigns are due to start, which live ones to close.
    await db.query(
      `CREATE INDEX campaigns_due_idx ON campaigns (status, starts_at, ends_at) WHERE status IN ('approved', 'live')`,
    );

    await db.query(`
      CREATE TABLE reward_tiers (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        position integer NOT NULL,
        title text NOT NULL,
        description text NOT NULL,
        price_minor bigint NOT NULL CHECK (price_minor > 0),
        quantity integer CHECK (quantity IS NULL OR quantity > 0),
        sold integer NOT NULL DEFAULT 0 CHECK (sold >= 0),
        estimated_delivery char(7) NOT NULL,
        CONSTRAINT reward_tiers_not_oversold CHECK (quantity IS NULL OR sold <= quantity),
        CONSTRAINT reward_tiers_position_key UNIQUE (campaign_id, position)
      )`);

    await db.query(`
      CREATE TABLE campaign_milestones (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        position integer NOT NULL,
        title text NOT NULL,
        description text NOT NULL,
        share_bps integer NOT NULL CHECK (share_bps BETWEEN 1 AND 10000),
        due_on date NOT NULL,
        status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'evidence_submitted', 'released', 'rejected', 'overdue')),
        CONSTRAINT campaign_milestones_position_key UNIQUE (campaign_id, position)
      )`);

    await db.query(`
      CREATE TABLE campaign_images (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        content_type text NOT NULL,
        size integer NOT NULL CHECK (size > 0),
        sha256 char(64) NOT NULL,
        uploaded_by uuid NOT NULL REFERENCES users (id),
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX campaign_images_campaign_idx ON campaign_images (campaign_id)`);

    await db.query(`
      CREATE TABLE risk_assessments (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        campaign_version integer NOT NULL,
        score integer NOT NULL CHECK (score BETWEEN 0 AND 100),
        grade char(1) NOT NULL CHECK (grade IN ('A', 'B', 'C', 'D', 'E')),
        factors jsonb NOT NULL,
        -- what was judged: the figures of the company and campaign at that moment
        input jsonb NOT NULL,
        assessed_at timestamptz NOT NULL
      )`);
    await db.query(`CREATE INDEX risk_assessments_campaign_idx ON risk_assessments (campaign_id, assessed_at DESC)`);

    await db.query(`
      CREATE TABLE reviews (
        id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
        campaign_id uuid NOT NULL REFERENCES campaigns (id) ON DELETE CASCADE,
        reviewer_id uuid NOT NULL REFERENCES users (id),
        decision text NOT NULL CHECK (decision IN ('approve', 'request_changes', 'reject')),
        reasons text NOT NULL,
        checklist jsonb NOT NULL,
        campaign_version integer NOT NULL,
        from_status text NOT NULL,
        to_status text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now()
      )`);
    await db.query(`CREATE INDEX reviews_campaign_idx ON reviews (campaign_id, created_at DESC)`);
  }

  async down(db: QueryRunner): Promise<void> {
    for (const table of [
      'reviews',
      'risk_assessments',
      'campaign_images',
      'campaign_milestones',
      'reward_tiers',
      'campaigns',
      'company_documents',
      'company_members',
      'companies',
    ]) {
      await db.query(`DROP TABLE ${table}`);
    }
  }
}
