import type { z } from 'zod';
import { CAMPAIGN_ACTIONS } from '../campaigns/state-machine';
import {
  cancelCampaignSchema,
  CHECKLIST_ITEMS,
  isChecklistComplete,
  REVIEW_DECISIONS,
  reviewDecisionSchema,
  type ReviewChecklist,
} from './review-schemas';

const allTicked: ReviewChecklist = { identity: true, documents: true, financials: true, terms: true, risks: true };

function pathsOf(schema: z.ZodType, input: unknown): string[] {
  const result = schema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => issue.path.join('.'));
}

describe('reviewDecisionSchema', () => {
  it('accepts each decision with trimmed reasons', () => {
    for (const decision of REVIEW_DECISIONS) {
      expect(reviewDecisionSchema.parse({ decision, reasons: '  Looks sound.  ', checklist: allTicked })).toEqual({
        decision,
        reasons: 'Looks sound.',
        checklist: allTicked,
      });
    }
  });

  it('names each decision after the state machine action it takes', () => {
    for (const decision of REVIEW_DECISIONS) expect(CAMPAIGN_ACTIONS).toContain(decision);
  });

  it('requires reasons, and spaces are not reasons', () => {
    for (const reasons of ['', '   ', undefined]) {
      const result = reviewDecisionSchema.safeParse({ decision: 'reject', reasons, checklist: allTicked });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('Reasons are required.');
      expect(result.error?.issues[0]?.path).toEqual(['reasons']);
    }
  });

  it('bounds reasons at 5000 characters', () => {
    expect(
      pathsOf(reviewDecisionSchema, { decision: 'reject', reasons: 'x'.repeat(5000), checklist: allTicked }),
    ).toEqual([]);
    expect(
      pathsOf(reviewDecisionSchema, { decision: 'reject', reasons: 'x'.repeat(5001), checklist: allTicked }),
    ).toEqual(['reasons']);
  });

  it('requires all five checklist booleans and nothing else', () => {
    const { risks: _missing, ...fourItems } = allTicked;
    expect(pathsOf(reviewDecisionSchema, { decision: 'approve', reasons: 'ok', checklist: fourItems })).toEqual([
      'checklist.risks',
    ]);
    expect(
      pathsOf(reviewDecisionSchema, { decision: 'approve', reasons: 'ok', checklist: { ...allTicked, terms: 'yes' } }),
    ).toEqual(['checklist.terms']);
    expect(
      pathsOf(reviewDecisionSchema, { decision: 'approve', reasons: 'ok', checklist: { ...allTicked, extra: true } }),
    ).toEqual(['checklist']);
    expect(
      pathsOf(reviewDecisionSchema, { decision: 'approve', reasons: 'ok', checklist: allTicked, score: 1 }),
    ).toEqual(['']);
    expect(pathsOf(reviewDecisionSchema, { decision: 'maybe', reasons: 'ok', checklist: allTicked })).toEqual([
      'decision',
    ]);
  });
});

describe('isChecklistComplete', () => {
  it('is true only when every item is ticked', () => {
    expect(isChecklistComplete(allTicked)).toBe(true);
    for (const item of CHECKLIST_ITEMS) expect(isChecklistComplete({ ...allTicked, [item]: false })).toBe(false);
  });
});

describe('cancelCampaignSchema', () => {
  it('requires trimmed reasons and nothing else', () => {
    expect(cancelCampaignSchema.parse({ reasons: ' Founder withdrew. ' })).toEqual({ reasons: 'Founder withdrew.' });
    expect(pathsOf(cancelCampaignSchema, { reasons: ' ' })).toEqual(['reasons']);
    expect(pathsOf(cancelCampaignSchema, {})).toEqual(['reasons']);
    expect(pathsOf(cancelCampaignSchema, { reasons: 'x', refund: false })).toEqual(['']);
  });
});
