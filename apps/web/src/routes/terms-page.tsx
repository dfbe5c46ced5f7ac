import { List } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { LegalPage, LegalSection } from '../features/honesty/legal-page';
import '../i18n/bundles/honesty';

/** `/terms`: the terms of use and the risk statement that sign-up asks new users to accept. */
export function TermsPage() {
  const { t } = useTranslation();
  const sections = t('honesty.legal.terms.sections', { returnObjects: true });
  const risks = t('honesty.legal.risks.items', { returnObjects: true });
  const { hash } = useLocation();
  // A link to the risk statement (the footer's, the warnings', sign-up's) lands on it.
  useEffect(() => {
    if (hash) document.getElementById(hash.slice(1))?.scrollIntoView();
  }, [hash]);
  return (
    <LegalPage title={t('honesty.legal.terms.title')} lead={t('honesty.legal.terms.lead')}>
      {sections.map((section) => (
        <LegalSection key={section.heading} heading={section.heading}>
          {section.body}
        </LegalSection>
      ))}
      <LegalSection id="risk-statement" heading={t('honesty.legal.risks.heading')}>
        <List spacing="xs">
          {risks.map((item) => (
            <List.Item key={item}>{item}</List.Item>
          ))}
        </List>
      </LegalSection>
    </LegalPage>
  );
}
