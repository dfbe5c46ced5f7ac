import { Button } from '@mantine/core';
import { IconChevronDown, IconLanguage } from '@tabler/icons-react';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import { SUPPORTED_LANGUAGES } from '../i18n';
import { DeferredMenu, type DeferredTriggerProps } from './deferred-menu';
import { lazyOr, preload, reloadPage } from './lazy-or';

const loadMenu = () => import('./language-menu');
// If the menu cannot be fetched, the button reloads the page, which brings the current release.
const LanguageMenu = lazyOr(loadMenu, (props: LanguageSwitcherProps) => (
  <LanguageButton {...props} onClick={reloadPage} />
));

export interface LanguageSwitcherProps {
  fullWidth?: boolean;
}

/** A menu of languages, each named in itself; the choice is remembered on this device. */
export function LanguageSwitcher({ fullWidth = false }: LanguageSwitcherProps) {
  return (
    <DeferredMenu
      trigger={(props) => <LanguageButton fullWidth={fullWidth} {...props} />}
      preload={preload(loadMenu)}
      menu={<LanguageMenu fullWidth={fullWidth} />}
    />
  );
}

/** The switcher's button: the current language, and what it does for a screen reader. */
export function LanguageButton({
  fullWidth = false,
  ref,
  ...handlers
}: LanguageSwitcherProps & DeferredTriggerProps & { ref?: Ref<HTMLButtonElement> }) {
  const { t, i18n } = useTranslation();
  const current =
    SUPPORTED_LANGUAGES.find((language) => language.code === i18n.resolvedLanguage) ?? SUPPORTED_LANGUAGES[0];
  return (
    <Button
      ref={ref}
      variant="subtle"
      color="gray"
      c="gray.8"
      fullWidth={fullWidth}
      justify={fullWidth ? 'space-between' : undefined}
      leftSection={<IconLanguage size={18} aria-hidden />}
      rightSection={<IconChevronDown size={14} aria-hidden />}
      // The name holds what the button shows (axe: label-content-name-mismatch), then the language in full.
      aria-label={
        fullWidth
          ? `${t('language.change')}: ${current.label}`
          : `${t('language.change')}: ${current.short} (${current.label})`
      }
      {...handlers}
    >
      {fullWidth ? current.label : current.short}
    </Button>
  );
}
