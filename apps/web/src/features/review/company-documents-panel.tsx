import type { DocumentView } from '@crowdstake/domain';
import { REQUIRED_DOCUMENT_KINDS } from '@crowdstake/domain/core';
import { Alert, Anchor, Badge, Card, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconExternalLink, IconFileText, IconLock, IconWorld } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatFileSize, formatList } from './review-figures';
import '../../i18n/bundles/review';

/** The company's files, each opened in a new tab (the API serves them sandboxed, never as our page). */
export function CompanyDocumentsPanel({ documents }: { documents: DocumentView[] }) {
  const { t, i18n } = useTranslation();
  const missing = REQUIRED_DOCUMENT_KINDS.filter((kind) => !documents.some((document) => document.kind === kind));

  return (
    <Card component="section" aria-labelledby="review-documents-title" data-testid="company-documents">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="review-documents-title">
            {t('review.documents.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('review.documents.lead')}
          </Text>
        </div>
        {missing.length > 0 ? (
          <Alert color="orange" variant="light" icon={<IconAlertTriangle size={18} aria-hidden />} py="xs">
            <Text size="sm" c="orange.9" fw={600}>
              {t('review.documents.missing', {
                kinds: formatList(
                  missing.map((kind) => t(`vocabulary.documentKinds.${kind}`)),
                  i18n.resolvedLanguage ?? 'en',
                ),
              })}
            </Text>
          </Alert>
        ) : null}
        {documents.length === 0 ? (
          <Text c="dimmed">{t('review.documents.empty')}</Text>
        ) : (
          <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
            {documents.map((document) => (
              <DocumentRow key={document.id} document={document} />
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function DocumentRow({ document }: { document: DocumentView }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return (
    <Group
      component="li"
      justify="space-between"
      wrap="nowrap"
      gap="md"
      p="sm"
      bd="1px solid var(--mantine-color-gray-3)"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
      data-testid="company-document"
    >
      <Group gap="sm" wrap="nowrap" miw={0}>
        <IconFileText size={24} aria-hidden color="var(--mantine-color-dimmed)" style={{ flexShrink: 0 }} />
        <Stack gap={4} miw={0}>
          <Group gap={6}>
            <Badge color="blue" c="blue.9" style={{ textTransform: 'none' }}>
              {t(`vocabulary.documentKinds.${document.kind}`)}
            </Badge>
            {document.public ? (
              <Badge color="pine" c="pine.9" variant="outline" leftSection={<IconWorld size={11} aria-hidden />}>
                {t('review.documents.public')}
              </Badge>
            ) : (
              <Badge color="indigo" c="indigo.9" variant="outline" leftSection={<IconLock size={11} aria-hidden />}>
                {t('review.documents.private')}
              </Badge>
            )}
          </Group>
          <Text fw={600} truncate="end">
            {document.filename}
          </Text>
          <Text size="xs" c="dimmed">
            {formatFileSize(document.size, locale)} · {document.contentType} ·{' '}
            {t('review.documents.uploaded', { date: formatDate(document.createdAt, locale) })}
          </Text>
        </Stack>
      </Group>
      <Anchor
        href={document.url}
        target="_blank"
        rel="noopener noreferrer"
        aria-label={t('review.documents.openLabel', { filename: document.filename })}
        fw={600}
        style={{ whiteSpace: 'nowrap', display: 'inline-flex', alignItems: 'center', gap: 4 }}
      >
        {t('review.documents.open')}
        <IconExternalLink size={16} aria-hidden />
      </Anchor>
    </Group>
  );
}
