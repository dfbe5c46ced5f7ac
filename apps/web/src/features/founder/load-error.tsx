import { Alert, Button, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../components/forms/use-error-message';
import '../../i18n/bundles/founder';

/** A failed load: what went wrong in a sentence, and a way to try again. */
export function LoadError({ error, onRetry, title }: { error: unknown; onRetry: () => void; title?: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return (
    <Alert
      color="red"
      variant="light"
      role="alert"
      icon={<IconAlertCircle size={20} aria-hidden />}
      title={title ?? t('founder.common.loadErrorTitle')}
    >
      <Stack gap="sm" align="flex-start">
        {errorMessage(error)}
        <Button variant="white" color="red" size="xs" onClick={onRetry}>
          {t('founder.common.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}
