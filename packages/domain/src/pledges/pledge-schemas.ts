import { z } from 'zod';
import { whenFieldsValid } from '../common/refinements';
import { positiveMinorAmountSchema } from '../money/money-schemas';
import { positiveCount } from '../campaigns/campaign-terms';
import type { CampaignType } from '../campaigns/campaign-types';

/**
 * A Stripe PaymentMethod id: Stripe's own (`pm_…`) or one of its test ids
 * (`pm_card_visa`, …), which work in test mode and in the emulator alike.
 */
export const paymentMethodIdSchema = z
  .string({ error: 'Payment method is required.' })
  .regex(/^pm_[A-Za-z0-9_]{1,200}$/, 'Payment method must be a Stripe PaymentMethod id (pm_…).');

/**
 * Optional to the schema: a bond or share pledge without it (or with false) is refused by the rule,
 * 422 `risk_not_acknowledged`, as the contract says, not as malformed input.
 */
const acknowledgedRisk = z.boolean({ error: 'Acknowledge the risk warning (true) to invest.' }).optional();

/** A reward tier, or a donation of an amount; never both. */
export const rewardPledgeSchema = z
  .strictObject({
    tierId: z.uuid('Tier must be the id of one of the campaign’s reward tiers.').optional(),
    amount: positiveMinorAmountSchema.optional(),
    paymentMethodId: paymentMethodIdSchema,
  })
  .superRefine((pledge, ctx) => {
    if ((pledge.tierId === undefined) === (pledge.amount === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: ['tierId'],
        message: 'Choose a reward tier (tierId) or give a donation amount (amount), not both.',
      });
    }
  }, whenFieldsValid);
export type RewardPledgeInput = z.infer<typeof rewardPledgeSchema>;

/** Units of a bond; the server computes the amount, so a client-sent amount is an unknown field. */
export const bondPledgeSchema = z.strictObject({
  units: positiveCount('Units'),
  acknowledgedRisk,
  paymentMethodId: paymentMethodIdSchema,
});
export type BondPledgeInput = z.infer<typeof bondPledgeSchema>;

/** Shares of an offering at its price; as for bonds, the amount is the server's. */
export const sharePledgeSchema = z.strictObject({
  shares: positiveCount('Shares'),
  acknowledgedRisk,
  paymentMethodId: paymentMethodIdSchema,
});
export type SharePledgeInput = z.infer<typeof sharePledgeSchema>;

export interface PledgeInputByType {
  reward: RewardPledgeInput;
  bond: BondPledgeInput;
  shareholding: SharePledgeInput;
}
export type PledgeInput = PledgeInputByType[CampaignType];

export const pledgeSchemas = {
  reward: rewardPledgeSchema,
  bond: bondPledgeSchema,
  shareholding: sharePledgeSchema,
} as const satisfies Record<CampaignType, z.ZodType>;

/** `Idempotency-Key`: any printable token a client generates (a UUID is typical; the contract sets no length). */
export const idempotencyKeySchema = z
  .string({ error: 'The Idempotency-Key header is required for a pledge.' })
  .regex(/^[\x21-\x7e]{1,255}$/, 'Idempotency-Key must be 1 to 255 printable characters without spaces.');
