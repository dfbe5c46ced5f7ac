import { Button, Menu } from '@mantine/core';
import { IconCheck, IconChevronDown, IconLanguage } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { changeLanguage, SUPPORTED_LANGUAGES } from '../i18n';

/** A menu of languages, each named in itself; the choice is remembered on this device. */
export function LanguageSwitcher({ fullWidth = false }: { fullWidth?: boolean }) {
  const { t, i18n } = useTranslation();
  const current =
    SUPPORTED_LANGUAGES.find((language) => language.code === i18n.resolvedLanguage) ?? SUPPORTED_LANGUAGES[0];

  return (
    <Menu position="bottom-end" width={200} shadow="md">
      <Menu.Target>
        <Button
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
        >
          {fullWidth ? current.label : current.short}
        </Button>
      </Menu.Target>
      <Menu.Dropdown>
        {SUPPORTED_LANGUAGES.map((language) => {
          const selected = language.code === current.code;
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
