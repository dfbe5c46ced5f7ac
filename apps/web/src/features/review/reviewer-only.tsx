import { Button, Container, Stack } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { EmptyPanel } from '../../components/empty-panel';
import { FormAlert } from '../../components/forms/form-alert';
import { useErrorMessage } from '../../components/forms/use-error-message';
import { PageLoader } from '../../components/page-loader';
import { PageTitle } from '../../components/page-title';
import { useMe } from '../auth/auth-queries';
import { signInPath } from '../auth/next-path';
import '../../i18n/bundles/review';

/**
 * The reviewer's pages: a visitor is sent to sign in (and comes back), anyone else is told
 * plainly that the page is not for them instead of meeting a 403 in every panel.
 */
export function ReviewerOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();
  const errorMessage = useErrorMessage();

  if (me.isPending) return <PageLoader />;
  // Not knowing who this is (the API unreachable) is not the same as "not a reviewer".
  if (me.isError) {
    return (
      <Container py={48}>
        <FormAlert>
          <Stack gap="sm" align="flex-start">
            {errorMessage(me.error)}
            <Button variant="white" color="red" size="xs" onClick={() => void me.refetch()}>
              {t('review.queue.retry')}
            </Button>
          </Stack>
        </FormAlert>
      </Container>
    );
  }
  if (me.data === null) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  if (me.data?.role !== 'reviewer') {
    return (
      <Container py={48}>
        <PageTitle title={t('review.access.title')} />
        <EmptyPanel
          icon={<IconLock size={32} aria-hidden />}
          title={t('review.access.title')}
          description={t('review.access.body')}
          headingOrder={1}
          testId="review-access-denied"
          action={
            <Button component={Link} to="/" variant="light">
              {t('review.access.home')}
            </Button>
          }
        />
      </Container>
    );
  }
  return children;
}
