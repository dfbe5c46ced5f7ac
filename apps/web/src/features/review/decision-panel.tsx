import {
  CHECKLIST_ITEMS,
  requiresTwoReviewers,
  reviewDecisionSchema,
  type CampaignView,
  type ReviewDecisionInput,
} from '@crowdstake/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Card, Checkbox, Radio, Stack, Text, Textarea, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconInfoCircle } from '@tabler/icons-react';
import { useId, useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { isApiError } from '../../api/api-error';
import { FormAlert } from '../../components/forms/form-alert';
import { describeFieldError } from '../../components/forms/problem-resolver';
import { usePlaceApiProblems } from '../../components/forms/use-describe-problem';
import { useErrorMessage } from '../../components/forms/use-error-message';
import { DECISION_FIELDS, EMPTY_DECISION, isDecisionErrorCode } from './decision-form';
import { useQueuePath } from './queue-return';
import { formatList } from './review-figures';
import { useReviewDecision } from './review-queries';
import '../../i18n/bundles/review';

interface DecisionPanelProps {
  campaign: CampaignView;
  /** Why this reviewer may not decide at all, if so; the panel then only explains. */
  blocked?: 'conflict' | 'status';
  /** This reviewer gave the first of two approvals: only another reviewer may give the second. */
  firstApprovalByMe?: boolean;
  /** Refetches the campaign after "someone else decided meanwhile". */
  onRefresh: () => void;
}

/** The checklist, the decision and its reasons; approval waits for every box to be ticked. */
export function DecisionPanel({ campaign, blocked, firstApprovalByMe = false, onRefresh }: DecisionPanelProps) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const navigate = useNavigate();
  const queuePath = useQueuePath();
  const hintId = useId();
  const decide = useReviewDecision(campaign.id);
  const [formError, setFormError] = useState<unknown>(null);
  const form = useForm<ReviewDecisionInput>({
    resolver: zodResolver(reviewDecisionSchema),
    defaultValues: EMPTY_DECISION,
    mode: 'onTouched',
  });
  const { errors } = form.formState;
  const placeApiProblems = usePlaceApiProblems(DECISION_FIELDS, form.setError);
  const decision = useWatch({ control: form.control, name: 'decision' });
  const checklist = useWatch({ control: form.control, name: 'checklist' });
  const openItems = CHECKLIST_ITEMS.filter((item) => !checklist[item]);
  const approveBlocked = decision === 'approve' && openItems.length > 0;
  const grade = campaign.risk?.grade;

  const onSubmit = (values: ReviewDecisionInput) => {
    setFormError(null);
    decide.mutate(values, {
      onSuccess: (result) => {
        const key =
          result.decision === 'approve' && result.campaignStatus === 'in_review' ? 'approveFirst' : result.decision;
        notifications.show({ message: t(`review.decision.success.${key}`, { title: campaign.title }), color: 'pine' });
        void navigate(queuePath);
      },
      onError: (error) => {
        const placedAll = placeApiProblems(error);
        // A checklist refusal is said above the form too: the boxes may be out of sight.
        if (!placedAll || (isApiError(error) && error.code === 'checklist_incomplete')) setFormError(error);
      },
    });
  };

  const formErrorCode = isApiError(formError) && isDecisionErrorCode(formError.code) ? formError.code : undefined;
  const uncheckedMessage = { 'api:not_confirmed': t('review.decision.uncheckedBox') };

  return (
    <Card component="section" aria-labelledby="review-decision-title" shadow="sm" data-testid="decision-panel">
      <form onSubmit={form.handleSubmit(onSubmit)} noValidate aria-labelledby="review-decision-title">
        <Stack gap="md">
          <Title order={2} size="h3" id="review-decision-title">
            {t('review.decision.title')}
          </Title>
          {blocked ? (
            <Alert color="red" variant="light" icon={<IconInfoCircle size={18} aria-hidden />}>
              <Text size="sm" c="red.9" fw={600}>
                {blocked === 'conflict' ? t('review.decision.blockedConflict') : t('review.decision.blockedStatus')}
              </Text>
            </Alert>
          ) : null}
          <fieldset disabled={blocked !== undefined} style={{ border: 0, padding: 0, margin: 0, minWidth: 0 }}>
            <Stack gap="lg">
              <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
                <Text component="legend" fw={700} p={0}>
                  {t('review.decision.checklistLegend')}
                </Text>
                <Text size="sm" c="dimmed">
                  {t('review.decision.checklistLead')}
                </Text>
                {CHECKLIST_ITEMS.map((item) => (
                  <Checkbox
                    key={item}
                    label={t(`review.decision.checklist.${item}.label`)}
                    description={t(`review.decision.checklist.${item}.hint`)}
                    error={describeFieldError(errors.checklist?.[item], uncheckedMessage)}
                    {...form.register(`checklist.${item}`)}
                  />
                ))}
              </Stack>
              <Controller
                control={form.control}
                name="decision"
                render={({ field }) => (
                  <Radio.Group
                    label={t('review.decision.decisionLegend')}
                    required
                    value={field.value ?? null}
                    onChange={(value) => field.onChange(value)}
                    error={describeFieldError(errors.decision, { default: t('review.decision.decisionRequired') })}
                    labelProps={{ fw: 700, size: 'md' }}
                  >
                    <Stack gap="sm" mt="xs">
                      {(['approve', 'request_changes', 'reject'] as const).map((option) => (
                        <Radio
                          key={option}
                          value={option}
                          label={t(`review.decision.decisions.${option}.label`)}
                          description={t(`review.decision.decisions.${option}.hint`)}
                          onBlur={field.onBlur}
                        />
                      ))}
                    </Stack>
                  </Radio.Group>
                )}
              />
              {grade && requiresTwoReviewers(grade) ? (
                <Text size="sm" c="orange.9" fw={600}>
                  {firstApprovalByMe
                    ? t('review.decision.secondApprovalMine', { grade })
                    : t('review.decision.secondApprovalNote', {
                        grade,
                        ordinal:
                          campaign.status === 'in_review'
                            ? t('review.decision.ordinalSecond')
                            : t('review.decision.ordinalFirst'),
                      })}
                </Text>
              ) : null}
              <Textarea
                label={t('review.decision.reasons')}
                description={t('review.decision.reasonsHint')}
                required
                autosize
                minRows={4}
                maxRows={12}
                error={describeFieldError(errors.reasons, {
                  too_big: t('review.decision.reasonsTooLong'),
                  default: t('review.decision.reasonsRequired'),
                })}
                {...form.register('reasons')}
              />
            </Stack>
          </fieldset>
          {/* The live region stays in the page, so its message is announced as it appears. */}
          <div role="status">
            {approveBlocked && !blocked ? (
              <Text id={hintId} size="sm" c="orange.9" fw={600} data-testid="approve-hint">
                {t('review.decision.approveNeedsChecklist', {
                  items: formatList(
                    openItems.map((item) => t(`review.decision.checklist.${item}.label`)),
                    i18n.resolvedLanguage ?? 'en',
                  ),
                })}
              </Text>
            ) : null}
          </div>
          {formError ? (
            <FormAlert>
              <Stack gap="xs" align="flex-start">
                <span data-testid="decision-error">
                  {formErrorCode ? t(`review.decision.errors.${formErrorCode}`) : errorMessage(formError)}
                </span>
                {formErrorCode === 'invalid_transition' ? (
                  <Button
                    size="xs"
                    variant="white"
                    color="red"
                    onClick={() => {
                      setFormError(null);
                      onRefresh();
                    }}
                  >
                    {t('review.decision.errors.refresh')}
                  </Button>
                ) : null}
              </Stack>
            </FormAlert>
          ) : null}
          <Button
            type="submit"
            size="md"
            fullWidth
            loading={decide.isPending}
            disabled={approveBlocked || blocked !== undefined}
            aria-describedby={approveBlocked ? hintId : undefined}
          >
            {t('review.decision.submit')}
          </Button>
        </Stack>
      </form>
    </Card>
  );
}
