import type { DocumentView } from '@crowdstake/domain';
import { Alert, Anchor, Badge, Box, Button, Code, Group, Skeleton, Stack, Text, Tooltip } from '@mantine/core';
import { IconAlertCircle, IconCircleCheck, IconInfoCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { missingDocumentKinds, useDocumentKindList } from '../../components/documents/document-kinds';
import { useErrorMessage } from '../../components/forms/use-error-message';
import { useCompanyDocuments } from './company-queries';
import { DocumentUploadForm } from './document-upload-form';
import { formatFileSize } from './file-size';
import '../../i18n/bundles/founder';

/** Upload and list the company's documents, with what reviewers still need. */
export function CompanyDocuments({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const documents = useCompanyDocuments(companyId);
  const kindList = useDocumentKindList();

  let list: ReactNode;
  if (documents.isPending) {
    list = <Skeleton height={120} aria-busy="true" aria-label={t('founder.common.retry')} />;
  } else if (documents.isError) {
    list = (
      <Alert color="red" variant="light" role="alert" icon={<IconAlertCircle size={20} aria-hidden />}>
        <Stack gap="xs" align="flex-start">
          {errorMessage(documents.error)}
          <Button size="xs" variant="white" color="red" onClick={() => void documents.refetch()}>
            {t('founder.common.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  } else {
    const missing = missingDocumentKinds(documents.data);
    list = (
      <Stack gap="sm">
        <Alert
          variant="light"
          color={missing.length > 0 ? 'blue' : 'pine'}
          icon={
            missing.length > 0 ? <IconInfoCircle size={20} aria-hidden /> : <IconCircleCheck size={20} aria-hidden />
          }
          data-testid="documents-status"
        >
          {missing.length > 0
            ? t('founder.documents.missing', { kinds: kindList(missing) })
            : t('founder.documents.complete')}
        </Alert>
        {documents.data.length === 0 ? (
          <Text c="dimmed" size="sm">
            {t('founder.documents.empty')}
          </Text>
        ) : (
          <DocumentList documents={documents.data} />
        )}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      {list}
      <DocumentUploadForm companyId={companyId} />
    </Stack>
  );
}

function DocumentList({ documents }: { documents: DocumentView[] }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return (
    <Stack
      component="ul"
      gap={0}
      p={0}
      m={0}
      style={{ listStyle: 'none' }}
      aria-label={t('founder.documents.listLabel')}
    >
      {documents.map((document) => (
        <Box
          component="li"
          key={document.id}
          py="sm"
          style={{ borderBottom: '1px solid var(--mantine-color-gray-2)' }}
          data-testid="company-document"
        >
          <Group justify="space-between" wrap="nowrap" gap="sm" align="flex-start">
            <Stack gap={2} style={{ minWidth: 0 }}>
              <Anchor href={document.url} target="_blank" rel="noopener" fw={600} style={{ wordBreak: 'break-all' }}>
                {document.filename}
              </Anchor>
              <Text size="sm" c="dimmed">
                {t(`vocabulary.documentKinds.${document.kind}`)} · {formatFileSize(document.size, locale)}
              </Text>
              <Group gap={6}>
                <Text size="xs" c="dimmed">
                  {t('founder.documents.fingerprint')}
                </Text>
                {/* The short form is enough to compare by eye; the whole digest is in the tooltip and label. */}
                <Tooltip label={document.sha256} withArrow>
                  <Code fz="xs" aria-label={t('founder.documents.fingerprintLabel', { hash: document.sha256 })}>
                    {document.sha256.slice(0, 12)}
                  </Code>
                </Tooltip>
              </Group>
            </Stack>
            <Badge
              variant="light"
              color={document.public ? 'pine' : 'gray'}
              c={document.public ? 'pine.9' : 'gray.9'}
              style={{ flexShrink: 0 }}
            >
              {document.public ? t('founder.common.public') : t('founder.common.private')}
            </Badge>
          </Group>
        </Box>
      ))}
    </Stack>
  );
}
