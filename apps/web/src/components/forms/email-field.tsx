import { TextInput, type TextInputProps } from '@mantine/core';
import type { FieldError } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { describeFieldError } from './problem-resolver';

interface EmailFieldProps extends Omit<TextInputProps, 'error'> {
  /** The field's error on a form validated by zodResolver; worded here. */
  error: FieldError | undefined;
}

/** The email address of an account (sign in, sign up, forgotten password): the keyboard, autofill and error words. */
export function EmailField({ error, ...props }: EmailFieldProps) {
  const { t } = useTranslation();
  return (
    <TextInput
      label={t('auth.fields.email')}
      type="email"
      autoComplete="email"
      inputMode="email"
      required
      error={describeFieldError(error, {
        too_big: t('validation.emailTooLong'),
        default: t('validation.emailInvalid'),
      })}
      {...props}
    />
  );
}
