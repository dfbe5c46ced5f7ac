import {
  CHECKLIST_ITEMS,
  checkSubmissionRules,
  disclosureLength,
  type CampaignView,
  type ChecklistItem,
  type DocumentKind,
  type FieldError,
} from '@crowdstake/domain';
import { Alert, Button, Card, Checkbox, List, Skeleton, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconAlertTriangle, IconCircleCheck, IconCircleDashed, IconCircleX, IconSend } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { FormAlert } from '../../../components/forms/form-alert';
import { useErrorMessage } from '../../../components/forms/use-error-message';
import { CampaignDetailView } from '../../campaigns/view';
import { missingDocumentKinds, useDocumentKindList } from '../../../components/documents/document-kinds';
import { apiProblems } from '../../../components/forms/problem-resolver';
import type { Problem } from '../../../components/forms/problems';
import { useOwnCampaign, useSubmitCampaign } from '../founder-campaign-queries';
import { useQuery } from '@tanstack/react-query';
import { companyQueries, itemsOf } from '../../../api/queries';
import '../../../i18n/bundles/founder';
import '../../../i18n/bundles/honesty';

/** Step 5: the saved draft exactly as backers will see it once approved (only public documents). */
export function PreviewStep({ campaignId, companyId }: { campaignId: string; companyId: string }) {
  const { t } = useTranslation();
  const campaign = useOwnCampaign(campaignId);
  const documents = useQuery({ ...companyQueries.documents(companyId), select: itemsOf });
  return (
    <Stack gap="lg">
      {campaign.data ? (
        <Card withBorder radius="lg" padding="lg" data-testid="wizard-preview">
          <CampaignDetailView campaign={campaign.data} documents={documents.data ?? []} mode="preview" titleOrder={2} />
        </Card>
      ) : (
        <Skeleton height={480} aria-label={t('founder.wizard.preview.pending')} />
      )}
    </Stack>
  );
}

interface SubmitStepProps {
  campaign: CampaignView;
  /** Steps whose changes are not saved: what would be submitted is not what is on screen. */
  unsaved: boolean;
  /** The API refused the draft with field errors (a deadline that has passed since): show them in their steps. */
  onProblems: (problems: Problem[]) => void;
}

/** Step 6: what reviewers look at, the founder's confirmation, and the submission. */
export function SubmitStep({ campaign, unsaved, onProblems }: SubmitStepProps) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const errorMessage = useErrorMessage();
  const submit = useSubmitCampaign();
  const documents = useQuery({ ...companyQueries.documents(campaign.company.id), select: itemsOf });
  const kindList = useDocumentKindList();
  const [confirmed, setConfirmed] = useState(false);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [formError, setFormError] = useState<unknown>(null);
  const missing = documents.data ? missingDocumentKinds(documents.data) : [];
  // What only submission needs (an investment's risks, use of funds and backer terms), said before the API refuses it.
  const toSubmit = checkSubmissionRules(campaign);

  const onSubmit = () => {
    setFormError(null);
    if (toSubmit.length > 0) {
      onProblems(toSubmit);
      return;
    }
    if (!confirmed) {
      setConfirmError(t('founder.wizard.submit.confirmRequired'));
      return;
    }
    submit.mutate(campaign.id, {
      onSuccess: (submitted) => {
        notifications.show({
          message: t('founder.wizard.submit.submitted', { title: submitted.title }),
          color: 'pine',
        });
        void navigate('/founder');
      },
      onError: (error) => {
        const problems = apiProblems(error);
        if (problems.length > 0) onProblems(problems);
        else setFormError(error);
      },
    });
  };

  return (
    <Stack gap="lg" maw={760}>
      <Text>{t('founder.wizard.submit.lead')}</Text>
      <Card withBorder radius="lg" padding="lg" component="section" aria-labelledby="submit-checklist-title">
        <Title order={3} size="h4" id="submit-checklist-title" mb="sm">
          {t('founder.wizard.submit.checklistTitle')}
        </Title>
        <List spacing="sm">
          {CHECKLIST_ITEMS.map((item) => {
            const state = checklistState(item, campaign, missing, toSubmit, documents.data !== undefined);
            return (
              <List.Item
                key={item}
                icon={<ChecklistIcon state={state} />}
                data-testid={`checklist-${item}`}
                data-state={state}
              >
                {t(`founder.wizard.submit.checklist.${item}`)}
                {state === 'present' ? null : (
                  <Text span c={state === 'missing' ? 'red.8' : 'dimmed'} size="sm" fw={600}>
                    {' '}
                    {t(`honesty.checklist.${state}`)}
                  </Text>
                )}
              </List.Item>
            );
          })}
        </List>
      </Card>
      {missing.length > 0 ? (
        <Alert
          variant="light"
          color="orange"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          data-testid="missing-documents"
        >
          {t('founder.wizard.submit.missingDocuments', { kinds: kindList(missing) })}
        </Alert>
      ) : null}
      {unsaved ? <FormAlert>{t('founder.wizard.submit.unsaved')}</FormAlert> : null}
      {formError ? <FormAlert>{errorMessage(formError)}</FormAlert> : null}
      <Checkbox
        size="md"
        label={t('founder.wizard.submit.confirm')}
        checked={confirmed}
        onChange={(event) => {
          setConfirmed(event.currentTarget.checked);
          setConfirmError(null);
        }}
        error={confirmError}
      />
      <Button
        size="md"
        fullWidth
        leftSection={<IconSend size={18} aria-hidden />}
        onClick={onSubmit}
        loading={submit.isPending}
        disabled={unsaved}
      >
        {t('founder.wizard.submit.submit')}
      </Button>
    </Stack>
  );
}

type ChecklistState = 'present' | 'missing' | 'reviewer';

/**
 * Whether the draft holds what a checklist item asks for. Never a tick for what is absent:
 * missing documents or an unwritten risk statement are marked missing; what only a reviewer can
 * judge (that financials match the statements) is marked as theirs to check.
 */
function checklistState(
  item: ChecklistItem,
  campaign: CampaignView,
  missingKinds: readonly DocumentKind[],
  toSubmit: readonly FieldError[],
  documentsKnown: boolean,
): ChecklistState {
  switch (item) {
    case 'identity':
      if (!documentsKnown) return 'reviewer';
      return missingKinds.includes('identity') ? 'missing' : 'present';
    case 'documents':
      if (!documentsKnown) return 'reviewer';
      return missingKinds.length > 0 ? 'missing' : 'present';
    case 'financials':
      return 'reviewer';
    case 'terms':
      return toSubmit.some((problem) => problem.path.startsWith('terms.')) ? 'missing' : 'present';
    case 'risks':
      return disclosureLength(campaign.risks) === 0 ||
        disclosureLength(campaign.useOfFunds) === 0 ||
        toSubmit.some((problem) => problem.path === 'risks' || problem.path === 'useOfFunds')
        ? 'missing'
        : 'present';
  }
}

function ChecklistIcon({ state }: { state: ChecklistState }) {
  const Icon = state === 'present' ? IconCircleCheck : state === 'missing' ? IconCircleX : IconCircleDashed;
  return (
    <ThemeIcon
      size={22}
      radius="xl"
      variant="light"
      color={state === 'missing' ? 'red' : state === 'present' ? 'pine' : 'gray'}
      aria-hidden
    >
      <Icon size={16} />
    </ThemeIcon>
  );
}
