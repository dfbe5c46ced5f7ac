import { Alert, Button, Group, Text } from '@mantine/core';
import { IconBuildingBank, IconCircleCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/forms/form-alert';
import { useErrorMessage } from '../../components/forms/use-error-message';
import { useConnectPayoutAccount } from './company-queries';
import '../../i18n/bundles/founder';

/**
 * Where the money of a funded campaign goes. An approved campaign goes live only once the
 * company has a ready payout account, so the founder is told so plainly.
 */
export function PayoutAccount({ companyId, ready }: { companyId: string; ready: boolean }) {
  const { t } = useTranslation();
  const connect = useConnectPayoutAccount(companyId);
  const describeError = useErrorMessage();
  if (ready)
    return (
      <Group gap="xs" wrap="nowrap">
        <IconCircleCheck size={20} aria-hidden color="var(--mantine-color-teal-7)" />
        <Text size="sm">{t('founder.payouts.ready')}</Text>
      </Group>
    );
  return (
    <>
      <Alert color="yellow" variant="light">
        {t('founder.payouts.needed')}
      </Alert>
      {connect.isError ? <FormAlert>{describeError(connect.error)}</FormAlert> : null}
      <Group>
        <Button
          leftSection={<IconBuildingBank size={18} aria-hidden />}
          loading={connect.isPending}
          onClick={() => connect.mutate()}
        >
          {t('founder.payouts.connect')}
        </Button>
      </Group>
    </>
  );
}
