import { Box, Burger, Container, Group } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { Suspense, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink } from 'react-router';
import { LanguageSwitcher } from '../language-switcher';
import { lazyOr, preload, reloadPage } from '../lazy-or';
import classes from './site-header.module.css';
import { Wordmark } from './wordmark';

const loadMobileMenu = () => import('./mobile-menu');
// If the drawer cannot be fetched, the page reloads, which brings the current release.
const MobileMenu = lazyOr(loadMobileMenu, ReloadInstead);

interface SiteHeaderProps {
  /** Sign in / sign up, or the account menu; given by the app so this header stays presentational. */
  account: ReactNode;
  /** The same for the mobile drawer, which closes itself when an action there navigates. */
  mobileAccount: (closeMenu: () => void) => ReactNode;
  /** Links of the signed-in person's role (a founder's campaigns, a reviewer's queue). */
  roleLinks?: { to: string; label: string }[];
}

export function SiteHeader({ account, mobileAccount, roleLinks = [] }: SiteHeaderProps) {
  const { t } = useTranslation();
  const [menuOpen, menu] = useDisclosure(false);
  // The drawer's code (Mantine's Drawer, focus trap and scroll lock) comes with the first press.
  const [menuWanted, setMenuWanted] = useState(false);
  const links = [
    { to: '/discover', label: t('nav.discover') },
    { to: '/how-it-works', label: t('nav.howItWorks') },
    ...roleLinks,
  ];

  return (
    <Box component="header" className={classes.header}>
      <a href="#main" className={classes.skipLink}>
        {t('nav.skipToContent')}
      </a>
      <Container className={classes.inner}>
        <Group gap="xl" wrap="nowrap">
          <Link to="/" className={classes.brand} aria-label={t('nav.home')}>
            <Wordmark />
          </Link>
          <Group component="nav" aria-label={t('nav.main')} gap={4} visibleFrom="md">
            {links.map((link) => (
              <NavLink key={link.to} to={link.to} className={classes.navLink}>
                {link.label}
              </NavLink>
            ))}
          </Group>
        </Group>

        <Group gap="sm" wrap="nowrap" visibleFrom="md">
          <LanguageSwitcher />
          {account}
        </Group>

        <Burger
          opened={menuOpen}
          onClick={() => {
            setMenuWanted(true);
            menu.toggle();
          }}
          onPointerEnter={preload(loadMobileMenu)}
          hiddenFrom="md"
          aria-label={menuOpen ? t('nav.closeMenu') : t('nav.openMenu')}
        />
      </Container>

      {menuWanted ? (
        <Suspense fallback={null}>
          <MobileMenu opened={menuOpen} onClose={menu.close} links={links} account={mobileAccount(menu.close)} />
        </Suspense>
      ) : null}
    </Box>
  );
}

function ReloadInstead(): null {
  useEffect(reloadPage, []);
  return null;
}
