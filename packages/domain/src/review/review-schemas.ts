import { z } from 'zod';
import { textSchema } from '../common/text';
import type { CampaignStatus } from '../campaigns/campaign-types';
import type { CampaignSummaryView } from '../campaigns/campaign-views';
import type { RiskAssessmentView } from '../risk/risk-assessment';

/** What a reviewer confirms before approving; each is a box on the review form. */
export const CHECKLIST_ITEMS = ['identity', 'documents', 'financials', 'terms', 'risks'] as const;
export type ChecklistItem = (typeof CHECKLIST_ITEMS)[number];
export type ReviewChecklist = Record<ChecklistItem, boolean>;

export const REVIEW_DECISIONS = ['approve', 'request_changes', 'reject'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Reasons are shown to the founder, so they are required for every decision, approvals included. */
const reasonsSchema = textSchema('Reasons', 1, 5000, {
  multiline: true,
  requiredMessage: 'Reasons are required.',
});

const checklistBox = (item: ChecklistItem) => z.boolean({ error: `Checklist item "${item}" must be true or false.` });

const checklistSchema = z.strictObject({
  identity: checklistBox('identity'),
  documents: checklistBox('documents'),
  financials: checklistBox('financials'),
  terms: checklistBox('terms'),
  risks: checklistBox('risks'),
} satisfies Record<ChecklistItem, z.ZodBoolean>);

/**
 * `POST /api/campaigns/:id/reviews`. Any checklist is valid input; that an
 * approval needs every box ticked is a business rule (422
 * `checklist_incomplete`), see `isChecklistComplete`.
 */
export const reviewDecisionSchema = z.strictObject({
  decision: z.enum(REVIEW_DECISIONS, { error: 'Decision must be approve, request_changes or reject.' }),
  reasons: reasonsSchema,
  checklist: checklistSchema,
});
export type ReviewDecisionInput = z.infer<typeof reviewDecisionSchema>;

export function isChecklistComplete(checklist: ReviewChecklist): boolean {
  return CHECKLIST_ITEMS.every((item) => checklist[item] === true);
}

/** `POST /api/campaigns/:id/cancel`: the reasons go to the founder and every backer. */
export const cancelCampaignSchema = z.strictObject({ reasons: reasonsSchema });
export type CancelCampaignInput = z.infer<typeof cancelCampaignSchema>;

/** `POST /api/campaigns/:id/wind-down` takes the same body: why a funded campaign is being stopped. */
export const windDownCampaignSchema = cancelCampaignSchema;
export type WindDownCampaignInput = CancelCampaignInput;

export interface ReviewView {
  id: string;
  campaignId: string;
  reviewerId: string;
  reviewerName: string;
  decision: ReviewDecision;
  reasons: string;
  checklist: ReviewChecklist;
  /** The version of the campaign the reviewer looked at, so a later edit cannot ride on an old approval. */
  campaignVersion: number;
  fromStatus: CampaignStatus;
  toStatus: CampaignStatus;
  createdAt: string;
}

/** An item of `GET /api/review/queue`: the campaign with its whole risk assessment. */
export type ReviewQueueItemView = CampaignSummaryView & {
  risk: RiskAssessmentView | null;
  /** For a grade D or E campaign waiting for its second approval: who gave the first. */
  approvals: ReviewView[];
  /** The reviewer belongs to the company and may not decide. */
  conflictOfInterest: boolean;
};

/**
 * The answer to `GET /api/campaigns/:id/reviews`: the decisions, newest first, and whether the
 * caller belongs or belonged to the company, so a reviewer's page knows it may not decide.
 */
export interface ReviewHistoryView {
  items: ReviewView[];
  conflictOfInterest: boolean;
}

/** The answer to `POST /api/campaigns/:id/reviews`: the decision and the campaign's status after it. */
export type ReviewDecisionResultView = ReviewView & { campaignStatus: CampaignStatus };
