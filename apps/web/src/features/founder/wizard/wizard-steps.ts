import type { FieldKind } from '../../../components/forms/problems';

/** The wizard's steps in order; the first four edit the draft, the last two look at it and send it. */
export const WIZARD_STEPS = ['basics', 'funding', 'terms', 'story', 'preview', 'submit'] as const;
export type WizardStep = (typeof WIZARD_STEPS)[number];
export type EditingStep = Exclude<WizardStep, 'preview' | 'submit'>;
export const EDITING_STEPS: readonly EditingStep[] = ['basics', 'funding', 'terms', 'story'];

/** The API's top-level fields each step edits; a step's save is a PATCH of these. */
export const STEP_FIELDS: Record<EditingStep, readonly string[]> = {
  basics: ['title', 'summary'],
  funding: ['currency', 'goal', 'maxAmount', 'startsAt', 'endsAt'],
  terms: ['terms'],
  story: ['description', 'risks', 'useOfFunds', 'milestones'],
};

/** Fields the draft is created with and never changes (the API refuses them in a patch). */
const FIXED_FIELDS = ['companyId', 'type'];

export function isWizardStep(value: string | null): value is WizardStep {
  return (WIZARD_STEPS as readonly string[]).includes(value ?? '');
}

export function stepIndex(step: WizardStep): number {
  return WIZARD_STEPS.indexOf(step);
}

/** Which step shows the field at an API path (`terms.tiers.0.price` → terms), if any. */
export function stepOfPath(path: string): EditingStep | undefined {
  const head = path.split('.')[0] ?? '';
  if (FIXED_FIELDS.includes(head)) return 'basics';
  return EDITING_STEPS.find((step) => STEP_FIELDS[step].includes(head));
}

/** The earliest step among those that have a problem. */
export function firstStepOf(paths: readonly string[]): EditingStep | undefined {
  const steps = paths.map(stepOfPath).filter((step): step is EditingStep => step !== undefined);
  return EDITING_STEPS.find((step) => steps.includes(step));
}

const KINDS: [RegExp, FieldKind][] = [
  [
    /^(goal|maxAmount|terms\.tiers\.\d+\.price|terms\.denomination|terms\.pricePerShare|terms\.preMoneyValuation)$/,
    'amount',
  ],
  [/^(terms\.tiers\.\d+\.quantity|terms\.minUnits|terms\.sharesOffered|terms\.minShares)$/, 'count'],
  [/^terms\.termMonths$/, 'number'],
  [/^terms\.annualRateBps$/, 'rate'],
  [/^milestones\.\d+\.shareBps$/, 'share'],
  [/^(startsAt|endsAt)$/, 'datetime'],
  [/^terms\.tiers\.\d+\.estimatedDelivery$/, 'month'],
  [/^milestones\.\d+\.dueOn$/, 'date'],
  [/^(currency|companyId|type|terms\.repayment)$/, 'choice'],
];

/** What a field holds, so its problems are worded for it. */
export function wizardFieldKind(path: string): FieldKind {
  return KINDS.find(([pattern]) => pattern.test(path))?.[1] ?? 'text';
}
