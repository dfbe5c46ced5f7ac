import { Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { PageTitle } from '../components/page-title';
import { MyInvitations } from '../features/companies/my-invitations';
import { readQueueFilters, writeQueueFilters } from '../features/review/queue-filters';
import type { ReviewQueueFilters } from '../api/query-keys';
import { ReviewerOnly } from '../features/review/reviewer-only';
import { ReviewQueue } from '../features/review/review-queue';
import '../i18n/bundles/review';

/** `/review`: the campaigns waiting for a decision, oldest first; filters live in the URL. */
export function ReviewQueuePage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const filters = readQueueFilters(params);
  const changeFilters = (next: ReviewQueueFilters) => setParams(writeQueueFilters(next));

  return (
    <ReviewerOnly>
      <Container py={48}>
        <PageTitle title={t('review.queue.title')} />
        <Stack gap="xl">
          <Stack gap="xs">
            <Title order={1}>{t('review.queue.title')}</Title>
            <Text c="dimmed" maw={760}>
              {t('review.queue.lead')}
            </Text>
          </Stack>
          <MyInvitations />
          <ReviewQueue filters={filters} onFiltersChange={changeFilters} />
        </Stack>
      </Container>
    </ReviewerOnly>
  );
}
