import { Menu } from '@mantine/core';
import { IconCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, SUPPORTED_LANGUAGES } from '../i18n';
import { useOpenOnMount } from './deferred-menu';
import { LanguageButton, type LanguageSwitcherProps } from './language-switcher';

/** The language switcher's menu, loaded when first asked for (language-switcher.tsx). */
export default function LanguageMenu({ fullWidth = false }: LanguageSwitcherProps) {
  const { i18n } = useTranslation();
  const { opened, setOpened, target } = useOpenOnMount();
  return (
    <Menu position="bottom-end" width={200} shadow="md" opened={opened} onChange={setOpened}>
      <Menu.Target>
        <LanguageButton ref={target} fullWidth={fullWidth} />
      </Menu.Target>
      <Menu.Dropdown>
        {SUPPORTED_LANGUAGES.map((language) => {
          const selected = language.code === i18n.resolvedLanguage;
          return (
            <Menu.Item
              key={language.code}
              lang={language.code}
              aria-current={selected ? 'true' : undefined}
              rightSection={selected ? <IconCheck size={16} aria-hidden /> : null}
              fw={selected ? 600 : undefined}
              onClick={() => void changeLanguage(language.code)}
            >
              {language.label}
            </Menu.Item>
          );
        })}
      </Menu.Dropdown>
    </Menu>
  );
}
