import { Anchor, Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { FormAlert } from '../components/forms/form-alert';
import { AuthLayout } from '../components/layout/auth-layout';
import { PageTitle } from '../components/page-title';
import { ResetPasswordForm } from '../features/auth/reset-password-form';

export function ResetPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const token = params.get('token');
  return (
    <AuthLayout
      title={t('passwordReset.confirm.title')}
      lead={t('passwordReset.confirm.lead')}
      footer={
        <Anchor component={Link} to="/sign-in" fw={600}>
          {t('passwordReset.backToSignIn')}
        </Anchor>
      }
    >
      <PageTitle title={t('passwordReset.confirm.title')} />
      {token ? (
        <ResetPasswordForm token={token} email={params.get('email')} />
      ) : (
        <Stack gap="md">
          <FormAlert>{t('passwordReset.confirm.missingToken')}</FormAlert>
          <Button component={Link} to="/forgot-password" size="md">
            {t('passwordReset.confirm.askAgain')}
          </Button>
        </Stack>
      )}
    </AuthLayout>
  );
}
