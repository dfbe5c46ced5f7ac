import { Alert, Button, Group, Pagination, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertCircle, IconChecks, IconFilterOff } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { EmptyPanel } from '../../components/empty-panel';
import { useErrorMessage } from '../../components/forms/use-error-message';
import { QueueFilterBar } from './queue-filter-bar';
import type { ReviewQueueFilters } from '../../api/query-keys';
import { QUEUE_PAGE_SIZE, useReviewQueue } from './review-queries';
import { ReviewQueueTable } from './review-queue-table';
import '../../i18n/bundles/review';

interface ReviewQueueProps {
  filters: ReviewQueueFilters;
  onFiltersChange: (filters: ReviewQueueFilters) => void;
}

/** The queue with its filters, loading, error, empty states and pages. */
export function ReviewQueue({ filters, onFiltersChange }: ReviewQueueProps) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const queue = useReviewQueue(filters);
  // One "now" per visit, so every row counts its waiting time from the same moment.
  const [now] = useState(() => new Date());
  const filtered = filters.grade !== undefined || filters.type !== undefined;

  let body;
  if (queue.isPending) {
    body = (
      <Stack gap="sm" aria-busy="true" aria-label={t('review.queue.loading')}>
        {[0, 1, 2, 3].map((index) => (
          <Skeleton key={index} height={64} aria-hidden />
        ))}
      </Stack>
    );
  } else if (queue.isError) {
    body = (
      <Alert
        color="red"
        variant="light"
        role="alert"
        icon={<IconAlertCircle size={20} aria-hidden />}
        title={t('review.queue.errorTitle')}
      >
        <Stack gap="sm" align="flex-start">
          {errorMessage(queue.error)}
          <Button variant="white" color="red" size="xs" onClick={() => void queue.refetch()} loading={queue.isFetching}>
            {t('review.queue.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  } else if (queue.data.items.length === 0) {
    body = filtered ? (
      <EmptyPanel
        icon={<IconFilterOff size={32} aria-hidden />}
        title={t('review.queue.emptyFilteredTitle')}
        description={t('review.queue.emptyFilteredBody')}
        headingOrder={2}
        testId="review-queue-empty"
        action={
          <Button variant="light" onClick={() => onFiltersChange({ page: 1 })}>
            {t('review.queue.clearFilters')}
          </Button>
        }
      />
    ) : (
      <EmptyPanel
        icon={<IconChecks size={32} aria-hidden />}
        title={t('review.queue.emptyTitle')}
        description={t('review.queue.emptyBody')}
        headingOrder={2}
        testId="review-queue-empty"
      />
    );
  } else {
    const pages = Math.max(1, Math.ceil(queue.data.total / QUEUE_PAGE_SIZE));
    body = (
      <Stack gap="md">
        <ReviewQueueTable items={queue.data.items} now={now} />
        {pages > 1 ? (
          <Group justify="center">
            <Pagination
              total={pages}
              value={filters.page}
              onChange={(page) => onFiltersChange({ ...filters, page })}
              getControlProps={(control) => ({ 'aria-label': t(`review.queue.pages.${control}`) })}
              getItemProps={(page) => ({ 'aria-label': t('review.queue.pages.page', { page }) })}
              aria-label={t('review.queue.pagination')}
            />
          </Group>
        ) : null}
      </Stack>
    );
  }

  return (
    <Stack gap="lg">
      <Group justify="space-between" align="flex-end" wrap="wrap" gap="md">
        <QueueFilterBar filters={filters} onChange={onFiltersChange} />
        {queue.data && queue.data.total > 0 ? (
          <Text c="dimmed" size="sm" aria-live="polite" data-testid="review-queue-count">
            {t('review.queue.count', { count: queue.data.total })}
          </Text>
        ) : null}
      </Group>
      <div aria-busy={queue.isFetching ? 'true' : undefined}>{body}</div>
    </Stack>
  );
}
