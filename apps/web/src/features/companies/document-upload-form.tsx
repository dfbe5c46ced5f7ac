import { DOCUMENT_KINDS, PRIVATE_DOCUMENT_KINDS, type DocumentKind } from '@crowdstake/domain/core';
import { Button, FileInput, Select, Stack, Switch } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconFileUpload } from '@tabler/icons-react';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { FormAlert } from '../../components/forms/form-alert';
import { useErrorMessage } from '../../components/forms/use-error-message';
import { useUploadDocument } from './company-queries';
import { formatFileSize } from './file-size';
import '../../i18n/bundles/founder';

/** The API's default UPLOAD_MAX_BYTES; the API decides, this only tells founders the limit up front. */
export const DOCUMENT_MAX_BYTES = 10 * 1024 * 1024;
const ACCEPTED_TYPES = 'application/pdf,image/png,image/jpeg,image/webp';

function isPrivateKind(kind: DocumentKind): boolean {
  return (PRIVATE_DOCUMENT_KINDS as readonly DocumentKind[]).includes(kind);
}

/** Upload one document: its kind, and whether backers may download it from the campaign page. */
export function DocumentUploadForm({ companyId }: { companyId: string }) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const upload = useUploadDocument(companyId);
  const [file, setFile] = useState<File | null>(null);
  const [kind, setKind] = useState<DocumentKind>('business_licence');
  const [shown, setShown] = useState(false);
  const [fileError, setFileError] = useState<string | null>(null);
  const [formError, setFormError] = useState<unknown>(null);
  const locale = i18n.resolvedLanguage ?? 'en';
  const maxSize = formatFileSize(DOCUMENT_MAX_BYTES, locale);
  const identity = isPrivateKind(kind);

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setFormError(null);
    if (!file) {
      setFileError(t('founder.documents.fileRequired'));
      return;
    }
    setFileError(null);
    upload.mutate(
      { file, kind, public: shown && !identity },
      {
        onSuccess: (document) => {
          notifications.show({ message: t('founder.documents.uploaded', { name: document.filename }), color: 'pine' });
          setFile(null);
          setShown(false);
        },
        onError: (error) => {
          // Size and type are about the file, so they are said beside it.
          if (isApiError(error) && error.status === 413)
            setFileError(t('founder.documents.tooLarge', { size: maxSize }));
          else if (isApiError(error) && error.status === 415) setFileError(t('founder.documents.wrongType'));
          else setFormError(error);
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('founder.documents.title')}>
      <Stack gap="md">
        {formError ? <FormAlert>{errorMessage(formError)}</FormAlert> : null}
        <FileInput
          size="md"
          label={t('founder.documents.file')}
          description={t('founder.documents.fileDescription', { size: maxSize })}
          placeholder={t('founder.documents.filePlaceholder')}
          accept={ACCEPTED_TYPES}
          leftSection={<IconFileUpload size={18} aria-hidden />}
          value={file}
          onChange={(next) => {
            setFile(next);
            setFileError(null);
          }}
          error={fileError}
          clearable
          required
        />
        <Select
          size="md"
          label={t('founder.documents.kind')}
          data={DOCUMENT_KINDS.map((value) => ({ value, label: t(`vocabulary.documentKinds.${value}`) }))}
          value={kind}
          onChange={(value) => value && setKind(value as DocumentKind)}
          allowDeselect={false}
          required
        />
        <Switch
          size="md"
          label={t('founder.documents.public')}
          description={identity ? t('founder.documents.identityNeverPublic') : t('founder.documents.publicDescription')}
          checked={shown && !identity}
          disabled={identity}
          onChange={(event) => setShown(event.currentTarget.checked)}
        />
        <Button type="submit" size="md" variant="light" loading={upload.isPending} fullWidth>
          {t('founder.documents.upload')}
        </Button>
      </Stack>
    </form>
  );
}
