import { Badge, Group, Text, Timeline } from '@mantine/core';
import type { MilestoneStatus } from '@crowdstake/domain';
import type { MilestoneView } from '@crowdstake/domain/core';
import { IconFlag } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { badgeTextColor } from '../badge-text-color';
import { formatBps, formatCalendarDate } from './plain-terms';
import '../../../i18n/bundles/campaign-page';

const MILESTONE_COLORS: Record<MilestoneStatus, string> = {
  pending: 'gray',
  evidence_submitted: 'blue',
  released: 'pine',
  rejected: 'red',
  overdue: 'orange',
};

/**
 * The tranches in date order: what is promised, by when, and what share of the funds it
 * releases. A status only says something once funds exist, so "pending" before then is hidden.
 */
export function MilestoneList({ milestones, showStatus }: { milestones: MilestoneView[]; showStatus: boolean }) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return (
    <Timeline bulletSize={24} lineWidth={2} active={-1} data-testid="milestones">
      {milestones.map((milestone) => (
        <Timeline.Item
          key={milestone.id}
          bullet={<IconFlag size={12} aria-hidden />}
          title={
            <Text fw={600} component="span">
              {milestone.title}
            </Text>
          }
        >
          <Group gap="xs" mt={2}>
            <Text size="sm" fw={600} c="pine.8">
              {t('campaignPage.milestones.share', { percent: formatBps(milestone.shareBps, locale) })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('campaignPage.milestones.due', { date: formatCalendarDate(milestone.dueOn, locale) })}
            </Text>
            {showStatus && milestone.status !== 'pending' ? (
              <Badge color={MILESTONE_COLORS[milestone.status]} c={badgeTextColor(MILESTONE_COLORS[milestone.status])}>
                {t(`campaignPage.milestones.statuses.${milestone.status}`)}
              </Badge>
            ) : null}
          </Group>
          {milestone.description ? (
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-line' }}>
              {milestone.description}
            </Text>
          ) : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
