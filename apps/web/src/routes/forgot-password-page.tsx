import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { AuthLayout } from '../components/layout/auth-layout';
import { PageTitle } from '../components/page-title';
import { ForgotPasswordForm } from '../features/auth/forgot-password-form';

export function ForgotPasswordPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  return (
    <AuthLayout
      title={t('passwordReset.request.title')}
      lead={t('passwordReset.request.lead')}
      footer={
        <Anchor component={Link} to="/sign-in" fw={600}>
          {t('passwordReset.backToSignIn')}
        </Anchor>
      }
    >
      <PageTitle title={t('passwordReset.request.title')} />
      <ForgotPasswordForm initialEmail={params.get('email') ?? ''} />
    </AuthLayout>
  );
}
