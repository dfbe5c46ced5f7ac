import { loginSchema, type LoginInput } from '@crowdstake/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Stack } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isApiError } from '../../api/api-error';
import { EmailField } from '../../components/forms/email-field';
import { FormAlert } from '../../components/forms/form-alert';
import { PasswordField } from '../../components/forms/password-field';
import { describeFieldError } from '../../components/forms/problem-resolver';
import { usePlaceApiProblems } from '../../components/forms/use-describe-problem';
import { useErrorMessage } from '../../components/forms/use-error-message';
import { useSignIn } from './auth-queries';

const FIELDS = { email: 'email', password: 'text' } as const;

export function SignInForm({ initialEmail }: { initialEmail: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const signIn = useSignIn();
  const [formError, setFormError] = useState<unknown>(null);
  const form = useForm({
    resolver: zodResolver(loginSchema),
    defaultValues: { email: initialEmail, password: '' },
    mode: 'onTouched',
  });
  const { errors } = form.formState;
  const email = useWatch({ control: form.control, name: 'email' });
  const placeApiProblems = usePlaceApiProblems(FIELDS, form.setError);

  const onSubmit = (values: LoginInput) => {
    setFormError(null);
    signIn.mutate(values, {
      onSuccess: ({ user }) =>
        notifications.show({ message: t('auth.signIn.welcome', { name: user.name }), color: 'pine' }),
      onError: (error) => {
        // Which of the two was wrong is deliberately not said, so the form says it once, above both.
        if (!placeApiProblems(error)) setFormError(error);
        form.resetField('password', { keepError: true });
        form.setFocus('password');
      },
    });
  };

  const formErrorText =
    isApiError(formError) && formError.status === 401 ? t('errors.invalidCredentials') : errorMessage(formError);

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label={t('auth.signIn.title')}>
      <Stack gap="md">
        {formError ? <FormAlert>{formErrorText}</FormAlert> : null}
        <EmailField error={errors.email} {...form.register('email')} />
        <PasswordField
          label={t('auth.fields.password')}
          autoComplete="current-password"
          required
          error={describeFieldError(errors.password, { default: t('validation.passwordRequired') })}
          {...form.register('password')}
        />
        <Anchor
          component={Link}
          to={email ? `/forgot-password?email=${encodeURIComponent(email)}` : '/forgot-password'}
          size="sm"
          style={{ alignSelf: 'flex-end' }}
        >
          {t('passwordReset.forgotLink')}
        </Anchor>
        <Button type="submit" size="md" fullWidth loading={signIn.isPending} mt="xs">
          {t('auth.signIn.submit')}
        </Button>
      </Stack>
    </form>
  );
}
