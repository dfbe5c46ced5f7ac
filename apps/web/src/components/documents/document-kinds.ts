import { REQUIRED_DOCUMENT_KINDS, type DocumentKind, type DocumentView } from '@crowdstake/domain';
import { useTranslation } from 'react-i18next';

/** The kinds reviewers look for that the company has not uploaded yet. */
export function missingDocumentKinds(documents: readonly Pick<DocumentView, 'kind'>[]): DocumentKind[] {
  return REQUIRED_DOCUMENT_KINDS.filter((kind) => !documents.some((document) => document.kind === kind));
}

/** "business licence and identity document", joined the way the language joins a list. */
export function useDocumentKindList(): (kinds: readonly DocumentKind[]) => string {
  const { t, i18n } = useTranslation();
  const format = new Intl.ListFormat(i18n.resolvedLanguage ?? 'en', { type: 'conjunction' });
  return (kinds) => format.format(kinds.map((kind) => t(`vocabulary.documentKinds.${kind}`).toLocaleLowerCase()));
}
