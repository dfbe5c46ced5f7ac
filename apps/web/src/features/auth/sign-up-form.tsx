import { registerSchema, type RegisterInput, type SelfServiceRole } from '@crowdstake/domain';
import { zodResolver } from '@hookform/resolvers/zod';
import { Anchor, Button, Checkbox, Stack, TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { Trans, useTranslation } from 'react-i18next';
import { EmailField } from '../../components/forms/email-field';
import { FormAlert } from '../../components/forms/form-alert';
import { NewPasswordField } from '../../components/forms/password-field';
import { describeFieldError } from '../../components/forms/problem-resolver';
import { usePlaceApiProblems } from '../../components/forms/use-describe-problem';
import { useErrorMessage } from '../../components/forms/use-error-message';
import { useSignUp } from './auth-queries';
import { PasswordStrengthMeter } from './password-strength-meter';
import { RoleChoice } from './role-choice';
import '../../i18n/bundles/honesty';

const FIELDS = { name: 'text', email: 'email', password: 'text', role: 'choice', acceptedTerms: 'choice' } as const;

/**
 * The API's own schema, with acceptance of the terms and the risk statement required: the web
 * always asks, while the field stays optional for API clients written to the public contract.
 */
const signUpSchema = registerSchema.required({ acceptedTerms: true });

interface SignUpFormProps {
  initialRole: SelfServiceRole;
  /** The account exists but signing in afterwards failed (rare: rate limit, network); send them to sign in. */
  onCreatedButSignedOut: (email: string) => void;
}

/** Validates with the API's own schema before sending, then shows the API's field errors in place. */
export function SignUpForm({ initialRole, onCreatedButSignedOut }: SignUpFormProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const signUp = useSignUp();
  const [formError, setFormError] = useState<unknown>(null);
  const form = useForm({
    resolver: zodResolver(signUpSchema),
    defaultValues: { name: '', email: '', password: '', role: initialRole, acceptedTerms: undefined },
    mode: 'onTouched',
  });
  const { errors } = form.formState;
  const placeApiProblems = usePlaceApiProblems(FIELDS, form.setError);
  const password = useWatch({ control: form.control, name: 'password' });

  const onSubmit = (values: RegisterInput) => {
    setFormError(null);
    signUp.mutate(values, {
      onSuccess: (outcome) => {
        if (!outcome.signedIn) return onCreatedButSignedOut(values.email);
        notifications.show({ message: t('auth.signUp.welcome', { name: outcome.user.name }), color: 'pine' });
      },
      onError: (error) => {
        if (!placeApiProblems(error)) setFormError(error);
      },
    });
  };

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label={t('auth.signUp.title')}>
      <Stack gap="md">
        {formError ? <FormAlert>{errorMessage(formError)}</FormAlert> : null}
        <TextInput
          label={t('auth.fields.name')}
          autoComplete="name"
          required
          error={describeFieldError(errors.name, {
            too_small: t('validation.nameRequired'),
            too_big: t('validation.nameTooLong'),
            default: t('validation.nameRequired'),
          })}
          {...form.register('name')}
        />
        <EmailField error={errors.email} {...form.register('email')} />
        <NewPasswordField label={t('auth.fields.password')} error={errors.password} {...form.register('password')} />
        <PasswordStrengthMeter password={password} />
        <Controller
          control={form.control}
          name="role"
          render={({ field, fieldState }) => (
            <RoleChoice
              value={field.value}
              onChange={field.onChange}
              error={describeFieldError(fieldState.error, { default: t('validation.roleRequired') })}
            />
          )}
        />
        <Controller
          control={form.control}
          name="acceptedTerms"
          render={({ field, fieldState }) => (
            <Checkbox
              name={field.name}
              ref={field.ref}
              checked={field.value === true}
              onChange={(event) => field.onChange(event.currentTarget.checked ? true : undefined)}
              onBlur={field.onBlur}
              data-testid="accept-terms"
              label={
                <Trans
                  i18nKey="honesty.signUp.accept"
                  components={{
                    // A new tab, so that reading the terms does not lose what was typed here.
                    terms: <Anchor href="/terms" target="_blank" rel="noopener" inherit />,
                    risks: <Anchor href="/terms#risk-statement" target="_blank" rel="noopener" inherit />,
                  }}
                />
              }
              error={fieldState.error ? t('honesty.signUp.acceptRequired') : undefined}
            />
          )}
        />
        <Button type="submit" size="md" fullWidth loading={signUp.isPending} mt="xs">
          {t('auth.signUp.submit')}
        </Button>
      </Stack>
    </form>
  );
}
