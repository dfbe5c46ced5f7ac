import {
  type ApiErrorBody,
  bondTermsSchema,
  CAMPAIGN_STATUSES,
  type CampaignSummaryView,
  type CampaignView,
  CHECKLIST_ITEMS,
  type CompanyInvitationView,
  type CompanyMemberView,
  type CompanyPublicView,
  type CompanyView,
  CURRENCY_EXPONENTS,
  type CurrencyCode,
  DOCUMENT_KINDS,
  type DocumentView,
  ERROR_CODES,
  FIELD_ERROR_CODES,
  founderIdentitySchema,
  INDUSTRIES,
  INVITATION_STATUSES,
  type InvestorProfileView,
  type LoginResult,
  MILESTONE_STATUSES,
  milestoneInputSchema,
  type MyInvitationView,
  PLEDGE_STATUSES,
  type PledgeView,
  REVIEW_DECISIONS,
  type ReviewDecisionResultView,
  type ReviewQueueItemView,
  type ReviewView,
  rewardTierInputSchema,
  RISK_FACTOR_KEYS,
  RISK_GRADES,
  RISK_REASON_CODES,
  ROLES,
  shareholdingTermsSchema,
  type UserView,
  type ReviewHistoryView,
  teamSchema,
} from '@crowdstake/domain';
import { z } from 'zod';
import type { CampaignSettlementView } from '../settlement/campaign-settlement.controller';
import { LEDGER_TRANSACTION_RULES } from '../ledger/ledger-chart';
import type { CampaignMoneyTrail } from '../ledger/money-trail';
import type { PayoutAccountView } from '../payouts/payout-accounts.service';
import type { ReconciliationReport } from '../reconciliation/reconciliation.service';

/**
 * The answers of the API as zod schemas, for the OpenAPI document (openapi/api-doc.ts).
 * The answers themselves are built by TypeScript code typed with the domain's
 * view types; each schema here is checked against that type below (`Same`), so
 * the document cannot describe a field the code does not send, nor miss one.
 */

/** Mutual assignability and the same keys: a field added, removed or retyped on either side fails to compile. */
type Same<A, B> = [A] extends [B]
  ? [B] extends [A]
    ? [keyof A] extends [keyof B]
      ? [keyof B] extends [keyof A]
        ? true
        : false
      : false
    : false
  : false;
/** Compiles only when `T` is `true`. */
function assertSame<T extends true>(): T | void {
  return undefined;
}

const id = z.string().describe('An opaque id (a UUID today).');
const instant = z.iso.datetime({ offset: true }).describe('An ISO 8601 instant.');
const day = z.iso.date().describe('A calendar day, YYYY-MM-DD.');
const count = z.int().min(0);
const minor = z.int().min(0).describe('An amount in minor units of `currency`.');
const currency = z.enum(Object.keys(CURRENCY_EXPONENTS) as [CurrencyCode, ...CurrencyCode[]]);

export const errorCodeSchema = z.enum(ERROR_CODES);

/** `{statusCode, error, message, code?, details?, requestId?}`: every error answer. */
const apiErrorSchemaBase = z.object({
  statusCode: z.int(),
  error: z.string().describe('The HTTP reason phrase.'),
  message: z.string().describe('One sentence for a person.'),
  code: errorCodeSchema.optional().describe('A stable machine word a client can act on.'),
  details: z
    .array(
      z.object({
        path: z.string(),
        message: z.string(),
        code: z.enum(FIELD_ERROR_CODES),
        params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean()])).optional(),
      }),
    )
    .optional()
    .describe('Field errors of a 400.'),
  requestId: z.string().optional().describe('Also the X-Request-Id header; quote it to an operator.'),
});
export const apiErrorSchema = apiErrorSchemaBase.meta({ id: 'ApiError' });
assertSame<Same<z.infer<typeof apiErrorSchema>, ApiErrorBody>>();

// Accounts

const userSchemaBase = z.object({
  id,
  email: z.string(),
  name: z.string(),
  role: z.enum(ROLES),
  roles: z.array(z.enum(ROLES)).describe('Every role of the account, `role` first (a backer who also founds).'),
  createdAt: instant,
});
export const userSchema = userSchemaBase.meta({ id: 'User' });
assertSame<Same<z.infer<typeof userSchema>, UserView>>();

export const loginResultSchema = z.object({ accessToken: z.string(), user: userSchema });
assertSame<Same<z.infer<typeof loginResultSchema>, LoginResult>>();

export const sessionSchema = z.object({ user: userSchema.nullable() });
export const signedOutSchema = z.object({ signedOut: z.literal(true) });
export const signedOutEverywhereSchema = z.object({
  signedOut: z.literal(true),
  sessions: count.describe('How many sessions were ended.'),
});

const investorProfileViewSchemaBase = z.object({
  annualIncome: minor,
  netWorth: minor,
  currency,
  accredited: z.boolean(),
  limit: z.object({ total: minor.nullable(), used: minor, remaining: minor.nullable() }),
  updatedAt: instant,
});
export const investorProfileViewSchema = investorProfileViewSchemaBase.meta({ id: 'InvestorProfile' });
assertSame<Same<z.infer<typeof investorProfileViewSchema>, InvestorProfileView>>();

// Companies

const companyPublicSchemaBase = z.object({
  id,
  legalName: z.string(),
  jurisdiction: z.string(),
  industry: z.enum(INDUSTRIES),
  foundedOn: day,
  website: z.string().nullable(),
  employees: count,
  team: teamSchema,
});
export const companyPublicSchema = companyPublicSchemaBase.meta({ id: 'CompanyPublic' });
assertSame<Same<z.infer<typeof companyPublicSchema>, CompanyPublicView>>();

const companySchemaBase = companyPublicSchemaBase.extend({
  ownerId: id,
  registrationNumber: z.string(),
  annualRevenue: minor,
  totalDebt: minor,
  currency,
  founderIdentity: founderIdentitySchema.nullable(),
  payoutReady: z.boolean(),
  createdAt: instant,
});
export const companySchema = companySchemaBase.meta({ id: 'Company' });
assertSame<Same<z.infer<typeof companySchema>, CompanyView>>();

const companyInvitationSchemaBase = z.object({
  id,
  companyId: id,
  email: z.string(),
  status: z.enum(INVITATION_STATUSES),
  invitedAt: instant,
  answeredAt: instant.nullable(),
});
export const companyInvitationSchema = companyInvitationSchemaBase.meta({ id: 'CompanyInvitation' });
assertSame<Same<z.infer<typeof companyInvitationSchema>, CompanyInvitationView>>();

const myInvitationSchemaBase = z.object({
  id,
  companyId: id,
  companyName: z.string(),
  invitedBy: z.string(),
  status: z.enum(INVITATION_STATUSES),
  invitedAt: instant,
});
export const myInvitationSchema = myInvitationSchemaBase.meta({ id: 'MyInvitation' });
assertSame<Same<z.infer<typeof myInvitationSchema>, MyInvitationView>>();

export const invitationAnswerSchema = z.object({ status: z.enum(['accepted', 'declined']) });

const memberSchemaBase = z.object({
  userId: id,
  name: z.string(),
  email: z.string(),
  role: z.enum(['owner', 'member']),
  addedAt: instant,
});
export const memberSchema = memberSchemaBase.meta({ id: 'CompanyMember' });
assertSame<Same<z.infer<typeof memberSchema>, CompanyMemberView>>();

const documentSchemaBase = z.object({
  id,
  companyId: id,
  kind: z.enum(DOCUMENT_KINDS),
  filename: z.string(),
  contentType: z.string(),
  size: count.describe('Bytes.'),
  sha256: z.string(),
  public: z.boolean(),
  createdAt: instant,
  url: z.string().describe('Where to download it.'),
});
export const documentSchema = documentSchemaBase.meta({ id: 'Document' });
assertSame<Same<z.infer<typeof documentSchema>, DocumentView>>();

const payoutAccountSchemaBase = z.object({
  accountId: z.string(),
  ready: z.boolean(),
  onboardingUrl: z.string().optional(),
});
export const payoutAccountSchema = payoutAccountSchemaBase.meta({ id: 'PayoutAccount' });
assertSame<Same<z.infer<typeof payoutAccountSchema>, PayoutAccountView>>();

export const revokedSchema = z.object({ revoked: z.literal(true) });
export const removedSchema = z.object({ removed: z.literal(true) });

// Risk

const riskReasonFields = {
  reasonCode: z.enum(RISK_REASON_CODES),
  params: z.record(z.string(), z.union([z.string(), z.number(), z.array(z.string()).readonly()])).readonly(),
  reason: z.string().describe('The same reason as an English sentence.'),
};
const riskFactorSchema = z.object({
  key: z.enum(RISK_FACTOR_KEYS),
  label: z.string(),
  points: z.int(),
  maxPoints: z.int(),
  ...riskReasonFields,
});
const riskAssessmentBase = z.object({
  score: z.int(),
  grade: z.enum(RISK_GRADES),
  factors: z.array(riskFactorSchema),
  publicFactors: z.array(riskFactorSchema).optional(),
  assessedAt: instant,
});
export const riskAssessmentSchema = riskAssessmentBase.meta({ id: 'RiskAssessment' });
const riskSummarySchema = riskAssessmentBase.pick({ score: true, grade: true });

// Campaigns

const rewardTermsViewSchema = z.object({
  tiers: z.array(
    rewardTierInputSchema.extend({ id, sold: count, remaining: count.nullable().describe('null: unlimited.') }),
  ),
  allowDonations: z.boolean(),
});
const termsByType = {
  reward: rewardTermsViewSchema,
  bond: bondTermsSchema,
  shareholding: shareholdingTermsSchema,
} as const;

const campaignBaseFields = {
  id,
  status: z.enum(CAMPAIGN_STATUSES),
  title: z.string(),
  summary: z.string(),
  currency,
  goal: minor,
  maxAmount: minor.nullable(),
  raised: minor,
  backers: count,
  startsAt: instant,
  endsAt: instant,
  company: companyPublicSchema,
  coverImageUrl: z.string().nullable(),
  createdAt: instant,
  updatedAt: instant,
  submittedAt: instant.nullable(),
  liveAt: instant.nullable(),
};
const campaignDetailFields = {
  ...campaignBaseFields,
  description: z.string(),
  risks: z.string().nullable(),
  useOfFunds: z.string().nullable(),
  milestones: z.array(milestoneInputSchema.extend({ id, dueOn: day, status: z.enum(MILESTONE_STATUSES) })),
  risk: riskAssessmentSchema.nullable(),
};

function byType<Fields extends z.ZodRawShape>(fields: Fields) {
  return z.discriminatedUnion('type', [
    z.object({ ...fields, type: z.literal('reward'), terms: termsByType.reward }),
    z.object({ ...fields, type: z.literal('bond'), terms: termsByType.bond }),
    z.object({ ...fields, type: z.literal('shareholding'), terms: termsByType.shareholding }),
  ]);
}

const campaignSchemaBase = byType(campaignDetailFields);
export const campaignSchema = campaignSchemaBase.meta({ id: 'Campaign' });
assertSame<Same<z.infer<typeof campaignSchema>, CampaignView>>();

const campaignSummarySchemaBase = byType({ ...campaignBaseFields, risk: riskSummarySchema.nullable() });
export const campaignSummarySchema = campaignSummarySchemaBase.meta({ id: 'CampaignSummary' });
assertSame<Same<z.infer<typeof campaignSummarySchema>, CampaignSummaryView>>();

export const campaignImageSchema = z.object({
  id,
  url: z.string(),
  contentType: z.string(),
  size: count.describe('Bytes.'),
});

const moneyTrailSchemaBase = z.object({
  currency: z.string().nullable(),
  collected: minor,
  fees: minor,
  released: minor,
  refunded: minor,
  repaid: minor,
  inEscrow: minor,
  entries: z.array(
    z.object({
      kind: z.enum(Object.keys(LEDGER_TRANSACTION_RULES) as [keyof typeof LEDGER_TRANSACTION_RULES]),
      amount: z.int(),
      at: instant,
      transactionId: z.string(),
    }),
  ),
});
export const moneyTrailSchema = moneyTrailSchemaBase.meta({ id: 'MoneyTrail' });
assertSame<Same<z.infer<typeof moneyTrailSchema>, CampaignMoneyTrail>>();

// Review

const reviewSchemaBase = z.object({
  id,
  campaignId: id,
  reviewerId: id,
  reviewerName: z.string(),
  decision: z.enum(REVIEW_DECISIONS),
  reasons: z.string(),
  checklist: z.object(
    Object.fromEntries(CHECKLIST_ITEMS.map((item) => [item, z.boolean()])) as Record<
      (typeof CHECKLIST_ITEMS)[number],
      z.ZodBoolean
    >,
  ),
  campaignVersion: z.int(),
  fromStatus: z.enum(CAMPAIGN_STATUSES),
  toStatus: z.enum(CAMPAIGN_STATUSES),
  createdAt: instant,
});
export const reviewSchema = reviewSchemaBase.meta({ id: 'Review' });
assertSame<Same<z.infer<typeof reviewSchema>, ReviewView>>();

export const reviewHistorySchema = z
  .object({ items: z.array(reviewSchema), conflictOfInterest: z.boolean() })
  .meta({ id: 'ReviewHistory' });
assertSame<Same<z.infer<typeof reviewHistorySchema>, ReviewHistoryView>>();

const reviewDecisionResultSchemaBase = reviewSchemaBase.extend({ campaignStatus: z.enum(CAMPAIGN_STATUSES) });
export const reviewDecisionResultSchema = reviewDecisionResultSchemaBase.meta({ id: 'ReviewDecisionResult' });
assertSame<Same<z.infer<typeof reviewDecisionResultSchema>, ReviewDecisionResultView>>();

const reviewQueueItemSchemaBase = byType({
  ...campaignBaseFields,
  risk: riskAssessmentSchema.nullable(),
  approvals: z.array(reviewSchema),
  conflictOfInterest: z.boolean(),
});
export const reviewQueueItemSchema = reviewQueueItemSchemaBase.meta({ id: 'ReviewQueueItem' });
assertSame<Same<z.infer<typeof reviewQueueItemSchema>, ReviewQueueItemView>>();

// Pledges and payments

const pledgeSchemaBase = z.object({
  id,
  campaignId: id,
  status: z.enum(PLEDGE_STATUSES),
  amount: minor,
  currency,
  tierId: id.optional(),
  units: count.optional(),
  shares: count.optional(),
  createdAt: instant,
  cancellableUntil: instant,
  nextAction: z.object({ clientSecret: z.string() }).optional(),
});
export const pledgeSchema = pledgeSchemaBase.meta({ id: 'Pledge' });
assertSame<Same<z.infer<typeof pledgeSchema>, PledgeView>>();

export const paymentsConfigSchema = z.object({
  mode: z.enum(['stripe', 'emulator']),
  publishableKey: z.string().nullable(),
});

// Platform

export const healthSchema = z.object({
  status: z.enum(['ok', 'degraded']),
  checks: z.object({ database: z.enum(['up', 'down']) }),
  database: z.enum(['up', 'down']),
  databaseLatencyMs: count,
  time: instant,
});

const reconciliationSchemaBase = z.object({
  mode: z.enum(['stripe', 'emulator']),
  campaigns: count,
  differences: z.array(
    z.object({ campaignId: id, figure: z.enum(['collected', 'released']), ledger: z.int(), stripe: z.int() }),
  ),
});
export const reconciliationSchema = reconciliationSchemaBase.meta({ id: 'Reconciliation' });
assertSame<Same<z.infer<typeof reconciliationSchema>, ReconciliationReport>>();

export const clockSchema = z.object({ now: instant });

/** `{items, total, page, pageSize}`: every paged list. */
export function pageOf(item: z.ZodType) {
  return z.object({ items: z.array(item), total: count, page: z.int().min(1), pageSize: z.int().min(1) });
}

/** `{items}`: a collection that belongs to one thing, whole. */
export function itemsOf(item: z.ZodType) {
  return z.object({ items: z.array(item) });
}

// Settlement

const pledgeCount = z.int().min(0);
export const campaignSettlementSchema = z
  .object({
    campaignId: id,
    campaignStatus: z.enum(CAMPAIGN_STATUSES),
    currency,
    state: z.enum(['not_due', 'in_progress', 'complete']),
    collected: z.int(),
    fees: z.int(),
    released: z.int(),
    paidOut: z.int(),
    refunded: z.int(),
    inEscrow: z.int(),
    pledges: z.object({
      open: pledgeCount,
      settled: pledgeCount,
      refunded: pledgeCount,
      cancelled: pledgeCount,
      failed: pledgeCount,
    }),
  })
  .meta({ id: 'CampaignSettlement' });
assertSame<Same<z.infer<typeof campaignSettlementSchema>, CampaignSettlementView>>();

// Password reset

export const passwordResetRequestedSchema = z.object({ requested: z.literal(true) });
export const passwordResetDoneSchema = z.object({ reset: z.literal(true) });
