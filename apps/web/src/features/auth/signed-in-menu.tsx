import { hasRole } from '@crowdstake/domain/core';
import type { UserView } from '@crowdstake/domain';
import { Menu, Stack, Text } from '@mantine/core';
import { IconDevices, IconHeartHandshake, IconLogout, IconUserDollar } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useOpenOnMount } from '../../components/deferred-menu';
import { AccountButton } from './account-menu';
import { useSignOutAction } from './use-sign-out-action';

/** The signed-in person's menu, loaded when first asked for (account-menu.tsx). */
export default function SignedInMenu({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const signOut = useSignOutAction();
  const { opened, setOpened, target } = useOpenOnMount();
  return (
    <Menu position="bottom-end" width={260} shadow="md" opened={opened} onChange={setOpened}>
      <Menu.Target>
        <AccountButton ref={target} user={user} />
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{t('account.signedInAs')}</Menu.Label>
        <Stack gap={2} px="sm" pb="xs">
          <Text size="sm" fw={600}>
            {user.name}
          </Text>
          <Text size="xs" c="dimmed" truncate="end">
            {user.email}
          </Text>
        </Stack>
        <Menu.Divider />
        {hasRole(user, 'backer') ? (
          <>
            <Menu.Item component={Link} to="/me/pledges" leftSection={<IconHeartHandshake size={16} aria-hidden />}>
              {t('nav.myPledges')}
            </Menu.Item>
            <Menu.Item
              component={Link}
              to="/me/investor-profile"
              leftSection={<IconUserDollar size={16} aria-hidden />}
            >
              {t('nav.investorProfile')}
            </Menu.Item>
            <Menu.Divider />
          </>
        ) : null}
        <Menu.Item
          leftSection={<IconLogout size={16} aria-hidden />}
          onClick={() => signOut.run('this-device')}
          disabled={signOut.pending}
        >
          {t('account.signOut')}
        </Menu.Item>
        <Menu.Item
          leftSection={<IconDevices size={16} aria-hidden />}
          onClick={() => signOut.run('everywhere')}
          disabled={signOut.pending}
        >
          {t('account.signOutEverywhere')}
        </Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}
