import type { PledgeView } from '@crowdstake/domain/core';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/forms/form-alert';
import { useFormatMoney } from '../../components/money';
import { useCancelPledge } from './pledge-queries';
import { usePledgeError } from './use-pledge-error';
import '../../i18n/bundles/pledges';

/** Cancelling is final, so it is confirmed in a modal that says what happens to the money. */
export function CancelPledgeModal({
  pledge,
  campaignTitle,
  onClose,
}: {
  pledge: PledgeView | null;
  campaignTitle: string;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  const cancel = useCancelPledge();
  const pledgeError = usePledgeError(pledge?.currency);

  const close = () => {
    cancel.reset();
    onClose();
  };

  return (
    <Modal
      opened={pledge !== null}
      onClose={close}
      title={t('pledges.cancel.title', { title: campaignTitle })}
      size="md"
    >
      {pledge ? (
        <Stack gap="md">
          <Text size="sm">{t('pledges.cancel.bodyHeld', { amount: formatMoney(pledge.amount, pledge.currency) })}</Text>
          {cancel.isError ? <FormAlert>{pledgeError(cancel.error)}</FormAlert> : null}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close} data-autofocus>
              {t('pledges.cancel.keep')}
            </Button>
            <Button
              color="red"
              loading={cancel.isPending}
              onClick={() =>
                cancel.mutate(pledge.id, {
                  onSuccess: () => {
                    notifications.show({ message: t('pledges.cancel.done'), color: 'pine' });
                    close();
                  },
                })
              }
            >
              {t('pledges.cancel.confirm')}
            </Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
