import type { FieldError } from '../common/field-errors';
import type { BondTerms, ShareholdingTerms } from './campaign-terms';
import { isInvestmentType, type CampaignType } from './campaign-types';

/**
 * Fewer characters than this is not an account of risks or of where the money
 * goes ("None.", "TBD"): an investment campaign cannot be submitted with it.
 */
export const MIN_DISCLOSURE_TO_SUBMIT = 40;

/** What submission looks at, beyond `checkCampaignRules`: the texts and the terms a backer must know. */
export interface SubmissionDraft {
  type: CampaignType;
  risks?: string | null;
  useOfFunds?: string | null;
  terms: unknown;
}

/** Characters a person reads: code points of the text without surrounding whitespace. */
export function disclosureLength(text: string | null | undefined): number {
  return text ? [...text.trim()].length : 0;
}

function requiredText(
  path: string,
  what: string,
  text: string | null | undefined,
  minimum = MIN_DISCLOSURE_TO_SUBMIT,
): FieldError[] {
  const length = disclosureLength(text);
  if (length === 0) {
    return [{ path, code: 'required_to_submit', message: `${what} must be written before the campaign is submitted.` }];
  }
  if (length < minimum) {
    return [
      {
        path,
        code: 'too_short_to_submit',
        params: { minimum, length },
        message: `${what} must be at least ${minimum} characters before the campaign is submitted.`,
      },
    ];
  }
  return [];
}

function choice(path: string, what: string, present: boolean): FieldError[] {
  return present
    ? []
    : [{ path, code: 'required_to_submit', message: `${what} must be stated before the campaign is submitted.` }];
}

function bondTermsToSubmit(terms: Partial<BondTerms>): FieldError[] {
  return [
    ...choice('terms.secured', 'Whether the bond is secured', terms.secured !== undefined),
    ...(terms.secured === true ? requiredText('terms.security', 'What secures the bond', terms.security, 1) : []),
    ...choice('terms.earlyRepayment', 'Whether the company may repay early', terms.earlyRepayment !== undefined),
    ...requiredText('terms.latePayment', 'What happens on late payment and default', terms.latePayment),
  ];
}

function shareTermsToSubmit(terms: Partial<ShareholdingTerms>): FieldError[] {
  return [
    ...choice('terms.votingRights', 'The voting rights of the shares', terms.votingRights !== undefined),
    ...choice('terms.holding', 'How the shares are held', terms.holding !== undefined),
    ...(terms.holding === 'nominee' && disclosureLength(terms.nominee) === 0
      ? [
          {
            path: 'terms.nominee',
            code: 'required_to_submit' as const,
            message: 'Name the nominee that holds the shares.',
          },
        ]
      : []),
  ];
}

/**
 * What a campaign needs before it goes to review, on top of `checkCampaignRules`
 * (which also applies to saving). These fields are optional while a draft is
 * written, so that a founder can save half-done work; a bond or share offering
 * cannot reach backers without an account of its risks, of what the money is
 * for, and of the terms a backer must know. An empty list means it may be submitted.
 */
export function checkSubmissionRules(draft: SubmissionDraft): FieldError[] {
  if (!isInvestmentType(draft.type)) return [];
  const terms = (draft.terms ?? {}) as Record<string, unknown>;
  return [
    ...requiredText('risks', 'Risks', draft.risks),
    ...requiredText('useOfFunds', 'Use of funds', draft.useOfFunds),
    ...(draft.type === 'bond'
      ? bondTermsToSubmit(terms as Partial<BondTerms>)
      : shareTermsToSubmit(terms as Partial<ShareholdingTerms>)),
  ];
}
