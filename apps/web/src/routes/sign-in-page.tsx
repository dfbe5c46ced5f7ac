import { Anchor, Center, Loader } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { AuthLayout } from '../components/layout/auth-layout';
import { PageTitle } from '../components/page-title';
import { useMe } from '../features/auth/auth-queries';
import { landingPath, safeNextPath } from '../features/auth/next-path';
import { SignInForm } from '../features/auth/sign-in-form';

export function SignInPage() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const me = useMe();
  const next = safeNextPath(params.get('next'));

  // Signing in fills the "me" query, which brings the person on to where they were going.
  if (me.data) return <Navigate to={params.has('next') ? next : landingPath(me.data.role)} replace />;
  const signUpLink = params.has('next') ? `/sign-up?next=${encodeURIComponent(next)}` : '/sign-up';

  return (
    <AuthLayout
      title={t('auth.signIn.title')}
      lead={t('auth.signIn.lead')}
      footer={
        <>
          {t('auth.signIn.noAccount')}{' '}
          <Anchor component={Link} to={signUpLink} fw={600}>
            {t('auth.signIn.signUpLink')}
          </Anchor>
        </>
      }
    >
      <PageTitle title={t('auth.signIn.submit')} />
      {me.isPending ? (
        <Center py="xl">
          <Loader aria-label={t('common.loading')} />
        </Center>
      ) : (
        <SignInForm initialEmail={params.get('email') ?? ''} />
      )}
    </AuthLayout>
  );
}
