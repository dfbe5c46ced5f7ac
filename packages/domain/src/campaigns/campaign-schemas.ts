import { z } from 'zod';
import { isoDateTimeSchema } from '../common/calendar-schemas';
import { currencySchema } from '../money/currency-schema';
import { positiveMinorAmountSchema } from '../money/money-schemas';
import {
  bondTermsSchema,
  campaignTermsSchemas,
  milestonesSchema,
  rewardTermsSchema,
  shareholdingTermsSchema,
} from './campaign-terms';
import { CAMPAIGN_TYPES, type CampaignType } from './campaign-types';
import { textSchema } from '../common/text';

/** The fields every campaign has, whatever its type; the create schema adds companyId, type and terms. */
const campaignFields = {
  title: textSchema('Title', 5, 120),
  summary: textSchema('Summary', 10, 280, { multiline: true }),
  /** The story, in Markdown. */
  description: textSchema('Description', 20, 20_000, { multiline: true }),
  risks: textSchema('Risks', 0, 10_000, { multiline: true }).optional(),
  useOfFunds: textSchema('Use of funds', 0, 10_000, { multiline: true }).optional(),
  currency: currencySchema,
  /** The minimum to succeed: all or nothing. */
  goal: positiveMinorAmountSchema,
  /** The hard cap, never exceeded. */
  maxAmount: positiveMinorAmountSchema.optional(),
  startsAt: isoDateTimeSchema('Start'),
  endsAt: isoDateTimeSchema('Deadline'),
  milestones: milestonesSchema.optional(),
};

/** Ids are UUIDs; anything else can name no company (and the database would refuse it). */
const companyIdSchema = z
  .string({ error: 'Company is required.' })
  .trim()
  .min(1, 'Company is required.')
  .pipe(z.guid({ error: 'Company must be the id of one of your companies.' }))
  .transform((id) => id.toLowerCase());

/**
 * The body of `POST /api/campaigns`. `type` picks the schema of `terms`, so
 * a bad term is reported at its own path (`terms.tiers.0.price`,
 * `terms.annualRateBps`). Rules across fields that need the clock are in
 * `checkCampaignRules`.
 */
export const campaignCreateSchema = z.discriminatedUnion(
  'type',
  [
    z.strictObject({
      companyId: companyIdSchema,
      type: z.literal('reward'),
      ...campaignFields,
      terms: rewardTermsSchema,
    }),
    z.strictObject({ companyId: companyIdSchema, type: z.literal('bond'), ...campaignFields, terms: bondTermsSchema }),
    z.strictObject({
      companyId: companyIdSchema,
      type: z.literal('shareholding'),
      ...campaignFields,
      terms: shareholdingTermsSchema,
    }),
  ],
  { error: `Type must be one of ${CAMPAIGN_TYPES.join(', ')}.` },
);
export type CampaignCreateInput = z.infer<typeof campaignCreateSchema>;

/**
 * Patch fields shared by every type: absent means unchanged; `maxAmount:
 * null` removes the cap and `milestones: null` removes the tranches (release
 * at once on success).
 */
const campaignPatchFields = {
  title: campaignFields.title.optional(),
  summary: campaignFields.summary.optional(),
  description: campaignFields.description.optional(),
  risks: campaignFields.risks,
  useOfFunds: campaignFields.useOfFunds,
  currency: campaignFields.currency.optional(),
  goal: campaignFields.goal.optional(),
  maxAmount: positiveMinorAmountSchema.nullable().optional(),
  startsAt: campaignFields.startsAt.optional(),
  endsAt: campaignFields.endsAt.optional(),
  milestones: milestonesSchema.nullable().optional(),
};

function patchSchemaWithTerms<T extends z.ZodType>(terms: T) {
  return z.strictObject({ ...campaignPatchFields, terms: terms.optional() });
}

/**
 * The body of `PATCH /api/campaigns/:id` for a campaign whose type is known
 * (the web form knows it; the API once it has loaded the campaign). `terms`,
 * when present, replaces the whole terms object.
 */
export const campaignPatchSchemas = {
  reward: patchSchemaWithTerms(rewardTermsSchema),
  bond: patchSchemaWithTerms(bondTermsSchema),
  shareholding: patchSchemaWithTerms(shareholdingTermsSchema),
} as const;

export function campaignPatchSchemaFor<T extends CampaignType>(type: T): (typeof campaignPatchSchemas)[T] {
  return campaignPatchSchemas[type];
}

/**
 * The patch body before the campaign's type is known (the body carries no
 * `type`): every field but the content of `terms`, which only has to be an
 * object here. Parse again with `campaignPatchSchemaFor(campaign.type)`.
 */
export const campaignPatchSchema = patchSchemaWithTerms(
  z.record(z.string(), z.unknown(), { error: 'Terms must be an object.' }),
);
export type CampaignPatchInput = z.infer<typeof campaignPatchSchema>;
export type CampaignPatchInputOf<T extends CampaignType> = z.infer<(typeof campaignPatchSchemas)[T]>;

/** The terms schema of a type, for callers that validate terms alone. */
export function termsSchemaFor<T extends CampaignType>(type: T): (typeof campaignTermsSchemas)[T] {
  return campaignTermsSchemas[type];
}
