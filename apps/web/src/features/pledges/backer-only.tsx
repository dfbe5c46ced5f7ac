import { Button, Container } from '@mantine/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { EmptyPanel } from '../../components/empty-panel';
import { PageLoader } from '../../components/page-loader';
import { hasRole, isStaff } from '@crowdstake/domain/core';
import { AddRoleButton } from '../auth/add-role';
import { useMe } from '../auth/auth-queries';
import { signInPath } from '../auth/next-path';
import '../../i18n/bundles/pledges';

/**
 * The backer's pages (pledging, portfolio, investor profile): a visitor signs in and comes back;
 * a founder or reviewer reads a calm panel instead of the API's refusals.
 */
export function BackerOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return <PageLoader />;
  if (!me.data) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  if (!hasRole(me.data, 'backer')) {
    const selfService = !isStaff(me.data.role);
    return (
      <Container size="sm" py={80}>
        <EmptyPanel
          headingOrder={1}
          icon={<IconHeartHandshake size={32} aria-hidden />}
          title={t('pledges.access.title')}
          description={t('pledges.access.body')}
          action={
            selfService ? (
              <AddRoleButton role="backer" label={t('pledges.access.addBacking')} />
            ) : (
              <Button component={Link} to="/discover">
                {t('pledges.access.action')}
              </Button>
            )
          }
        />
      </Container>
    );
  }
  return children;
}
