import type { CompanyView } from '@crowdstake/domain';
import type { CampaignView, CurrencyCode } from '@crowdstake/domain/core';
import { Button, Card, Group, Stack, Stepper, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { IconArrowLeft, IconArrowRight, IconCircleCheck } from '@tabler/icons-react';
import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { FormProvider, useForm, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useLocation, useSearchParams, type Location } from 'react-router';
import { FormAlert } from '../../../components/forms/form-alert';
import { useErrorMessage } from '../../../components/forms/use-error-message';
import { problemResolver } from '../../../components/forms/problem-resolver';
import type { Problem } from '../../../components/forms/problems';
import { useDescribeProblem } from '../../../components/forms/use-describe-problem';
import { useOwnCampaign } from '../founder-campaign-queries';
import { BasicsStep } from './basics-step';
import { FundingStep } from './funding-step';
import { PreviewStep, SubmitStep } from './preview-and-submit';
import { StoryStep } from './story-step';
import { TermsStep } from './terms-step';
import { UnsavedWorkGuard } from './unsaved-work-guard';
import { useWizardNavigation } from './use-wizard-navigation';
import { checkSteps } from './wizard-checks';
import {
  EDITING_STEPS,
  isWizardStep,
  stepIndex,
  WIZARD_STEPS,
  wizardFieldKind,
  type EditingStep,
  type WizardStep,
} from './wizard-steps';
import { campaignToWizardValues, emptyWizardValues, type WizardValues } from './wizard-values';
import '../../../i18n/bundles/founder';

interface CampaignWizardProps {
  /** The saved draft; absent until the first step is left. */
  campaign?: CampaignView;
  companies: CompanyView[];
  initialCompany?: CompanyView;
}

/** Where drafts live: creating one moves the new wizard to its own address, which is not leaving. */
const WIZARD_PATH_PREFIX = '/founder/campaigns/';

/** Where a navigation asks the next page to put focus: on the step's heading, as after any step change. */
export interface WizardLocationState {
  focusStep?: boolean;
}

/** The campaign wizard: six steps in a Mantine Stepper over one form, the step in the address. */
export function CampaignWizard({ campaign, companies, initialCompany }: CampaignWizardProps) {
  const { t } = useTranslation();
  const describeProblem = useDescribeProblem();
  const errorMessage = useErrorMessage();
  const location = useLocation();
  // Labels from sm up, descriptions from md up; on a phone the steps are numbered circles in
  // one row that never wraps (named "2. Funding" for screen readers), and the heading below
  // says "Step 2 of 6: Funding".
  const labelled = useMediaQuery('(min-width: 48em)');
  const described = useMediaQuery('(min-width: 62em)');
  const [params, setParams] = useSearchParams();
  const requested = params.get('step');
  const step: WizardStep = campaign && isWizardStep(requested) ? requested : 'basics';
  const editing = (EDITING_STEPS as readonly string[]).includes(step) ? (step as EditingStep) : null;
  const outline = t('founder.wizard.story.outline');
  const live = useOwnCampaign(campaign?.id).data ?? campaign;

  const describe = useCallback(
    (problem: Problem, currency: CurrencyCode) =>
      problem.code === 'outline_unchanged'
        ? t('validation.outlineUnchanged')
        : describeProblem(problem, wizardFieldKind(problem.path), currency),
    [t, describeProblem],
  );
  const resolver = useMemo(
    () =>
      problemResolver<WizardValues>(
        // As fields are left, only what was typed wrongly is flagged, never what is still empty:
        // an error appearing under a field just passed would move the button being clicked.
        // "Save and continue" checks everything, missing fields included.
        (values) =>
          editing
            ? checkSteps(values, [editing], new Date(), outline).filter(
                (problem) => problem.code !== 'text_empty' && problem.code !== 'invalid_type',
              )
            : [],
        (problem, values) => describe(problem, values.currency),
      ),
    [editing, outline, describe],
  );
  const [defaultValues] = useState<WizardValues>(() =>
    campaign
      ? campaignToWizardValues(campaign)
      : emptyWizardValues(initialCompany?.id ?? '', initialCompany?.currency ?? 'USD'),
  );
  // Checked as each field is left ('onBlur'): with 'onTouched', adding a tier would validate the
  // whole list at once and flag the new tier's fields before the founder has typed in them.
  const form = useForm<WizardValues>({ defaultValues, resolver, mode: 'onBlur' });

  const heading = useRef<HTMLHeadingElement>(null);
  const pendingFocus = useRef<string | null>(null);
  const mounted = useRef(false);
  const nav = useWizardNavigation({
    form,
    campaign,
    step,
    onStepChange: (next) => setParams((current) => ({ ...Object.fromEntries(current), step: next }), { replace: true }),
    describe: (problem) => describe(problem, form.getValues('currency')),
    focusLater: (path) => {
      pendingFocus.current = path;
    },
  });

  // Focus follows the step (its heading, or the field with the error that opened it), so
  // keyboard and screen-reader users start where the new content starts.
  useEffect(() => {
    const arrivedFromFirstStep = (location.state as WizardLocationState | null)?.focusStep;
    if (!mounted.current) {
      mounted.current = true;
      if (!arrivedFromFirstStep) return;
    }
    const path = pendingFocus.current;
    pendingFocus.current = null;
    if (path) form.setFocus(path as Path<WizardValues>);
    else heading.current?.focus();
  }, [step, form, location.state]);

  const { hasUnsavedWork, saveBeforeLeaving } = nav;
  // The guard asks at the moment of leaving; a stable function keeps its beforeunload listener in place.
  const latest = useRef({ hasUnsavedWork, saveBeforeLeaving });
  useEffect(() => {
    latest.current = { hasUnsavedWork, saveBeforeLeaving };
  });
  const guardHasUnsavedWork = useCallback(() => latest.current.hasUnsavedWork(), []);
  const guardSave = useCallback(() => latest.current.saveBeforeLeaving(), []);
  const isWithinWizard = useCallback(
    (next: Location) =>
      next.pathname === location.pathname || (!campaign && next.pathname.startsWith(WIZARD_PATH_PREFIX)),
    [location.pathname, campaign],
  );

  const index = stepIndex(step);
  const next = WIZARD_STEPS[index + 1];
  const previous = WIZARD_STEPS[index - 1];
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (next) void nav.goTo(next);
  };

  return (
    <FormProvider {...form}>
      <UnsavedWorkGuard hasUnsavedWork={guardHasUnsavedWork} save={guardSave} isWithinWizard={isWithinWizard} />
      <Stack gap="lg">
        <nav aria-label={t('founder.wizard.stepsLabel')}>
          <Stepper
            active={index}
            onStepClick={(clicked) => void nav.goTo(WIZARD_STEPS[clicked] ?? step)}
            allowNextStepsSelect={Boolean(campaign)}
            size="sm"
            iconSize={32}
            wrap={labelled}
          >
            {WIZARD_STEPS.map((item, position) => (
              <Stepper.Step
                key={item}
                // With labels the name comes from what is shown (axe: label-content-name-mismatch).
                aria-label={labelled ? undefined : `${position + 1}. ${t(`founder.wizard.steps.${item}.label`)}`}
                label={labelled ? t(`founder.wizard.steps.${item}.label`) : undefined}
                description={described ? t(`founder.wizard.steps.${item}.description`) : undefined}
                allowStepSelect={Boolean(campaign) || item === 'basics'}
              />
            ))}
          </Stepper>
        </nav>

        <Card withBorder radius="lg" padding="xl" component="section" aria-labelledby="wizard-step-heading">
          <form onSubmit={onSubmit} noValidate aria-labelledby="wizard-step-heading">
            <Stack gap="lg">
              <Title
                order={2}
                size="h3"
                id="wizard-step-heading"
                ref={heading}
                tabIndex={-1}
                style={{ outline: 'none' }}
              >
                {t('founder.wizard.stepHeading', {
                  number: index + 1,
                  total: WIZARD_STEPS.length,
                  name: t(`founder.wizard.steps.${step}.label`),
                })}
              </Title>
              {nav.formError ? <FormAlert>{errorMessage(nav.formError)}</FormAlert> : null}
              {nav.strayMessages.length > 0 ? <FormAlert>{nav.strayMessages.join(' ')}</FormAlert> : null}

              {step === 'basics' ? <BasicsStep companies={companies} locked={Boolean(campaign)} /> : null}
              {live && step === 'funding' ? <FundingStep type={live.type} /> : null}
              {live && step === 'terms' ? <TermsStep type={live.type} /> : null}
              {live && step === 'story' ? <StoryStep campaign={live} /> : null}
              {live && step === 'preview' ? <PreviewStep campaignId={live.id} companyId={live.company.id} /> : null}
              {live && step === 'submit' ? (
                <SubmitStep
                  campaign={live}
                  unsaved={nav.unsavedSteps(form.getValues()).length > 0}
                  onProblems={nav.showProblems}
                />
              ) : null}

              <Group justify="space-between" mt="md">
                {previous ? (
                  <Button
                    variant="default"
                    size="md"
                    leftSection={<IconArrowLeft size={18} aria-hidden />}
                    onClick={() => void nav.goTo(previous)}
                    disabled={nav.saving}
                  >
                    {t('founder.wizard.back')}
                  </Button>
                ) : (
                  <span />
                )}
                <Group gap="md">
                  {nav.savedAt ? (
                    <Text size="sm" c="dimmed" aria-live="polite">
                      <IconCircleCheck size={14} aria-hidden style={{ verticalAlign: -2 }} />{' '}
                      {t('founder.wizard.draftSaved')}
                    </Text>
                  ) : null}
                  {next ? (
                    <Button
                      type="submit"
                      size="md"
                      rightSection={<IconArrowRight size={18} aria-hidden />}
                      loading={nav.saving}
                      disabled={step === 'basics' && companies.length === 0}
                    >
                      {t('founder.wizard.next')}
                    </Button>
                  ) : null}
                </Group>
              </Group>
            </Stack>
          </form>
        </Card>
      </Stack>
    </FormProvider>
  );
}
