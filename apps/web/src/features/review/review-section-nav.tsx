import { Anchor, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import '../../i18n/bundles/review';

/** Each section's heading id; headings keep clear of the sticky site header when jumped to. */
export const REVIEW_SECTIONS = [
  { key: 'risk', target: 'review-risk-title' },
  { key: 'company', target: 'review-company-title' },
  { key: 'documents', target: 'review-documents-title' },
  { key: 'history', target: 'review-history-title' },
  { key: 'backers', target: 'review-backers-title' },
  { key: 'decision', target: 'review-decision-title' },
] as const;

/** Jump links, for a page long enough that a reviewer goes back and forth. */
export function ReviewSectionNav() {
  const { t } = useTranslation();
  return (
    <Group component="nav" aria-label={t('review.page.sections')} gap="md" wrap="wrap">
      {REVIEW_SECTIONS.map((section) => (
        <Anchor key={section.key} href={`#${section.target}`} size="sm" fw={600}>
          {t(`review.page.sectionLinks.${section.key}`)}
        </Anchor>
      ))}
    </Group>
  );
}
