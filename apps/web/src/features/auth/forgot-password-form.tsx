import { passwordResetRequestSchema } from '@crowdstake/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack, Text } from '@mantine/core';
import { IconMailForward } from '@tabler/icons-react';
import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { EmailField } from '../../components/forms/email-field';
import { FormAlert } from '../../components/forms/form-alert';
import { useErrorMessage } from '../../components/forms/use-error-message';
import { currentLanguage } from '../../i18n';
import { useRequestPasswordReset } from './password-reset-queries';

const formSchema = passwordResetRequestSchema.pick({ email: true });

/** "Forgot your password?": one field, then the same answer whether or not the address has an account. */
export function ForgotPasswordForm({ initialEmail }: { initialEmail: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const request = useRequestPasswordReset();
  const [sentTo, setSentTo] = useState<string | null>(null);
  const form = useForm({
    resolver: zodResolver(formSchema),
    defaultValues: { email: initialEmail },
    mode: 'onTouched',
  });

  const onSubmit = ({ email }: z.infer<typeof formSchema>) =>
    request.mutate({ email, locale: currentLanguage() }, { onSuccess: () => setSentTo(email) });

  if (sentTo) {
    return (
      <Stack gap="md">
        <Alert
          color="pine"
          icon={<IconMailForward size={20} aria-hidden />}
          title={t('passwordReset.request.sentTitle')}
        >
          {t('passwordReset.request.sentBody', { email: sentTo })}
        </Alert>
        <Text size="sm" c="dimmed">
          {t('passwordReset.request.noMail')}
        </Text>
        <Button variant="default" onClick={() => setSentTo(null)}>
          {t('passwordReset.request.again')}
        </Button>
      </Stack>
    );
  }

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label={t('passwordReset.request.title')}>
      <Stack gap="md">
        {request.isError ? <FormAlert>{errorMessage(request.error)}</FormAlert> : null}
        <EmailField error={form.formState.errors.email} {...form.register('email')} />
        <Button type="submit" size="md" fullWidth loading={request.isPending}>
          {t('passwordReset.request.submit')}
        </Button>
      </Stack>
    </form>
  );
}
