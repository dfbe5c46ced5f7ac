import { Alert, Anchor, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { badgeTextColor } from '../campaigns/badge-text-color';

const WARNING_TEXT = badgeTextColor('orange');

/**
 * The warning every page that invites an investment carries, prominently and in the reader's
 * language: backers can lose all the money they invest. `reward` adds what a reward pledge risks.
 */
export function LossWarning({ compact = false, reward = false }: { compact?: boolean; reward?: boolean }) {
  const { t } = useTranslation();
  return (
    <Alert
      color="orange"
      variant="light"
      radius="md"
      icon={<IconAlertTriangle size={20} aria-hidden />}
      title={t('honesty.warning.title')}
      data-testid="loss-warning"
      role="note"
      aria-label={t('honesty.warning.title')}
      // The light orange's own title colour is 3.6:1 on its background; darkened, it passes AA.
      styles={{ title: { color: WARNING_TEXT } }}
    >
      <Stack gap={6}>
        {compact ? null : <Text size="sm">{t('honesty.warning.body')}</Text>}
        {reward ? <Text size="sm">{t('honesty.warning.reward')}</Text> : null}
        <Anchor component={Link} to="/terms#risk-statement" size="sm" fw={600} c={WARNING_TEXT}>
          {t('honesty.warning.learnMore')}
        </Anchor>
      </Stack>
    </Alert>
  );
}
