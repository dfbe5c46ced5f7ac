import { CHECKLIST_ITEMS, type ReviewDecision, type ReviewView } from '@crowdstake/domain';
import { Badge, Card, Group, Stack, Text, Timeline, Title } from '@mantine/core';
import { IconCheck, IconPencil, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from './review-figures';
import '../../i18n/bundles/review';

const DECISION_LOOK: Record<ReviewDecision, { color: string; icon: typeof IconCheck }> = {
  approve: { color: 'pine', icon: IconCheck },
  request_changes: { color: 'yellow', icon: IconPencil },
  reject: { color: 'red', icon: IconX },
};

/** Every decision so far, newest first, with the reasons exactly as the founder read them. */
export function DecisionHistory({ reviews }: { reviews: ReviewView[] }) {
  const { t } = useTranslation();
  return (
    <Card component="section" aria-labelledby="review-history-title" data-testid="decision-history">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="review-history-title">
            {t('review.history.title')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('review.history.lead')}
          </Text>
        </div>
        {reviews.length === 0 ? (
          <Text c="dimmed">{t('review.history.empty')}</Text>
        ) : (
          <Timeline bulletSize={26} lineWidth={2} component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
            {reviews.map((review) => (
              <HistoryEntry key={review.id} review={review} />
            ))}
          </Timeline>
        )}
      </Stack>
    </Card>
  );
}

function HistoryEntry({ review }: { review: ReviewView }) {
  const { t, i18n } = useTranslation();
  const look = DECISION_LOOK[review.decision];
  const Icon = look.icon;
  const ticked = CHECKLIST_ITEMS.filter((item) => review.checklist[item]).length;
  return (
    <Timeline.Item
      component="li"
      bullet={<Icon size={14} aria-hidden />}
      color={look.color}
      data-testid="decision-history-entry"
      title={
        <Group gap="xs">
          <Badge color={look.color} c={`${look.color}.9`}>
            {t(`review.history.decisions.${review.decision}`)}
          </Badge>
          <Text size="sm" fw={600}>
            {t('review.history.by', {
              name: review.reviewerName,
              date: formatDateTime(review.createdAt, i18n.resolvedLanguage ?? 'en'),
            })}
          </Text>
        </Group>
      }
    >
      <Stack gap={6} mt={6}>
        <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
          {review.reasons}
        </Text>
        <Text size="xs" c="dimmed">
          {t('review.history.transition', {
            from: t(`review.statuses.${review.fromStatus}`),
            to: t(`review.statuses.${review.toStatus}`),
          })}{' '}
          · {t('review.history.version', { version: review.campaignVersion })} ·{' '}
          {t('review.history.checklist', { done: ticked, total: CHECKLIST_ITEMS.length })}
        </Text>
      </Stack>
    </Timeline.Item>
  );
}
