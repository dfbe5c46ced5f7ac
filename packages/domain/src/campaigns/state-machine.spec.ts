import { CAMPAIGN_STATUSES, type CampaignStatus } from './campaign-types';
import {
  allowedActions,
  CAMPAIGN_ACTIONS,
  CAMPAIGN_ACTORS,
  CAMPAIGN_TRANSITIONS,
  planTransition,
  type CampaignAction,
  type CampaignActor,
} from './state-machine';

/**
 * The lifecycle written out by hand from docs/lifecycle-and-review.md, independently of the
 * table, as "from action actor → to". With a low grade (B) and a second
 * reviewer who is not the first, exactly these succeed.
 */
const EXPECTED_LOW_GRADE = new Map<string, CampaignStatus>([
  ['draft submit owner', 'submitted'],
  ['changes_requested submit owner', 'submitted'],
  ['submitted approve reviewer', 'approved'],
  ['in_review approve reviewer', 'approved'],
  ['submitted request_changes reviewer', 'changes_requested'],
  ['in_review request_changes reviewer', 'changes_requested'],
  ['submitted reject reviewer', 'rejected'],
  ['in_review reject reviewer', 'rejected'],
  ['approved go_live system', 'live'],
  ['approved expire_unstarted system', 'cancelled'],
  ['live close_succeeded system', 'succeeded'],
  ['live close_failed system', 'failed'],
  ['approved cancel owner', 'cancelled'],
  ['approved cancel reviewer', 'cancelled'],
  ['live cancel owner', 'cancelled'],
  ['live cancel reviewer', 'cancelled'],
]);

/** Who may ever take each action, from docs/lifecycle-and-review.md. */
const ACTORS_OF: Record<CampaignAction, readonly CampaignActor[]> = {
  submit: ['owner'],
  approve: ['reviewer'],
  request_changes: ['reviewer'],
  reject: ['reviewer'],
  go_live: ['system'],
  expire_unstarted: ['system'],
  close_succeeded: ['system'],
  close_failed: ['system'],
  cancel: ['owner', 'reviewer'],
};

const everyCombination = CAMPAIGN_STATUSES.flatMap((from) =>
  CAMPAIGN_ACTIONS.flatMap((action) => CAMPAIGN_ACTORS.map((actor) => ({ from, action, actor }))),
);

describe('planTransition: the whole table', () => {
  it('covers 10 statuses × 9 actions × 3 actors', () => {
    expect(everyCombination).toHaveLength(270);
  });

  it.each(everyCombination)('$from --$action by $actor', ({ from, action, actor }) => {
    const plan = planTransition({
      from,
      action,
      actor,
      grade: 'B',
      priorApprovalBy: 'reviewer-1',
      actorId: 'reviewer-2',
    });
    const expectedTo = EXPECTED_LOW_GRADE.get(`${from} ${action} ${actor}`);
    if (expectedTo !== undefined) {
      expect(plan).toEqual({ ok: true, to: expectedTo });
      return;
    }
    const actionExistsFromHere = [...EXPECTED_LOW_GRADE.keys()].some((key) => key.startsWith(`${from} ${action} `));
    const reason = actionExistsFromHere || !ACTORS_OF[action].includes(actor) ? 'forbidden' : 'invalid_transition';
    expect(plan).toEqual({ ok: false, reason });
  });

  it('never lets a status go to itself and never leaves a terminal status', () => {
    for (const row of CAMPAIGN_TRANSITIONS) expect(row.to).not.toBe(row.from);
    for (const terminal of ['rejected', 'succeeded', 'failed', 'cancelled'] as const) {
      expect(CAMPAIGN_TRANSITIONS.filter((row) => row.from === terminal)).toEqual([]);
    }
  });
});

describe('planTransition: approvals by risk grade', () => {
  it.each(['A', 'B', 'C'] as const)('grade %s: one approval makes the campaign approved', (grade) => {
    expect(planTransition({ from: 'submitted', action: 'approve', actor: 'reviewer', grade, actorId: 'r1' })).toEqual({
      ok: true,
      to: 'approved',
    });
  });

  it.each(['D', 'E'] as const)('grade %s: the first approval only moves it to in_review', (grade) => {
    expect(planTransition({ from: 'submitted', action: 'approve', actor: 'reviewer', grade, actorId: 'r1' })).toEqual({
      ok: true,
      to: 'in_review',
    });
  });

  it('treats a campaign without a grade as high risk (fails safe)', () => {
    expect(planTransition({ from: 'submitted', action: 'approve', actor: 'reviewer', actorId: 'r1' })).toEqual({
      ok: true,
      to: 'in_review',
    });
  });

  it('gives the second approval only to a different reviewer', () => {
    const second = { from: 'in_review', action: 'approve', actor: 'reviewer', grade: 'E' } as const;
    expect(planTransition({ ...second, priorApprovalBy: 'r1', actorId: 'r2' })).toEqual({ ok: true, to: 'approved' });
    expect(planTransition({ ...second, priorApprovalBy: 'r1', actorId: 'r1' })).toEqual({
      ok: false,
      reason: 'second_reviewer_required',
    });
  });

  it('refuses a second approval when it cannot tell who approved first or who acts', () => {
    const second = { from: 'in_review', action: 'approve', actor: 'reviewer' } as const;
    expect(planTransition({ ...second, actorId: 'r2' })).toEqual({ ok: false, reason: 'second_reviewer_required' });
    expect(planTransition({ ...second, priorApprovalBy: 'r1' })).toEqual({
      ok: false,
      reason: 'second_reviewer_required',
    });
  });

  it('lets the first approver still request changes or reject', () => {
    const context = { priorApprovalBy: 'r1', actorId: 'r1' };
    expect(planTransition({ from: 'in_review', action: 'reject', actor: 'reviewer', ...context })).toEqual({
      ok: true,
      to: 'rejected',
    });
    expect(planTransition({ from: 'in_review', action: 'request_changes', actor: 'reviewer', ...context })).toEqual({
      ok: true,
      to: 'changes_requested',
    });
  });

  it('says forbidden before looking at the status when the actor may never take the action', () => {
    expect(planTransition({ from: 'draft', action: 'approve', actor: 'owner' })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(planTransition({ from: 'live', action: 'go_live', actor: 'reviewer' })).toEqual({
      ok: false,
      reason: 'forbidden',
    });
    expect(planTransition({ from: 'draft', action: 'cancel', actor: 'owner' })).toEqual({
      ok: false,
      reason: 'invalid_transition',
    });
  });
});

describe('allowedActions', () => {
  const table: [CampaignStatus, CampaignActor, CampaignAction[]][] = [
    ['draft', 'owner', ['submit']],
    ['draft', 'reviewer', []],
    ['changes_requested', 'owner', ['submit']],
    ['submitted', 'owner', []],
    ['submitted', 'reviewer', ['approve', 'request_changes', 'reject']],
    ['in_review', 'reviewer', ['approve', 'request_changes', 'reject']],
    ['approved', 'owner', ['cancel']],
    ['approved', 'reviewer', ['cancel']],
    ['approved', 'system', ['go_live', 'expire_unstarted']],
    ['live', 'system', ['close_succeeded', 'close_failed']],
    ['live', 'owner', ['cancel']],
    ['succeeded', 'owner', []],
    ['cancelled', 'reviewer', []],
  ];

  it.each(table)('%s for %s → %j', (status, actor, actions) => {
    expect(allowedActions(status, actor)).toEqual(actions);
  });

  it('agrees with planTransition for every status and actor', () => {
    for (const status of CAMPAIGN_STATUSES) {
      for (const actor of CAMPAIGN_ACTORS) {
        const context = { grade: 'A', priorApprovalBy: 'r1', actorId: 'r2' } as const;
        const succeeding = CAMPAIGN_ACTIONS.filter(
          (action) => planTransition({ from: status, action, actor, ...context }).ok,
        );
        expect(allowedActions(status, actor, context)).toEqual(succeeding);
      }
    }
  });

  it('hides the second approval from the reviewer who gave the first', () => {
    expect(allowedActions('in_review', 'reviewer', { priorApprovalBy: 'r1', actorId: 'r1' })).toEqual([
      'request_changes',
      'reject',
    ]);
    expect(allowedActions('in_review', 'reviewer', { priorApprovalBy: 'r1', actorId: 'r2' })).toEqual([
      'approve',
      'request_changes',
      'reject',
    ]);
  });
});
