import { requiresTwoReviewers, type RiskGrade } from '../risk/risk-grades';
import type { CampaignStatus } from './campaign-types';

export const CAMPAIGN_ACTIONS = [
  'submit',
  'approve',
  'request_changes',
  'reject',
  'go_live',
  'expire_unstarted',
  'close_succeeded',
  'close_failed',
  'cancel',
] as const;
export type CampaignAction = (typeof CAMPAIGN_ACTIONS)[number];

/** Who moves a campaign: its founder, a platform reviewer, or the platform's own jobs (clock, settlement). */
export const CAMPAIGN_ACTORS = ['owner', 'reviewer', 'system'] as const;
export type CampaignActor = (typeof CAMPAIGN_ACTORS)[number];

/**
 * A condition a row needs beyond "from, action, actor":
 * - `single_review`: the risk grade lets one reviewer approve (A–C);
 * - `double_review`: the grade needs two reviewers (D, E), so the first approval only moves it to in_review;
 * - `different_reviewer`: the second approval must come from someone other than the first approver.
 */
export type TransitionGuard = 'single_review' | 'double_review' | 'different_reviewer';

export interface CampaignTransition {
  from: CampaignStatus;
  action: CampaignAction;
  to: CampaignStatus;
  actors: readonly CampaignActor[];
  guard?: TransitionGuard;
}

/**
 * The whole campaign lifecycle. Side conditions that need I/O (the payout
 * account before go-live, the start time, no pledges settled before an owner
 * cancels, a reviewer not reviewing their own company) are checked by the
 * API before it asks this table.
 */
export const CAMPAIGN_TRANSITIONS: readonly CampaignTransition[] = [
  { from: 'draft', action: 'submit', to: 'submitted', actors: ['owner'] },
  { from: 'changes_requested', action: 'submit', to: 'submitted', actors: ['owner'] },

  { from: 'submitted', action: 'approve', to: 'approved', actors: ['reviewer'], guard: 'single_review' },
  { from: 'submitted', action: 'approve', to: 'in_review', actors: ['reviewer'], guard: 'double_review' },
  { from: 'in_review', action: 'approve', to: 'approved', actors: ['reviewer'], guard: 'different_reviewer' },

  { from: 'submitted', action: 'request_changes', to: 'changes_requested', actors: ['reviewer'] },
  { from: 'in_review', action: 'request_changes', to: 'changes_requested', actors: ['reviewer'] },
  { from: 'submitted', action: 'reject', to: 'rejected', actors: ['reviewer'] },
  { from: 'in_review', action: 'reject', to: 'rejected', actors: ['reviewer'] },

  { from: 'approved', action: 'go_live', to: 'live', actors: ['system'] },
  { from: 'approved', action: 'expire_unstarted', to: 'cancelled', actors: ['system'] },
  { from: 'live', action: 'close_succeeded', to: 'succeeded', actors: ['system'] },
  { from: 'live', action: 'close_failed', to: 'failed', actors: ['system'] },

  { from: 'approved', action: 'cancel', to: 'cancelled', actors: ['owner', 'reviewer'] },
  { from: 'live', action: 'cancel', to: 'cancelled', actors: ['owner', 'reviewer'] },
];

export interface TransitionRequest {
  from: CampaignStatus;
  action: CampaignAction;
  actor: CampaignActor;
  /** The risk grade computed at submission; decides whether one approval is enough. */
  grade?: RiskGrade;
  /** The reviewer who gave the first approval of an in_review campaign. */
  priorApprovalBy?: string;
  /** The user acting now (a reviewer's id for approvals). */
  actorId?: string;
}

export type TransitionRefusal = 'invalid_transition' | 'second_reviewer_required' | 'forbidden';

export type TransitionPlan = { ok: true; to: CampaignStatus } | { ok: false; reason: TransitionRefusal };

type GuardContext = Pick<TransitionRequest, 'grade' | 'priorApprovalBy' | 'actorId'>;

/** Each guard answers null when it holds, or why the row does not apply. */
const GUARDS: Record<TransitionGuard, (context: GuardContext) => TransitionRefusal | null> = {
  // A missing grade is treated as high risk: failing safe means a second reviewer, never a skipped one.
  single_review: ({ grade }) => (grade !== undefined && !requiresTwoReviewers(grade) ? null : 'invalid_transition'),
  double_review: ({ grade }) => (grade === undefined || requiresTwoReviewers(grade) ? null : 'invalid_transition'),
  // Without both ids nobody can prove the second approval is someone else's, so it is refused.
  different_reviewer: ({ priorApprovalBy, actorId }) =>
    priorApprovalBy !== undefined && actorId !== undefined && priorApprovalBy !== actorId
      ? null
      : 'second_reviewer_required',
};

/**
 * Where `action` by `actor` takes a campaign in status `from`, or why it may
 * not: `forbidden` when this actor may never take this action from here
 * (an owner approving), `invalid_transition` when the action does not apply
 * to the current status, `second_reviewer_required` when the first approver
 * of a high-risk campaign tries to give the second approval too.
 */
export function planTransition(request: TransitionRequest): TransitionPlan {
  const { from, action, actor } = request;
  const rowsFromHere = CAMPAIGN_TRANSITIONS.filter((row) => row.from === from && row.action === action);
  if (rowsFromHere.length === 0) {
    const actorEverTakesAction = CAMPAIGN_TRANSITIONS.some(
      (row) => row.action === action && row.actors.includes(actor),
    );
    return { ok: false, reason: actorEverTakesAction ? 'invalid_transition' : 'forbidden' };
  }
  const rowsForActor = rowsFromHere.filter((row) => row.actors.includes(actor));
  if (rowsForActor.length === 0) return { ok: false, reason: 'forbidden' };

  let refusal: TransitionRefusal = 'invalid_transition';
  for (const row of rowsForActor) {
    const failed = row.guard === undefined ? null : GUARDS[row.guard](request);
    if (failed === null) return { ok: true, to: row.to };
    refusal = failed;
  }
  return { ok: false, reason: refusal };
}

/**
 * The actions an actor may offer from a status, in table order, for UIs.
 * Without a context guards are ignored (the action exists from here); with
 * one, an action is offered only if it would succeed — so the first
 * approver of an in_review campaign is not shown "approve" again.
 */
export function allowedActions(status: CampaignStatus, actor: CampaignActor, context?: GuardContext): CampaignAction[] {
  const actions: CampaignAction[] = [];
  for (const row of CAMPAIGN_TRANSITIONS) {
    if (row.from !== status || !row.actors.includes(actor) || actions.includes(row.action)) continue;
    if (context !== undefined && !planTransition({ from: status, action: row.action, actor, ...context }).ok) continue;
    actions.push(row.action);
  }
  return actions;
}
