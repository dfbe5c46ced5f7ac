import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LegalPage, LegalSection } from '../features/honesty/legal-page';
import '../i18n/bundles/honesty';

const TOPICS = ['general', 'complaints', 'fraud', 'security'] as const;

/** `/contact`: where to write, by topic. */
export function ContactPage() {
  const { t } = useTranslation();
  return (
    <LegalPage title={t('honesty.legal.contact.title')} lead={t('honesty.legal.contact.lead')}>
      {TOPICS.map((topic) => (
        <LegalSection key={topic} heading={t(`honesty.legal.contact.${topic}`)}>
          {t(`honesty.legal.contact.${topic}Body`)}
        </LegalSection>
      ))}
      <Text size="sm" c="dimmed">
        {t('honesty.legal.contact.address')}
      </Text>
    </LegalPage>
  );
}
