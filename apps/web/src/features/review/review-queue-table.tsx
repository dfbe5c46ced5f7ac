import { Anchor, Badge, Button, Group, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { IconAlertTriangle, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { Money } from '../../components/money';
import { RiskGradeBadge } from '../campaigns/risk-grade-badge';
import classes from './review-queue-table.module.css';
import { CampaignTypeBadge } from './review-badges';
import { formatDateTime, timeAgo } from './review-figures';
import type { FromQueueState } from './queue-return';
import type { ReviewQueueItem } from './review-queries';
import '../../i18n/bundles/review';

export const reviewPath = (campaignId: string) => `/review/campaigns/${encodeURIComponent(campaignId)}`;

interface ReviewQueueTableProps {
  items: ReviewQueueItem[];
  now: Date;
}

/** One row per waiting campaign; a table because reviewers compare campaigns column by column. */
export function ReviewQueueTable({ items, now }: ReviewQueueTableProps) {
  const { t } = useTranslation();
  return (
    // On a phone the table scrolls sideways in its own box, which keyboard users can focus and
    // scroll too; the first column (the campaign, with its link) stays in place.
    <Table.ScrollContainer
      minWidth={720}
      type="native"
      tabIndex={0}
      role="region"
      aria-label={t('review.queue.caption')}
      className={classes.scroller}
    >
      <Table verticalSpacing="md" highlightOnHover data-testid="review-queue" aria-label={t('review.queue.caption')}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('review.queue.columns.campaign')}</Table.Th>
            <Table.Th scope="col">{t('review.queue.columns.type')}</Table.Th>
            <Table.Th scope="col" ta="right">
              {t('review.queue.columns.goal')}
            </Table.Th>
            <Table.Th scope="col">{t('review.queue.columns.risk')}</Table.Th>
            <Table.Th scope="col">{t('review.queue.columns.submitted')}</Table.Th>
            <Table.Th scope="col">
              <VisuallyHidden>{t('review.queue.columns.action')}</VisuallyHidden>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => (
            <QueueRow key={item.id} item={item} now={now} />
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function QueueRow({ item, now }: { item: ReviewQueueItem; now: Date }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const firstApproval = item.status === 'in_review' ? item.approvals[0] : undefined;
  // The review page returns to the queue with these filters after a decision.
  const fromQueue: FromQueueState = { queueSearch: useLocation().search };

  return (
    <Table.Tr data-testid="review-queue-item" data-campaign-id={item.id}>
      <Table.Th scope="row" fw="normal" maw={380} className={classes.sticky}>
        <Stack gap={4}>
          {item.conflictOfInterest ? (
            <Text fw={600}>{item.title}</Text>
          ) : (
            <Anchor component={Link} to={reviewPath(item.id)} state={fromQueue} fw={600} c="var(--mantine-color-text)">
              {item.title}
            </Anchor>
          )}
          <Text size="sm" c="dimmed">
            {item.company.legalName}
          </Text>
          {firstApproval ? (
            <Badge
              color="orange"
              c="orange.9"
              leftSection={<IconUsers size={12} aria-hidden />}
              style={{ textTransform: 'none' }}
              maw="100%"
            >
              {t('review.queue.secondReview', { name: firstApproval.reviewerName })}
            </Badge>
          ) : null}
          {item.conflictOfInterest ? (
            <Badge
              color="red"
              c="red.9"
              leftSection={<IconAlertTriangle size={12} aria-hidden />}
              style={{ textTransform: 'none' }}
            >
              {t('review.queue.conflict')}
            </Badge>
          ) : null}
        </Stack>
      </Table.Th>
      <Table.Td miw={110}>
        <CampaignTypeBadge type={item.type} />
      </Table.Td>
      <Table.Td ta="right" fw={600}>
        <Money amountMinor={item.goal} currency={item.currency} />
      </Table.Td>
      <Table.Td>
        {item.risk ? (
          <Group gap={6} wrap="nowrap">
            <RiskGradeBadge grade={item.risk.grade} />
            <Text size="sm" c="dimmed" style={{ whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' }}>
              {t('review.queue.score', { score: item.risk.score })}
            </Text>
          </Group>
        ) : (
          <Text size="sm" c="dimmed">
            {t('review.queue.notAssessed')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        {item.submittedAt ? (
          <Text
            component="time"
            dateTime={item.submittedAt}
            title={formatDateTime(item.submittedAt, locale)}
            size="sm"
            style={{ whiteSpace: 'nowrap' }}
          >
            {timeAgo(item.submittedAt, now, locale)}
          </Text>
        ) : null}
      </Table.Td>
      <Table.Td ta="right">
        {item.conflictOfInterest ? (
          <Text size="sm" c="dimmed" maw={180}>
            {t('review.queue.conflictHint')}
          </Text>
        ) : (
          <Button
            component={Link}
            to={reviewPath(item.id)}
            state={fromQueue}
            size="sm"
            variant="light"
            aria-label={t('review.queue.reviewLabel', { title: item.title })}
          >
            {t('review.queue.review')}
          </Button>
        )}
      </Table.Td>
    </Table.Tr>
  );
}
