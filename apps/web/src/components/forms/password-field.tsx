import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from '@crowdstake/domain';
import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { describeFieldError } from './problem-resolver';

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

interface NewPasswordFieldProps extends Omit<PasswordInputProps, 'error'> {
  /** The field's error on a form validated by zodResolver; worded here. */
  error: FieldError | undefined;
}

/** A password being chosen (sign up, reset): the rule in its description, and its errors worded with the same numbers. */
export function NewPasswordField({ error, ...props }: NewPasswordFieldProps) {
  const { t } = useTranslation();
  return (
    <PasswordField
      description={t('auth.passwordStrength.hint', { min: PASSWORD_MIN_LENGTH })}
      autoComplete="new-password"
      required
      error={describeFieldError(error, {
        too_small: t('validation.passwordTooShort', { min: PASSWORD_MIN_LENGTH }),
        too_big: t('validation.passwordTooLong', { max: PASSWORD_MAX_LENGTH }),
        default: t('validation.passwordRequired'),
      })}
      {...props}
    />
  );
}
