import { CHECKLIST_ITEMS, type ReviewChecklist, type ReviewDecisionInput } from '@crowdstake/domain';
import type { FieldKind } from '../../components/forms/problems';

/** The form's paths the API can name in `details` (reasons, and each box on a 422 checklist_incomplete). */
export const DECISION_FIELDS: Readonly<Record<string, FieldKind>> = {
  reasons: 'text',
  ...Object.fromEntries(CHECKLIST_ITEMS.map((item) => [`checklist.${item}`, 'choice'])),
};

/** Nothing chosen and nothing ticked: the reviewer states each check and the decision deliberately. */
export const EMPTY_DECISION: Partial<ReviewDecisionInput> & { checklist: ReviewChecklist; reasons: string } = {
  reasons: '',
  checklist: { identity: false, documents: false, financials: false, terms: false, risks: false },
};

/** API refusals with a sentence of our own; anything else is said by `useErrorMessage`. */
export const DECISION_ERROR_CODES = [
  'checklist_incomplete',
  'second_reviewer_required',
  'conflict_of_interest',
  'invalid_transition',
] as const;
export type DecisionErrorCode = (typeof DECISION_ERROR_CODES)[number];

export function isDecisionErrorCode(code: string | undefined): code is DecisionErrorCode {
  return (DECISION_ERROR_CODES as readonly (string | undefined)[]).includes(code);
}
