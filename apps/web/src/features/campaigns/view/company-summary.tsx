import { Anchor, Badge, DataList, Group, List, Stack, Text } from '@mantine/core';
import type { CompanyPublicView, DocumentView } from '@crowdstake/domain';
import { IconExternalLink, IconFileText } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { SectionCard } from '../../../components/section-card';
import { jurisdictionName } from '../../honesty/jurisdiction-name';
import { formatCalendarDate } from './plain-terms';
import '../../../i18n/bundles/campaign-page';

/** Who is raising the money: only what the public view of a company shows. */
export function CompanySummary({ company, headingOrder }: { company: CompanyPublicView; headingOrder: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return (
    <SectionCard
      headingId="company-heading"
      heading={t('campaignPage.company.heading')}
      headingOrder={headingOrder}
      testId="company-summary"
    >
      <Text fw={700} fz="lg">
        {company.legalName}
      </Text>
      <DataList size="sm" gap="xs" labelWidth={110} withDivider>
        <Row label={t('campaignPage.company.jurisdiction')}>{jurisdictionName(company.jurisdiction, locale)}</Row>
        <Row label={t('campaignPage.company.industry')}>{t(`vocabulary.industries.${company.industry}`)}</Row>
        <Row label={t('campaignPage.company.founded')}>{formatCalendarDate(company.foundedOn, locale)}</Row>
        <Row label={t('campaignPage.company.employees')}>{new Intl.NumberFormat(locale).format(company.employees)}</Row>
        {company.website ? (
          <Row label={t('campaignPage.company.website')}>
            <Anchor
              href={company.website}
              target="_blank"
              rel="nofollow noopener noreferrer"
              style={{ wordBreak: 'break-all' }}
            >
              {displayHost(company.website)}
              <IconExternalLink size={12} aria-hidden style={{ marginLeft: 4, verticalAlign: 'middle' }} />
            </Anchor>
          </Row>
        ) : null}
      </DataList>
    </SectionCard>
  );
}

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel>{label}</DataList.ItemLabel>
      <DataList.ItemValue>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

/** "harbour-bakery.example" reads better than the whole address; the link keeps it. */
function displayHost(website: string): string {
  try {
    return new URL(website).host;
  } catch {
    return website;
  }
}

/**
 * The company's documents as links. The public sees only documents the founder marked public
 * (the API already filters); a reviewer sees all of them, the private ones labelled.
 */
export function CompanyDocuments({
  documents,
  showPrivate,
  headingOrder,
}: {
  documents: DocumentView[];
  showPrivate: boolean;
  headingOrder: 2 | 3;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const shown = showPrivate ? documents : documents.filter((document) => document.public);
  const size = new Intl.NumberFormat(locale, { style: 'unit', unit: 'kilobyte', maximumFractionDigits: 0 });
  return (
    <SectionCard
      headingId="documents-heading"
      heading={t('campaignPage.documents.heading')}
      headingOrder={headingOrder}
      testId="company-documents"
      emptyNote={shown.length === 0 ? t('campaignPage.documents.none') : null}
    >
      <List listStyleType="none" spacing="xs">
        {shown.map((document) => (
          <List.Item key={document.id}>
            <Group gap="xs" wrap="nowrap" align="flex-start">
              <IconFileText
                size={18}
                aria-hidden
                color="var(--mantine-color-pine-7)"
                style={{ flexShrink: 0, marginTop: 2 }}
              />
              <Stack gap={0} style={{ minWidth: 0 }}>
                <Anchor href={document.url} target="_blank" rel="noopener" size="sm" fw={600}>
                  {t(`vocabulary.documentKinds.${document.kind}`)}
                </Anchor>
                <Text size="xs" c="dimmed" style={{ wordBreak: 'break-all' }}>
                  {document.filename} · {size.format(Math.max(1, Math.ceil(document.size / 1024)))}
                </Text>
              </Stack>
              {!document.public ? (
                <Badge color="gray" c="gray.8" ml="auto" style={{ flexShrink: 0 }}>
                  {t('campaignPage.documents.private')}
                </Badge>
              ) : null}
            </Group>
          </List.Item>
        ))}
      </List>
    </SectionCard>
  );
}
