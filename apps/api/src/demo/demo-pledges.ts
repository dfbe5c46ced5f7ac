import type { INestApplication } from '@nestjs/common';
import type { InvestorProfileInput, Role } from '@crowdstake/domain';
import { DataSource } from 'typeorm';
import type { RequestAuth } from '../auth/request-auth';
import { CampaignLifecycleService } from '../campaigns/campaign-lifecycle.service';
import { JobRunnerService } from '../jobs/job-runner.service';
import { InvestorProfilesService } from '../pledges/investor-profiles.service';
import { PledgePaymentsService } from '../pledges/pledge-payments.service';
import { PledgePlacementService } from '../pledges/pledge-placement.service';

/** More demo backers, so campaigns have crowds; they sign in with the demo password like every demo account. */
export const DEMO_BACKERS: { key: string; email: string; name: string; role: Role }[] = [
  { key: 'backer2', email: 'backer2@demo.crowdstake.test', name: 'Priya Nair (demo backer)', role: 'backer' },
  { key: 'backer3', email: 'backer3@demo.crowdstake.test', name: 'Jonas Weber (demo backer)', role: 'backer' },
  { key: 'backer4', email: 'backer4@demo.crowdstake.test', name: 'Aiko Tanaka (demo backer)', role: 'backer' },
  { key: 'backer5', email: 'backer5@demo.crowdstake.test', name: 'Grace Mensah (demo backer)', role: 'backer' },
];

/** Declared means (USD cents): Sam and Aiko are not accredited, so their 12-month limit shows in the app. */
const PROFILES: Record<string, InvestorProfileInput> = {
  backer: { annualIncome: 8_500_000, netWorth: 6_000_000, currency: 'USD', accredited: false },
  backer2: { annualIncome: 0, netWorth: 0, currency: 'USD', accredited: true },
  backer3: { annualIncome: 20_000_000, netWorth: 50_000_000, currency: 'USD', accredited: false },
  backer4: { annualIncome: 6_000_000, netWorth: 4_000_000, currency: 'USD', accredited: false },
  backer5: { annualIncome: 7_000_000, netWorth: 9_000_000, currency: 'USD', accredited: false },
};

/** The emulator's test cards (Stripe's own test ids): what each does is what the demo shows. */
const CARD = {
  ok: 'pm_card_visa',
  declined: 'pm_card_chargeDeclined',
  authenticate: 'pm_card_authenticationRequired',
  declinedLater: 'pm_card_chargeCustomerFail',
} as const;

interface DemoPledge {
  backer: string;
  /** A reward tier by position, a donation amount, bond units or shares. */
  body: { tier: number } | { amount: number } | { units: number } | { shares: number };
  card: string;
}

/**
 * Pledges per campaign (by title), with what becomes of each. Campaigns marked
 * to close are closed after their pledges by the ordinary lifecycle sweep and
 * settlement jobs, as the deadline would.
 */
const DEMO_PLEDGES: { title: string; close?: boolean; pledges: DemoPledge[] }[] = [
  {
    title: 'A second oven for Harbour Bakery',
    pledges: [
      { backer: 'backer', body: { tier: 0 }, card: CARD.ok },
      { backer: 'backer2', body: { tier: 1 }, card: CARD.ok },
      { backer: 'backer3', body: { tier: 2 }, card: CARD.ok },
      { backer: 'backer2', body: { amount: 5_000 }, card: CARD.ok },
      // Aiko's first card is declined at once: the pledge is recorded as failed and takes no room…
      { backer: 'backer4', body: { tier: 1 }, card: CARD.declined },
      // …so she pledged again with another card.
      { backer: 'backer4', body: { tier: 1 }, card: CARD.ok },
      // Waits for the bank's check (3-D Secure): pending, its room reserved.
      { backer: 'backer5', body: { tier: 0 }, card: CARD.authenticate },
    ],
  },
  {
    title: 'Electric cargo bikes for Lumen Cycles',
    pledges: [
      { backer: 'backer', body: { units: 5 }, card: CARD.ok },
      { backer: 'backer2', body: { units: 20 }, card: CARD.ok },
      { backer: 'backer5', body: { units: 10 }, card: CARD.ok },
    ],
  },
  {
    title: 'Community shares in Millbrook Brewing',
    pledges: [
      { backer: 'backer3', body: { shares: 200 }, card: CARD.ok },
      { backer: 'backer4', body: { shares: 100 }, card: CARD.ok },
    ],
  },
  {
    title: 'Sourdough school at Harbour Bakery',
    close: true,
    pledges: [
      { backer: 'backer', body: { tier: 1 }, card: CARD.ok },
      { backer: 'backer2', body: { tier: 1 }, card: CARD.ok },
      { backer: 'backer3', body: { tier: 0 }, card: CARD.ok },
      { backer: 'backer4', body: { tier: 1 }, card: CARD.ok },
      // The card saves, but the charge at success is declined: the pledge waits for the backer to fix it.
      { backer: 'backer5', body: { tier: 0 }, card: CARD.declinedLater },
    ],
  },
  {
    title: 'A canning line for Millbrook Brewing',
    close: true,
    pledges: [
      { backer: 'backer', body: { units: 3 }, card: CARD.ok },
      { backer: 'backer2', body: { units: 10 }, card: CARD.ok },
      { backer: 'backer3', body: { units: 25 }, card: CARD.ok },
    ],
  },
  {
    title: 'Millbrook winter festival',
    close: true,
    pledges: [
      { backer: 'backer4', body: { tier: 0 }, card: CARD.ok },
      { backer: 'backer5', body: { tier: 0 }, card: CARD.ok },
    ],
  },
];

const DAY = 86_400_000;

/**
 * Demo pledges through the same services as `POST /api/campaigns/:id/pledges`
 * (placement, then the payment on the emulator's test cards), so the
 * campaigns' figures, the ledger and the audit log are what real backers
 * would leave. Runs once, right after the demo campaigns are made.
 */
export async function seedDemoPledges(
  app: INestApplication,
  accounts: Record<string, RequestAuth>,
  now: number,
): Promise<void> {
  const profiles = app.get(InvestorProfilesService);
  for (const [key, profile] of Object.entries(PROFILES)) await profiles.put(profile, accounts[key]!);

  const dataSource = app.get(DataSource);
  const placement = app.get(PledgePlacementService);
  const payments = app.get(PledgePaymentsService);
  const toClose: string[] = [];
  for (const campaign of DEMO_PLEDGES) {
    const [row] = (await dataSource.query(`SELECT id FROM campaigns WHERE title = $1 AND status = 'live'`, [
      campaign.title,
    ])) as { id: string }[];
    if (!row) throw new Error(`demo campaign "${campaign.title}" is not live`);
    const tiers = (await dataSource.query(`SELECT id FROM reward_tiers WHERE campaign_id = $1 ORDER BY position`, [
      row.id,
    ])) as { id: string }[];
    for (const [index, pledge] of campaign.pledges.entries()) {
      const body: Record<string, unknown> =
        'tier' in pledge.body ? { tierId: tiers[pledge.body.tier]!.id } : { ...pledge.body, acknowledgedRisk: true };
      if ('amount' in pledge.body) delete body.acknowledgedRisk;
      const auth = accounts[pledge.backer]!;
      const { pledge: placed } = await placement.place(
        row.id,
        { ...body, paymentMethodId: pledge.card },
        `demo-${row.id}-${index}`,
        auth,
      );
      await payments.hold(placed);
    }
    if (campaign.close) toClose.push(row.id);
  }
  await closeAtDeadline(app, toClose, now);
}

/**
 * Demo only: a finished campaign needs its deadline in the past, which no
 * create allows; the dates (and its pledges') are moved back, then the
 * ordinary sweep closes it and the settlement jobs charge or refund.
 */
async function closeAtDeadline(app: INestApplication, campaignIds: string[], now: number): Promise<void> {
  const dataSource = app.get(DataSource);
  await dataSource.query(
    `UPDATE campaigns SET starts_at = $2, live_at = $2, ends_at = $3 WHERE id = ANY($1) AND status = 'live'`,
    [campaignIds, new Date(now - 30 * DAY), new Date(now - 2 * DAY)],
  );
  await dataSource.query(
    `UPDATE pledges SET created_at = $2::timestamptz + (created_at - $3::timestamptz) WHERE campaign_id = ANY($1)`,
    [campaignIds, new Date(now - 12 * DAY), new Date(now)],
  );
  await app.get(CampaignLifecycleService).runDue();
  await app.get(JobRunnerService).drain();
}
