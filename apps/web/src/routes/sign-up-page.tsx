import { Anchor, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useNavigate, useSearchParams } from 'react-router';
import { AuthLayout } from '../components/layout/auth-layout';
import { PageTitle } from '../components/page-title';
import { useMe } from '../features/auth/auth-queries';
import { landingPath, safeNextPath } from '../features/auth/next-path';
import { SignUpForm } from '../features/auth/sign-up-form';

export function SignUpPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const me = useMe();
  const next = safeNextPath(params.get('next'));

  if (me.data) return <Navigate to={params.has('next') ? next : landingPath(me.data.role)} replace />;
  const nextQuery = params.has('next') ? `next=${encodeURIComponent(next)}` : '';

  return (
    <AuthLayout
      title={t('auth.signUp.title')}
      lead={t('auth.signUp.lead')}
      footer={
        <>
          {t('auth.signUp.haveAccount')}{' '}
          <Anchor component={Link} to={nextQuery ? `/sign-in?${nextQuery}` : '/sign-in'} fw={600}>
            {t('auth.signUp.signInLink')}
          </Anchor>
        </>
      }
    >
      <PageTitle title={t('auth.signUp.title')} />
      {me.isPending ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : (
        <SignUpForm
          initialRole={params.get('role') === 'founder' ? 'founder' : 'backer'}
          onCreatedButSignedOut={(email) =>
            void navigate(`/sign-in?email=${encodeURIComponent(email)}${nextQuery ? `&${nextQuery}` : ''}`)
          }
        />
      )}
    </AuthLayout>
  );
}
