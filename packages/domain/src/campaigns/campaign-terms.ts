import { z } from 'zod';
import { isoDateSchema, yearMonthSchema } from '../common/calendar-schemas';
import { BPS_DENOMINATOR, MAX_MINOR } from '../money/money';
import { positiveMinorAmountSchema } from '../money/money-schemas';
import type { CampaignType } from './campaign-types';
import { textSchema } from '../common/text';
import { whenFieldsValid } from '../common/refinements';
import { issueParams } from '../common/field-errors';

const wholeNumber = (what: string, min: number, max: number) =>
  z
    .number({ error: `${what} must be a whole number.` })
    .int(`${what} must be a whole number.`)
    .min(min, `${what} must be between ${min} and ${max}.`)
    .max(max, `${what} must be between ${min} and ${max}.`);

/** The largest PostgreSQL `integer` (int4). */
export const MAX_INT4 = 2_147_483_647;

/** Counts of units or shares: any positive whole number that JSON carries exactly, or that its column holds. */
export const positiveCount = (what: string, max: number = MAX_MINOR) =>
  z
    .number({ error: `${what} must be a whole number.` })
    .int(`${what} must be a whole number.`)
    .min(1, `${what} must be at least 1.`)
    .max(max, max === MAX_MINOR ? `${what} is too large.` : `${what} must be at most ${max}.`);

// ── reward ──────────────────────────────────────────────────────────────────

export const MAX_REWARD_TIERS = 50;

export const rewardTierInputSchema = z.strictObject({
  title: textSchema('Tier title', 1, 120),
  description: textSchema('Tier description', 0, 2000, { multiline: true }),
  price: positiveMinorAmountSchema,
  /** Absent means unlimited; a limited tier's count is a PostgreSQL integer. */
  quantity: positiveCount('Quantity', MAX_INT4).optional(),
  estimatedDelivery: yearMonthSchema('Estimated delivery'),
});
export type RewardTierInput = z.infer<typeof rewardTierInputSchema>;

export const rewardTermsSchema = z
  .strictObject({
    tiers: z
      .array(rewardTierInputSchema, { error: 'Tiers must be a list.' })
      .max(MAX_REWARD_TIERS, `A campaign can have at most ${MAX_REWARD_TIERS} reward tiers.`),
    allowDonations: z.boolean({ error: 'Allow donations must be true or false.' }),
  })
  .superRefine((terms, ctx) => {
    // With no tiers and no donations a backer would have nothing to pledge for.
    if (terms.tiers.length === 0 && !terms.allowDonations) {
      ctx.addIssue({
        code: 'custom',
        path: ['tiers'],
        message: 'Add at least one reward tier, or allow donations.',
        params: issueParams('tiers_or_donations'),
      });
    }
  }, whenFieldsValid);
export type RewardTerms = z.infer<typeof rewardTermsSchema>;

// ── bond ────────────────────────────────────────────────────────────────────

export const BOND_REPAYMENTS = ['amortizing', 'bullet'] as const;
export type BondRepayment = (typeof BOND_REPAYMENTS)[number];

/** 50% a year is already far beyond any honest small-business loan; anything above is a typo or a scam. */
export const MAX_BOND_RATE_BPS = 5000;
export const MAX_BOND_TERM_MONTHS = 120;

export const BOND_EARLY_REPAYMENTS = ['not_allowed', 'allowed'] as const;
export type BondEarlyRepayment = (typeof BOND_EARLY_REPAYMENTS)[number];

/**
 * What a backer must know of a bond besides its figures. Optional on create
 * and update (the public contract names only the figures); `checkSubmissionRules`
 * requires them before review.
 */
const bondDisclosureFields = {
  /** Whether the bond is secured on something the company owns. */
  secured: z.boolean({ error: 'Secured must be true or false.' }).optional(),
  /** What secures it, when it is secured. */
  security: textSchema('Security', 0, 2000, { multiline: true }).optional(),
  /** Whether the company may repay before the end of the term. */
  earlyRepayment: z
    .enum(BOND_EARLY_REPAYMENTS, { error: 'Early repayment must be "not_allowed" or "allowed".' })
    .optional(),
  /** What the company commits to if a payment is late or it defaults (late interest, notice, enforcement). */
  latePayment: textSchema('Late payment and default', 0, 4000, { multiline: true }).optional(),
};

export const bondTermsSchema = z.strictObject({
  annualRateBps: wholeNumber('Annual rate (basis points)', 1, MAX_BOND_RATE_BPS),
  termMonths: wholeNumber('Term (months)', 1, MAX_BOND_TERM_MONTHS),
  repayment: z.enum(BOND_REPAYMENTS, { error: 'Repayment must be "amortizing" or "bullet".' }),
  denomination: positiveMinorAmountSchema,
  minUnits: positiveCount('Minimum units'),
  ...bondDisclosureFields,
});
export type BondTerms = z.infer<typeof bondTermsSchema>;

// ── shareholding ────────────────────────────────────────────────────────────

export const VOTING_RIGHTS = ['full', 'limited', 'none'] as const;
export type VotingRights = (typeof VOTING_RIGHTS)[number];
export const SHARE_HOLDINGS = ['direct', 'nominee'] as const;
export type ShareHolding = (typeof SHARE_HOLDINGS)[number];

/** What a backer must know of the shares besides their figures; optional until submission, like the bond's. */
const shareDisclosureFields = {
  votingRights: z.enum(VOTING_RIGHTS, { error: 'Voting rights must be "full", "limited" or "none".' }).optional(),
  /** Registered in the backer's own name, or held for them by a nominee. */
  holding: z.enum(SHARE_HOLDINGS, { error: 'Holding must be "direct" or "nominee".' }).optional(),
  /** Who holds the shares for the backers, when a nominee does. */
  nominee: textSchema('Nominee', 0, 200).optional(),
};

export const shareholdingTermsSchema = z
  .strictObject({
    shareClass: textSchema('Share class', 1, 50),
    pricePerShare: positiveMinorAmountSchema,
    preMoneyValuation: positiveMinorAmountSchema,
    sharesOffered: positiveCount('Shares offered'),
    minShares: positiveCount('Minimum shares'),
    ...shareDisclosureFields,
  })
  .superRefine((terms, ctx) => {
    if (terms.minShares > terms.sharesOffered) {
      ctx.addIssue({
        code: 'custom',
        path: ['minShares'],
        message: 'The minimum purchase cannot be more shares than the offering has.',
        params: issueParams('min_shares_above_offering'),
      });
    }
  }, whenFieldsValid);
export type ShareholdingTerms = z.infer<typeof shareholdingTermsSchema>;

// ── by type ─────────────────────────────────────────────────────────────────

export interface CampaignTermsByType {
  reward: RewardTerms;
  bond: BondTerms;
  shareholding: ShareholdingTerms;
}
export type CampaignTerms = CampaignTermsByType[CampaignType];

export const campaignTermsSchemas = {
  reward: rewardTermsSchema,
  bond: bondTermsSchema,
  shareholding: shareholdingTermsSchema,
} as const satisfies Record<CampaignType, z.ZodType>;

// ── milestones ──────────────────────────────────────────────────────────────

export const MAX_MILESTONES = 20;

export const milestoneInputSchema = z.strictObject({
  title: textSchema('Milestone title', 1, 120),
  description: textSchema('Milestone description', 0, 2000, { multiline: true }),
  shareBps: wholeNumber('Milestone share (basis points)', 1, BPS_DENOMINATOR),
  dueOn: isoDateSchema('Due date'),
});
export type MilestoneInput = z.infer<typeof milestoneInputSchema>;

/**
 * Funds released in tranches: the shares are of the whole amount raised, so
 * they must add up to exactly 100%; tranches come in date order. Whether each
 * falls after the deadline is checked by `checkCampaignRules`, which knows it.
 */
export const milestonesSchema = z
  .array(milestoneInputSchema, { error: 'Milestones must be a list.' })
  .min(1, 'Add at least one milestone, or leave milestones out.')
  .max(MAX_MILESTONES, `A campaign can have at most ${MAX_MILESTONES} milestones.`)
  .superRefine((milestones, ctx) => {
    const totalBps = milestones.reduce((sum, milestone) => sum + milestone.shareBps, 0);
    if (totalBps !== BPS_DENOMINATOR) {
      ctx.addIssue({
        code: 'custom',
        path: [],
        message: `Milestone shares must add up to 100% (10000 basis points); they add up to ${totalBps}.`,
        params: issueParams('milestones_total', { total: totalBps }),
      });
    }
    milestones.forEach((milestone, index) => {
      const previous = milestones[index - 1];
      if (previous !== undefined && milestone.dueOn < previous.dueOn) {
        ctx.addIssue({
          code: 'custom',
          path: [index, 'dueOn'],
          message: 'Each milestone must fall due on or after the one before it.',
          params: issueParams('milestone_order'),
        });
      }
    });
  }, whenFieldsValid);
