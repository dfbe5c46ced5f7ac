import { cancelCampaignSchema } from '@crowdstake/domain';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/forms/form-alert';
import { useErrorMessage } from '../../../components/forms/use-error-message';
import { useCancelCampaign } from '../founder-campaign-queries';
import '../../../i18n/bundles/founder';

interface CancelCampaignModalProps {
  campaign: { id: string; title: string } | null;
  onClose: () => void;
}

/** Cancelling stops an approved or live campaign for good, so it asks for the reasons backers will read. */
export function CancelCampaignModal({ campaign, onClose }: CancelCampaignModalProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const cancel = useCancelCampaign();
  const [reasons, setReasons] = useState('');
  const [reasonsError, setReasonsError] = useState<string | null>(null);

  const close = () => {
    setReasons('');
    setReasonsError(null);
    cancel.reset();
    onClose();
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    if (!campaign) return;
    if (!cancelCampaignSchema.safeParse({ reasons }).success) {
      setReasonsError(t('founder.cancelCampaign.reasonsRequired'));
      return;
    }
    cancel.mutate(
      { id: campaign.id, reasons: reasons.trim() },
      {
        onSuccess: () => {
          notifications.show({ message: t('founder.cancelCampaign.done'), color: 'pine' });
          close();
        },
      },
    );
  };

  return (
    <Modal
      opened={campaign !== null}
      onClose={close}
      title={campaign ? t('founder.cancelCampaign.title', { title: campaign.title }) : ''}
      size="lg"
    >
      <form onSubmit={onSubmit} noValidate>
        <Stack gap="md">
          <Text size="sm">{t('founder.cancelCampaign.body')}</Text>
          {cancel.isError ? <FormAlert>{errorMessage(cancel.error)}</FormAlert> : null}
          <Textarea
            size="md"
            label={t('founder.cancelCampaign.reasons')}
            description={t('founder.cancelCampaign.reasonsDescription')}
            autosize
            minRows={3}
            required
            data-autofocus
            value={reasons}
            onChange={(event) => {
              setReasons(event.currentTarget.value);
              setReasonsError(null);
            }}
            error={reasonsError}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              {t('founder.cancelCampaign.keep')}
            </Button>
            <Button type="submit" color="red" loading={cancel.isPending}>
              {t('founder.cancelCampaign.confirm')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
