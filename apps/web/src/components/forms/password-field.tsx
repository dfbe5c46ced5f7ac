import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Mantine's PasswordInput marks its error only with data-invalid, so screen readers would not
 * hear that the field is wrong; this adds aria-invalid and a translated label for the eye toggle.
 * Use it for every password field.
 */
export function PasswordField({ error, ...props }: PasswordInputProps) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      error={error}
      aria-invalid={error ? true : undefined}
      visibilityToggleButtonProps={{ 'aria-label': t('auth.fields.togglePassword') }}
      {...props}
    />
  );
}
