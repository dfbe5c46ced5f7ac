import type { UserView } from '@crowdstake/domain';
import { Avatar, Button, Group, Skeleton, Stack, Text, UnstyledButton } from '@mantine/core';
import { IconChevronDown, IconLogout } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { DeferredMenu, type DeferredTriggerProps } from '../../components/deferred-menu';
import { lazyOr, preload, reloadPage } from '../../components/lazy-or';
import { Link, useLocation } from 'react-router';
import { useMe } from './auth-queries';
import { initials } from './initials';
import { signInPath } from './next-path';
import { RoleBadge } from './role-badge';
import { useSignOutAction } from './use-sign-out-action';

/** The header's right side: sign in and sign up for visitors, the account menu once signed in. */
export function AccountMenu() {
  const me = useMe();
  if (me.isPending) return <Skeleton height={36} width={160} radius="md" aria-hidden />;
  return me.data ? <SignedInMenu user={me.data} /> : <SignedOutActions />;
}

function SignedOutActions({ onNavigate, stacked = false }: { onNavigate?: () => void; stacked?: boolean }) {
  const { t } = useTranslation();
  const location = useLocation();
  const Wrapper = stacked ? Stack : Group;
  return (
    <Wrapper gap="xs">
      <Button
        component={Link}
        to={signInPath(location.pathname + location.search)}
        variant="default"
        onClick={onNavigate}
      >
        {t('nav.signIn')}
      </Button>
      <Button component={Link} to="/sign-up" onClick={onNavigate}>
        {t('nav.signUp')}
      </Button>
    </Wrapper>
  );
}

const loadMenu = () => import('./signed-in-menu');
// If the menu cannot be fetched, the button reloads the page, which brings the current release.
const SignedInMenuLoaded = lazyOr(loadMenu, ({ user }: { user: UserView }) => (
  <AccountButton user={user} onClick={reloadPage} />
));

/** The signed-in menu: its code comes when first reached for (components/deferred-menu.tsx). */
function SignedInMenu({ user }: { user: UserView }) {
  return (
    <DeferredMenu
      trigger={(props) => <AccountButton user={user} {...props} />}
      preload={preload(loadMenu)}
      menu={<SignedInMenuLoaded user={user} />}
    />
  );
}

/** The account menu's button: who is signed in, in which role. */
export function AccountButton({
  user,
  ref,
  ...handlers
}: { user: UserView; ref?: Ref<HTMLButtonElement> } & DeferredTriggerProps) {
  const { t } = useTranslation();
  return (
    <UnstyledButton
      ref={ref}
      aria-label={`${t('account.menu')}: ${user.name}, ${t(`account.roles.${user.role}`)}`}
      style={{ borderRadius: 'var(--mantine-radius-xl)' }}
      px={6}
      py={4}
      {...handlers}
    >
      <Group gap="xs" wrap="nowrap">
        <Avatar color="pine" radius="xl" size={32} aria-hidden>
          {initials(user.name)}
        </Avatar>
        <Text size="sm" fw={600} maw={160} truncate="end">
          {user.name}
        </Text>
        <RoleBadge role={user.role} />
        <IconChevronDown size={14} aria-hidden />
      </Group>
    </UnstyledButton>
  );
}

/** The mobile drawer's version: full-width actions, and the account shown as a card. */
export function MobileAccountMenu({ onNavigate }: { onNavigate: () => void }) {
  const { t } = useTranslation();
  const me = useMe();
  const signOut = useSignOutAction();
  if (me.isPending) return <Skeleton height={80} radius="md" aria-hidden />;
  if (!me.data) return <SignedOutActions onNavigate={onNavigate} stacked />;
  const user = me.data;
  return (
    <Stack gap="sm">
      <Group gap="sm" wrap="nowrap">
        <Avatar color="pine" radius="xl">
          {initials(user.name)}
        </Avatar>
        <Stack gap={0} style={{ minWidth: 0 }}>
          <Group gap={6}>
            <Text fw={600}>{user.name}</Text>
            <RoleBadge role={user.role} />
          </Group>
          <Text size="sm" c="dimmed" truncate="end">
            {user.email}
          </Text>
        </Stack>
      </Group>
      <Button
        variant="default"
        leftSection={<IconLogout size={16} aria-hidden />}
        loading={signOut.pending}
        onClick={() => {
          onNavigate();
          signOut.run('this-device');
        }}
      >
        {t('account.signOut')}
      </Button>
    </Stack>
  );
}
