import { Box, Progress } from '@mantine/core';
import { hasRole } from '@crowdstake/domain/core';
import { useTranslation } from 'react-i18next';
import { Outlet, ScrollRestoration, useNavigation } from 'react-router';
import { SiteFooter } from '../components/layout/site-footer';
import { SiteHeader } from '../components/layout/site-header';
import { AccountMenu, MobileAccountMenu } from '../features/auth/account-menu';
import { useMe } from '../features/auth/auth-queries';

/** Every page: header, main content, footer; a thin bar shows while the next page's code loads. */
export function RootLayout() {
  const navigation = useNavigation();
  const { t } = useTranslation();
  const me = useMe().data;
  // One link per role the account has: a backer who also founds sees both.
  const roleLinks = me
    ? [
        ...(hasRole(me, 'founder') ? [{ to: '/founder', label: t('nav.founderDashboard') }] : []),
        ...(hasRole(me, 'reviewer') ? [{ to: '/review', label: t('nav.reviewQueue') }] : []),
        ...(hasRole(me, 'backer') ? [{ to: '/me/pledges', label: t('nav.myPledges') }] : []),
      ]
    : [];
  return (
    <Box mih="100dvh" style={{ display: 'flex', flexDirection: 'column' }}>
      {navigation.state === 'loading' ? (
        <Progress
          value={100}
          animated
          size={3}
          radius={0}
          pos="fixed"
          top={0}
          left={0}
          right={0}
          style={{ zIndex: 300 }}
          aria-hidden
        />
      ) : null}
      <SiteHeader
        account={<AccountMenu />}
        mobileAccount={(closeMenu) => <MobileAccountMenu onNavigate={closeMenu} />}
        roleLinks={roleLinks}
      />
      <Box
        component="main"
        id="main"
        tabIndex={-1}
        style={{ flex: 1, display: 'flex', flexDirection: 'column', outline: 'none' }}
      >
        <Outlet />
      </Box>
      <SiteFooter />
      <ScrollRestoration />
    </Box>
  );
}
