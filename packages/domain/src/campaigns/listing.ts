import { z } from 'zod';
import { textSchema } from '../common/text';
import { paginationQuerySchema } from '../common/pagination';
import { RISK_GRADES } from '../risk/risk-grades';
import { CAMPAIGN_TYPES, LISTED_STATUSES } from './campaign-types';

export const CAMPAIGN_SORTS = ['newest', 'deadline', 'funded', 'rate'] as const;
export type CampaignSort = (typeof CAMPAIGN_SORTS)[number];

const typeQuery = z.enum(CAMPAIGN_TYPES, { error: `type must be one of ${CAMPAIGN_TYPES.join(', ')}.` });

/**
 * `GET /api/campaigns`. Query strings arrive as text; an unknown key is an
 * error rather than silently ignored, so a misspelt filter never returns an
 * unfiltered list that looks filtered.
 */
export const campaignListQuerySchema = z.strictObject({
  ...paginationQuerySchema.shape,
  type: typeQuery.optional(),
  /** Without it the listing shows DEFAULT_LISTED_STATUSES; drafts and reviews are never listed. */
  status: z.enum(LISTED_STATUSES, { error: `status must be one of ${LISTED_STATUSES.join(', ')}.` }).optional(),
  q: textSchema('q', 1, 100).optional(),
  sort: z.enum(CAMPAIGN_SORTS, { error: `sort must be one of ${CAMPAIGN_SORTS.join(', ')}.` }).default('newest'),
  featured: z
    .enum(['true', 'false'], { error: 'featured must be true or false.' })
    .transform((text) => text === 'true')
    .optional(),
});
export type CampaignListQuery = z.infer<typeof campaignListQuerySchema>;

/** `GET /api/review/queue`: oldest first, filtered by grade and type. */
export const reviewQueueQuerySchema = z.strictObject({
  ...paginationQuerySchema.shape,
  grade: z.enum(RISK_GRADES, { error: `grade must be one of ${RISK_GRADES.join(', ')}.` }).optional(),
  type: typeQuery.optional(),
});
export type ReviewQueueQuery = z.infer<typeof reviewQueueQuerySchema>;
