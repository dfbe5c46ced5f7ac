import { Button, Container } from '@mantine/core';
import { IconBuildingStore } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useLocation } from 'react-router';
import { EmptyPanel } from '../../components/empty-panel';
import { PageLoader } from '../../components/page-loader';
import { hasRole, isStaff } from '@crowdstake/domain/core';
import { AddRoleButton } from '../auth/add-role';
import { useMe } from '../auth/auth-queries';
import { signInPath } from '../auth/next-path';
import '../../i18n/bundles/founder';

/**
 * The founder's pages: a visitor is sent to sign in and comes back here; a signed-in backer or
 * reviewer is told this area is not for them (the API would refuse them anyway).
 */
export function FounderOnly({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const location = useLocation();
  const me = useMe();

  if (me.isPending) return <PageLoader />;
  if (!me.data) return <Navigate to={signInPath(location.pathname + location.search)} replace />;
  if (!hasRole(me.data, 'founder')) {
    const selfService = !isStaff(me.data.role);
    return (
      <Container size="sm" py={80}>
        <EmptyPanel
          headingOrder={1}
          icon={<IconBuildingStore size={32} aria-hidden />}
          title={t('founder.access.notFounderTitle')}
          description={selfService ? t('founder.access.notFounderBody') : t('founder.access.staffBody')}
          action={
            selfService ? (
              <AddRoleButton role="founder" label={t('founder.access.addFounding')} />
            ) : (
              <Button component={Link} to="/discover">
                {t('founder.access.notFounderAction')}
              </Button>
            )
          }
        />
      </Container>
    );
  }
  return children;
}
