import {
  campaignPatchSchemaFor,
  checkCampaignRules,
  currencySchema,
  isoDateTimeSchema,
  milestonesSchema,
  positiveMinorAmountSchema,
  termsSchemaFor,
  type CampaignDraft,
  type CampaignType,
} from '@crowdstake/domain';
import { problemsFromZod, type Problem } from '../../../components/forms/problems';
import { wizardToBody, type WizardValues } from './wizard-values';
import { STEP_FIELDS, stepOfPath, type EditingStep } from './wizard-steps';

const instantSchema = isoDateTimeSchema('Instant');

/**
 * Everything wrong with the given steps, checked as the API will check it: the typed text
 * converted, the step's fields through the shared patch schema of the campaign's type, then the
 * cross-field and clock rules (`checkCampaignRules`) on the whole draft as it stands. A rule's
 * problem belongs to the step of its field (a goal that is not a whole number of bond units is
 * said at the goal, even when the unit price changed).
 */
export function checkSteps(values: WizardValues, steps: readonly EditingStep[], now: Date, outline: string): Problem[] {
  const { body, problems: conversions } = wizardToBody(values);
  const inSteps = (problem: Problem) => steps.includes(stepOfPath(problem.path) ?? 'basics');
  const problems = conversions.filter(inSteps);

  if (steps.includes('basics')) {
    if (!values.companyId) problems.push({ path: 'companyId', code: 'text_empty', message: 'empty' });
    if (!values.type) problems.push({ path: 'type', code: 'invalid_value', message: 'choose' });
  }
  const type: CampaignType = values.type || 'reward';
  const parsed = campaignPatchSchemaFor(type).safeParse(sliceOf(body, type, steps), { reportInput: true });
  if (!parsed.success) problems.push(...problemsFromZod(parsed.error));

  if (values.type) {
    const draft = draftFor(body, values.type);
    if (draft) problems.push(...checkCampaignRules(draft, now).filter(inSteps));
  }
  if (steps.includes('story') && values.description.trim() === outline.trim()) {
    problems.push({ path: 'description', code: 'outline_unchanged', message: 'outline' });
  }
  return problems;
}

/** The draft as the rules see it, or null while its terms or funding are not valid on their own. */
function draftFor(body: Record<string, unknown>, type: CampaignType): CampaignDraft | null {
  const terms = termsSchemaFor(type).safeParse(body.terms);
  const currency = currencySchema.safeParse(body.currency);
  const goal = positiveMinorAmountSchema.safeParse(body.goal);
  const startsAt = instantSchema.safeParse(body.startsAt);
  const endsAt = instantSchema.safeParse(body.endsAt);
  if (!terms.success || !currency.success || !goal.success || !startsAt.success || !endsAt.success) return null;
  const maxAmount = positiveMinorAmountSchema.safeParse(body.maxAmount);
  const milestones = milestonesSchema.safeParse(body.milestones);
  return {
    type,
    terms: terms.data,
    currency: currency.data,
    goal: goal.data,
    maxAmount: maxAmount.success ? maxAmount.data : undefined,
    startsAt: startsAt.data,
    endsAt: endsAt.data,
    milestones: milestones.success ? milestones.data : undefined,
  } as CampaignDraft;
}

/**
 * The patch of the given steps: their fields from the body, with "no cap" and "no milestones"
 * said as null (absent would mean "unchanged" to the API).
 */
export function sliceOf(
  body: Record<string, unknown>,
  type: CampaignType,
  steps: readonly EditingStep[],
): Record<string, unknown> {
  const patch: Record<string, unknown> = {};
  for (const step of steps) {
    for (const field of STEP_FIELDS[step]) {
      if (field === 'maxAmount' && type === 'shareholding') continue;
      const value = body[field];
      patch[field] = value === undefined && (field === 'maxAmount' || field === 'milestones') ? null : value;
    }
  }
  return patch;
}

/** A step's saved state, to tell which steps changed since the last save. */
export function stepFingerprints(values: WizardValues, steps: readonly EditingStep[]): Record<EditingStep, string> {
  const { body } = wizardToBody(values);
  const type = values.type || 'reward';
  const prints = {} as Record<EditingStep, string>;
  for (const step of steps) {
    const slice = sliceOf(body, type, [step]);
    // The terms' prices are amounts in the campaign's currency: a new currency sends them again, as the API asks.
    prints[step] = JSON.stringify(step === 'terms' ? { ...slice, currency: body.currency } : slice);
  }
  return prints;
}
