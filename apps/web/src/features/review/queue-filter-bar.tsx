import { CAMPAIGN_TYPES, RISK_GRADES } from '@crowdstake/domain/core';
import { Button, Group, SegmentedControl, Stack, Text } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { ReviewQueueFilters } from '../../api/query-keys';
import '../../i18n/bundles/review';

/** SegmentedControl wants a value for "no filter"; it never reaches the URL or the API. */
const ANY = 'any';

interface QueueFilterBarProps {
  filters: ReviewQueueFilters;
  onChange: (filters: ReviewQueueFilters) => void;
}

/** Grade and type filters; a change starts again from the first page. */
export function QueueFilterBar({ filters, onChange }: QueueFilterBarProps) {
  const { t } = useTranslation();
  const gradeLabelId = useId();
  const typeLabelId = useId();
  const filtered = filters.grade !== undefined || filters.type !== undefined;

  return (
    <Group component="section" aria-label={t('review.queue.filters')} align="flex-end" gap="lg" wrap="wrap">
      <Stack gap={6} role="radiogroup" aria-labelledby={gradeLabelId}>
        <Text id={gradeLabelId} size="sm" fw={600}>
          {t('review.queue.gradeFilter')}
        </Text>
        <SegmentedControl
          value={filters.grade ?? ANY}
          onChange={(value) => onChange({ ...filters, grade: RISK_GRADES.find((grade) => grade === value), page: 1 })}
          data={[
            { value: ANY, label: t('review.queue.anyGrade') },
            ...RISK_GRADES.map((grade) => ({ value: grade, label: grade })),
          ]}
        />
      </Stack>
      <Stack gap={6} role="radiogroup" aria-labelledby={typeLabelId}>
        <Text id={typeLabelId} size="sm" fw={600}>
          {t('review.queue.typeFilter')}
        </Text>
        <SegmentedControl
          value={filters.type ?? ANY}
          onChange={(value) => onChange({ ...filters, type: CAMPAIGN_TYPES.find((type) => type === value), page: 1 })}
          data={[
            { value: ANY, label: t('review.queue.anyType') },
            ...CAMPAIGN_TYPES.map((type) => ({ value: type, label: t(`campaigns.types.${type}`) })),
          ]}
        />
      </Stack>
      {filtered ? (
        <Button variant="subtle" onClick={() => onChange({ page: 1 })}>
          {t('review.queue.clearFilters')}
        </Button>
      ) : null}
    </Group>
  );
}
