import { Divider, Drawer, Stack } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { LanguageSwitcher } from '../language-switcher';
import classes from './site-header.module.css';
import { Wordmark } from './wordmark';

export interface MobileMenuProps {
  opened: boolean;
  onClose: () => void;
  links: { to: string; label: string }[];
  account: ReactNode;
}

/** The phone's navigation drawer, loaded the first time the menu button is pressed (site-header.tsx). */
export default function MobileMenu({ opened, onClose, links, account }: MobileMenuProps) {
  const { t } = useTranslation();
  return (
    <Drawer
      opened={opened}
      onClose={onClose}
      position="right"
      size="min(22rem, 100%)"
      hiddenFrom="md"
      title={<Wordmark />}
      closeButtonProps={{ 'aria-label': t('nav.closeMenu') }}
    >
      <Stack gap="xs">
        <nav aria-label={t('nav.main')}>
          {links.map((link) => (
            <NavLink key={link.to} to={link.to} className={classes.mobileLink} onClick={onClose}>
              {link.label}
            </NavLink>
          ))}
        </nav>
        <Divider my="sm" />
        {account}
        <Divider my="sm" />
        <LanguageSwitcher fullWidth />
      </Stack>
    </Drawer>
  );
}
