import type { INestApplication } from '@nestjs/common';
import type { CampaignCreateInput, Role } from '@crowdstake/domain';
import type { RequestAuth } from '../auth/request-auth';
import { CampaignImagesService } from '../campaigns/campaign-images.service';
import { CampaignsService } from '../campaigns/campaigns.service';
import { ClockService } from '../clock/clock.service';
import { CompaniesService } from '../companies/companies.service';
import { DocumentsService } from '../companies/documents.service';
import { PayoutAccountsService } from '../payouts/payout-accounts.service';
import { ReviewService } from '../review/review.service';
import type { User } from '../users/user.entity';
import { UsersService } from '../users/users.service';
import { DEMO_CAMPAIGNS, DEMO_COMPANIES, type DemoCampaign } from './demo-catalogue';
import { demoCoverPng, demoPdf } from './demo-images';
import { DEMO_BACKERS, seedDemoPledges } from './demo-pledges';

/** Documented in README.md; the demo data is for trying the platform on a laptop, never for production. */
export const DEMO_PASSWORD = 'crowdstake-demo-2026';

export const DEMO_ACCOUNTS: { key: string; email: string; name: string; role: Role }[] = [
  { key: 'founder', email: 'founder@demo.crowdstake.test', name: 'Mei Chen (demo founder)', role: 'founder' },
  { key: 'founder2', email: 'founder2@demo.crowdstake.test', name: 'Luis Ortega (demo founder)', role: 'founder' },
  { key: 'backer', email: 'backer@demo.crowdstake.test', name: 'Sam Okafor (demo backer)', role: 'backer' },
  { key: 'reviewer', email: 'reviewer@demo.crowdstake.test', name: 'Ana Ruiz (demo reviewer)', role: 'reviewer' },
  { key: 'reviewer2', email: 'reviewer2@demo.crowdstake.test', name: 'Tom Berg (demo reviewer)', role: 'reviewer' },
  { key: 'admin', email: 'admin@demo.crowdstake.test', name: 'Demo Admin', role: 'admin' },
  ...DEMO_BACKERS,
];

export interface DemoSummary {
  password: string;
  accounts: { email: string; role: Role }[];
}

const DAY = 86_400_000;
const FULL_CHECKLIST = { identity: true, documents: true, financials: true, terms: true, risks: true };

/**
 * Demo accounts, companies and campaigns of every type in several states,
 * made once (later starts find them and do nothing). Everything goes through
 * the same services as the API, so the demo obeys the platform's rules: the
 * reviewers' decisions are real decisions and the audit log records them.
 */
export async function seedDemoData(app: INestApplication): Promise<DemoSummary> {
  const accounts = await ensureAccounts(app.get(UsersService));
  const companies = app.get(CompaniesService);
  const summary = { password: DEMO_PASSWORD, accounts: DEMO_ACCOUNTS.map(({ email, role }) => ({ email, role })) };
  if ((await companies.listForUser(accounts.founder!.userId)).length > 0) return summary;

  const now = app.get(ClockService).now().getTime();
  const companyIds = new Map<string, string>();
  for (const demo of DEMO_COMPANIES) {
    const owner = accounts[demo.founder]!;
    // The young studio stays young whenever the demo is started.
    const foundedOn =
      demo.key === 'ceramics' ? new Date(now - 140 * DAY).toISOString().slice(0, 10) : demo.profile.foundedOn;
    const company = await companies.create({ ...demo.profile, foundedOn }, owner);
    companyIds.set(demo.key, company.id);
    for (const document of demo.documents) {
      await app.get(DocumentsService).upload(
        company.id,
        {
          originalname: `${document.kind}.pdf`,
          buffer: demoPdf(`${demo.profile.legalName}: ${document.kind.replace('_', ' ')}`),
        },
        document,
        owner,
      );
    }
    // The payout-account gate: with the emulator the account is ready at once, so the
    // demo's approved campaigns go live; with real Stripe they wait for onboarding.
    const page = `http://localhost/founder/companies/${company.id}`;
    await app.get(PayoutAccountsService).connect(company.id, owner, { refreshUrl: page, returnUrl: page });
  }

  for (const demo of DEMO_CAMPAIGNS) {
    const owner = accounts[DEMO_COMPANIES.find((c) => c.key === demo.company)!.founder]!;
    await seedCampaign(app, demo, companyIds.get(demo.company)!, owner, accounts, now);
  }
  await seedDemoPledges(app, accounts, now);
  return summary;
}

async function ensureAccounts(users: UsersService): Promise<Record<string, RequestAuth>> {
  const byKey: Record<string, RequestAuth> = {};
  for (const account of DEMO_ACCOUNTS) {
    const user: User =
      (await users.findByEmailWithPassword(account.email)) ??
      (await users.create(
        { email: account.email, name: account.name, role: account.role, password: DEMO_PASSWORD },
        { actorId: null, actorRole: 'system' },
      ));
    byKey[account.key] = {
      userId: user.id,
      role: user.role,
      roles: [user.role],
      name: user.name,
      email: user.email,
      sessionId: 'demo-seed',
      via: 'bearer',
    };
  }
  return byKey;
}

async function seedCampaign(
  app: INestApplication,
  demo: DemoCampaign,
  companyId: string,
  owner: RequestAuth,
  accounts: Record<string, RequestAuth>,
  now: number,
) {
  const startsAt = new Date(now + demo.startsInDays * DAY);
  const endsAt = new Date(startsAt.getTime() + demo.runsForDays * DAY);
  const deliveryMonth = new Date(endsAt.getTime() + 60 * DAY).toISOString().slice(0, 7);
  const body = {
    companyId,
    type: demo.type,
    title: demo.title,
    summary: demo.summary,
    description: demo.description,
    ...(demo.risks ? { risks: demo.risks } : {}),
    ...(demo.useOfFunds ? { useOfFunds: demo.useOfFunds } : {}),
    currency: 'USD',
    goal: demo.goal,
    ...(demo.maxAmount ? { maxAmount: demo.maxAmount } : {}),
    startsAt: startsAt.toISOString(),
    endsAt: endsAt.toISOString(),
    terms: demo.terms(deliveryMonth),
  } as CampaignCreateInput;
  const { campaign } = await app.get(CampaignsService).create(body, owner);
  await app
    .get(CampaignImagesService)
    .upload(campaign.id, { originalname: 'cover.png', buffer: demoCoverPng(...demo.cover) }, true, owner);
  if (demo.outcome === 'draft') return;

  const review = app.get(ReviewService);
  await review.submit(campaign.id, owner);
  const decide = (reviewer: RequestAuth, decision: 'approve' | 'request_changes' | 'reject', reasons: string) =>
    review.decide(campaign.id, { decision, reasons, checklist: FULL_CHECKLIST }, reviewer);
  switch (demo.outcome) {
    case 'submitted':
      return;
    case 'in_review':
      // A high-risk campaign with its first approval, waiting in the demo reviewer's queue for the second.
      await decide(
        accounts.reviewer2!,
        'approve',
        'Small and new, but the founder’s plan is sound and honest about the risks. Needs a second look.',
      );
      return;
    case 'changes_requested':
    case 'rejected':
      await decide(
        accounts.reviewer!,
        demo.outcome === 'rejected' ? 'reject' : 'request_changes',
        demo.reasons ?? 'See comments.',
      );
      return;
    case 'approved':
    case 'live':
    case 'succeeded':
    case 'failed':
      await decide(
        accounts.reviewer!,
        'approve',
        'Documents, financials and terms check out; risks are described honestly.',
      );
      return;
  }
}
