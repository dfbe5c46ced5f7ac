import { passwordSchema } from '@crowdstake/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Alert, Button, Stack } from '@mantine/core';
import { IconCircleCheck } from '@tabler/icons-react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { z } from 'zod';
import { FormAlert } from '../../components/forms/form-alert';
import { usePlaceApiProblems } from '../../components/forms/use-describe-problem';
import { NewPasswordField } from '../../components/forms/password-field';
import { useErrorMessage } from '../../components/forms/use-error-message';
import { isExpiredLink, useConfirmPasswordReset } from './password-reset-queries';
import { PasswordStrengthMeter } from './password-strength-meter';

const formSchema = z.object({ password: passwordSchema });
type FormValues = z.infer<typeof formSchema>;

/** The page the emailed link opens: a new password, then on to sign in. */
export function ResetPasswordForm({ token, email }: { token: string; email: string | null }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const confirm = useConfirmPasswordReset();
  const form = useForm<FormValues>({
    resolver: zodResolver(formSchema),
    defaultValues: { password: '' },
    mode: 'onTouched',
  });
  const placeApiProblems = usePlaceApiProblems({ password: 'text' }, form.setError);
  const password = useWatch({ control: form.control, name: 'password' });

  if (confirm.isSuccess) {
    const signInLink = email ? `/sign-in?email=${encodeURIComponent(email)}` : '/sign-in';
    return (
      <Stack gap="md">
        <Alert
          color="pine"
          icon={<IconCircleCheck size={20} aria-hidden />}
          title={t('passwordReset.confirm.doneTitle')}
        >
          {t('passwordReset.confirm.doneBody')}
        </Alert>
        <Button component={Link} to={signInLink} size="md">
          {t('passwordReset.confirm.signIn')}
        </Button>
      </Stack>
    );
  }

  if (confirm.isError && isExpiredLink(confirm.error)) {
    return (
      <Stack gap="md">
        <FormAlert>{t('passwordReset.confirm.linkExpired')}</FormAlert>
        <Button component={Link} to="/forgot-password" size="md">
          {t('passwordReset.confirm.askAgain')}
        </Button>
      </Stack>
    );
  }

  const onSubmit = (values: FormValues) =>
    confirm.mutate({ token, password: values.password }, { onError: (error) => void placeApiProblems(error) });
  const passwordPlaced = Boolean(form.formState.errors.password);

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label={t('passwordReset.confirm.title')}>
      <Stack gap="md">
        {confirm.isError && !passwordPlaced ? <FormAlert>{errorMessage(confirm.error)}</FormAlert> : null}
        <NewPasswordField
          label={t('passwordReset.confirm.password')}
          error={form.formState.errors.password}
          {...form.register('password')}
        />
        <PasswordStrengthMeter password={password} />
        <Button type="submit" size="md" fullWidth loading={confirm.isPending}>
          {t('passwordReset.confirm.submit')}
        </Button>
      </Stack>
    </form>
  );
}
