import { useTranslation } from 'react-i18next';
import { LegalPage, LegalSection } from '../features/honesty/legal-page';
import '../i18n/bundles/honesty';

/** `/privacy`: what the platform collects, why, who sees it, and the reader's rights. */
export function PrivacyPage() {
  const { t } = useTranslation();
  const sections = t('honesty.legal.privacy.sections', { returnObjects: true });
  return (
    <LegalPage title={t('honesty.legal.privacy.title')} lead={t('honesty.legal.privacy.lead')}>
      {sections.map((section) => (
        <LegalSection key={section.heading} heading={section.heading}>
          {section.body}
        </LegalSection>
      ))}
    </LegalPage>
  );
}
