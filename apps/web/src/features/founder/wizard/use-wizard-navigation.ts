import { campaignCreateSchema, type CampaignView } from '@crowdstake/domain';
import { useState } from 'react';
import type { Path, UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { apiProblems } from '../../../components/forms/problem-resolver';
import { firstProblemPerField, problemsFromZod, type Problem } from '../../../components/forms/problems';
import { wizardPath } from '../dashboard/founder-campaign-card';
import { useCreateCampaign, usePatchCampaign } from '../founder-campaign-queries';
import { checkSteps, sliceOf, stepFingerprints } from './wizard-checks';
import { EDITING_STEPS, firstStepOf, stepIndex, stepOfPath, type EditingStep, type WizardStep } from './wizard-steps';
import { campaignToWizardValues, withStartingValues, wizardToBody, type WizardValues } from './wizard-values';
import '../../../i18n/bundles/founder';

interface WizardNavigationOptions {
  form: UseFormReturn<WizardValues>;
  campaign: CampaignView | undefined;
  step: WizardStep;
  onStepChange: (step: WizardStep) => void;
  describe: (problem: Problem) => string;
  /** The field to focus once the step that shows it is on screen. */
  focusLater: (path: string) => void;
}

/**
 * Moving between steps is where the draft is checked and saved: forward, every step before the
 * target must pass the shared rules; leaving the first step creates the draft; any other move
 * saves, in one PATCH, the steps that changed since the last save. A refusal from the API puts
 * each field error beside its field and opens the first step that has one.
 */
export function useWizardNavigation({
  form,
  campaign,
  step,
  onStepChange,
  describe,
  focusLater,
}: WizardNavigationOptions) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const create = useCreateCampaign();
  const patch = usePatchCampaign(campaign?.id ?? '');
  const [formError, setFormError] = useState<unknown>(null);
  const [strayMessages, setStrayMessages] = useState<string[]>([]);
  const [savedAt, setSavedAt] = useState<Date | null>(null);
  const [savedPrints, setSavedPrints] = useState(() =>
    campaign ? stepFingerprints(campaignToWizardValues(campaign), EDITING_STEPS) : null,
  );
  const outline = t('founder.wizard.story.outline');

  const showProblems = (problems: readonly Problem[]) => {
    form.clearErrors();
    const placed = firstProblemPerField(problems);
    for (const problem of placed) {
      form.setError(problem.path as Path<WizardValues>, { type: problem.code, message: describe(problem) });
    }
    // Before the draft exists only the first step can open; anything else is said above the form.
    const reachable = (path: string) => {
      const owner = stepOfPath(path);
      return owner !== undefined && (campaign !== undefined || owner === 'basics');
    };
    setStrayMessages(placed.filter((problem) => !reachable(problem.path)).map(describe));
    const target = firstStepOf(placed.filter((problem) => reachable(problem.path)).map((problem) => problem.path));
    const first = placed.find((problem) => stepOfPath(problem.path) === target);
    if (target && first) {
      if (target === step) form.setFocus(first.path as Path<WizardValues>);
      else {
        focusLater(first.path);
        onStepChange(target);
      }
    }
  };

  const onApiError = (error: unknown) => {
    const problems = apiProblems(error);
    if (problems.length > 0) showProblems(problems);
    else setFormError(error);
  };

  const unsavedSteps = (values: WizardValues): EditingStep[] => {
    if (!savedPrints) return [];
    const prints = stepFingerprints(values, EDITING_STEPS);
    return EDITING_STEPS.filter((editing) => prints[editing] !== savedPrints[editing]);
  };

  /** Creates the draft; opens it at `target`, or stays put (returning whether it was made) when leaving. */
  const createDraft = async (values: WizardValues, now: Date, target: WizardStep | null): Promise<boolean> => {
    const started = withStartingValues(values, now, {
      outline,
      shareClass: t('founder.wizard.terms.defaultShareClass'),
    });
    const parsed = campaignCreateSchema.safeParse(wizardToBody(started).body, { reportInput: true });
    if (!parsed.success) {
      showProblems(problemsFromZod(parsed.error));
      return false;
    }
    try {
      const created = await create.mutateAsync(parsed.data);
      // A new address for the new draft; the page opens it from the cache, at the step asked for.
      if (target) void navigate(wizardPath(created.id, target), { replace: true, state: { focusStep: true } });
      return true;
    } catch (error) {
      onApiError(error);
      return false;
    }
  };

  /** Saves every step changed since the last save; false (with the problems shown) when one does not pass. */
  const saveChanges = async (values: WizardValues, now: Date): Promise<boolean> => {
    if (!campaign) return true;
    const changed = unsavedSteps(values);
    if (changed.length === 0) return true;
    try {
      await patch.mutateAsync(sliceOf(wizardToBody(values).body, campaign.type, changed));
      const prints = stepFingerprints(values, EDITING_STEPS);
      setSavedPrints((saved) =>
        saved ? { ...saved, ...Object.fromEntries(changed.map((done) => [done, prints[done]])) } : saved,
      );
      setSavedAt(now);
      return true;
    } catch (error) {
      onApiError(error);
      return false;
    }
  };

  /**
   * Whether leaving now would lose work: steps changed since the last save, or, before the draft
   * exists, anything typed at all.
   */
  const hasUnsavedWork = (): boolean => {
    const values = form.getValues();
    if (campaign) return unsavedSteps(values).length > 0;
    return JSON.stringify(values) !== JSON.stringify(form.formState.defaultValues);
  };

  /**
   * Saves before the founder leaves the wizard: checks the changed steps (or, before the draft
   * exists, the first one) and saves them. False when something does not pass; the problems are
   * then shown at their fields, and the founder stays.
   */
  const saveBeforeLeaving = async (): Promise<boolean> => {
    if (create.isPending || patch.isPending) return false;
    setFormError(null);
    setStrayMessages([]);
    const values = form.getValues();
    const now = new Date();
    const toCheck = campaign ? unsavedSteps(values) : (['basics'] as EditingStep[]);
    const problems = checkSteps(values, toCheck, now, outline);
    if (problems.length > 0) {
      showProblems(problems);
      return false;
    }
    if (!campaign) return createDraft(values, now, null);
    return saveChanges(values, now);
  };

  const goTo = async (target: WizardStep) => {
    if (target === step || create.isPending || patch.isPending) return;
    setFormError(null);
    setStrayMessages([]);
    const values = form.getValues();
    const now = new Date();
    const forward = stepIndex(target) > stepIndex(step);
    const toCheck = forward
      ? EDITING_STEPS.filter((editing) => stepIndex(editing) < stepIndex(target))
      : EDITING_STEPS.filter((editing) => editing === step);
    const problems = checkSteps(values, toCheck, now, outline);
    if (problems.length > 0) {
      // Going back never traps anyone: the half-typed step stays on screen, unsaved, until it passes.
      if (forward) return showProblems(problems);
      return onStepChange(target);
    }
    form.clearErrors();
    if (!campaign) return void (await createDraft(values, now, target));
    if (await saveChanges(values, now)) onStepChange(target);
  };

  return {
    goTo,
    showProblems,
    unsavedSteps,
    hasUnsavedWork,
    saveBeforeLeaving,
    saving: create.isPending || patch.isPending,
    formError,
    strayMessages,
    savedAt,
  };
}
