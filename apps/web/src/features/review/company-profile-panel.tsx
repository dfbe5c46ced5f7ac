import type { CompanyView } from '@crowdstake/domain';
import { Anchor, Badge, Card, DataList, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Money } from '../../components/money';
import { jurisdictionName } from '../honesty/jurisdiction-name';
import { debtRatio, formatCalendarDate, formatTenthsOfPercent } from './review-figures';
import '../../i18n/bundles/review';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataList.Item>
      <DataList.ItemLabel c="dimmed">{label}</DataList.ItemLabel>
      <DataList.ItemValue fw={500}>{children}</DataList.ItemValue>
    </DataList.Item>
  );
}

/** The full profile staff see: registration, financials with the debt ratio, and the founder's identity. */
export function CompanyProfilePanel({ company }: { company: CompanyView }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';

  return (
    <Card component="section" aria-labelledby="review-company-title" data-testid="company-profile">
      <Stack gap="md">
        <Title order={2} size="h3" id="review-company-title">
          {t('review.company.title')}
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl">
          <DataList labelWidth={150}>
            <Row label={t('review.company.legalName')}>{company.legalName}</Row>
            <Row label={t('review.company.registrationNumber')}>{company.registrationNumber}</Row>
            <Row label={t('review.company.jurisdiction')}>{jurisdictionName(company.jurisdiction, locale)}</Row>
            <Row label={t('review.company.industry')}>{t(`vocabulary.industries.${company.industry}`)}</Row>
            <Row label={t('review.company.foundedOn')}>{formatCalendarDate(company.foundedOn, locale)}</Row>
            <Row label={t('review.company.employees')}>{new Intl.NumberFormat(locale).format(company.employees)}</Row>
            <Row label={t('review.company.website')}>
              {company.website ? (
                <Anchor href={company.website} target="_blank" rel="noopener noreferrer">
                  {company.website}
                </Anchor>
              ) : (
                <Text span c="dimmed" inherit>
                  {t('review.company.noWebsite')}
                </Text>
              )}
            </Row>
          </DataList>
          <Stack gap="xs">
            <Text fw={700} size="sm">
              {t('review.company.financials')}
            </Text>
            <DataList labelWidth={150} data-testid="company-financials">
              <Row label={t('review.company.annualRevenue')}>
                <Money amountMinor={company.annualRevenue} currency={company.currency} />
              </Row>
              <Row label={t('review.company.totalDebt')}>
                <Money amountMinor={company.totalDebt} currency={company.currency} />
              </Row>
              <Row label={t('review.company.debtRatio')}>
                <DebtRatioText company={company} />
              </Row>
            </DataList>
          </Stack>
        </SimpleGrid>
        <FounderIdentity company={company} />
      </Stack>
    </Card>
  );
}

function DebtRatioText({ company }: { company: CompanyView }) {
  const { t, i18n } = useTranslation();
  const ratio = debtRatio(company.totalDebt, company.annualRevenue);
  if (ratio.kind === 'none') return t('review.company.noDebt');
  if (ratio.kind === 'no_revenue')
    return (
      <Text span c="red.9" fw={600} inherit>
        {t('review.company.debtWithoutRevenue')}
      </Text>
    );
  return t('review.company.debtRatioValue', {
    percent: formatTenthsOfPercent(ratio.tenthsOfPercent, i18n.resolvedLanguage ?? 'en'),
  });
}

/** Personal data: shown to the reviewer to check the identity document, and marked as private. */
function FounderIdentity({ company }: { company: CompanyView }) {
  const { t, i18n } = useTranslation();
  const identity = company.founderIdentity;
  return (
    <Paper
      component="section"
      aria-labelledby="review-identity-title"
      bg="gray.0"
      p="md"
      radius="md"
      data-testid="founder-identity"
    >
      <Stack gap="sm">
        <Group justify="space-between" gap="xs">
          <Title order={3} size="h4" id="review-identity-title">
            {t('review.company.founderIdentity')}
          </Title>
          <Badge
            color="indigo"
            c="indigo.9"
            leftSection={<IconLock size={12} aria-hidden />}
            style={{ textTransform: 'none' }}
          >
            {t('review.company.private')}
          </Badge>
        </Group>
        <Text size="sm" c="dimmed">
          {t('review.company.privateHint')}
        </Text>
        {identity ? (
          <DataList labelWidth={150}>
            <Row label={t('review.company.fullName')}>{identity.fullName}</Row>
            <Row label={t('review.company.dateOfBirth')}>
              {formatCalendarDate(identity.dateOfBirth, i18n.resolvedLanguage ?? 'en')}
            </Row>
            <Row label={t('review.company.nationality')}>{identity.nationality}</Row>
            <Row label={t('review.company.idDocumentNumber')}>{identity.idDocumentNumber}</Row>
          </DataList>
        ) : (
          <Text fw={600} c="red.9">
            {t('review.company.noIdentity')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
