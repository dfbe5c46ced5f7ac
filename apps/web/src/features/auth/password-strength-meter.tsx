import { Progress, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { estimatePasswordStrength, STRENGTH_METER } from './password-strength';

/** Shown under the password while someone types; the words say it, the bar only echoes them. */
export function PasswordStrengthMeter({ password }: { password: string }) {
  const { t } = useTranslation();
  if (!password) return null;
  const strength = estimatePasswordStrength(password);
  const meter = STRENGTH_METER[strength];
  return (
    <Stack gap={4} mt={-8}>
      <Progress value={meter.percent} color={meter.color} size="sm" radius="xl" aria-hidden />
      <Text size="xs" c="dimmed" aria-live="polite" data-testid="password-strength">
        {t('auth.passwordStrength.label', { strength: t(`auth.passwordStrength.${strength}`) })}
      </Text>
    </Stack>
  );
}
