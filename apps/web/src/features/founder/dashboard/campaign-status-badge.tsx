import type { CampaignStatus } from '@crowdstake/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { badgeTextColor } from '../../campaigns/badge-text-color';

/**
 * Where a campaign stands in its lifecycle, in the founder's words ("waiting for review"). Light
 * badges with text dark enough for AA (`badgeTextColor`);
 * the words always say the status, the colour only groups them (waiting, needs you, public, over).
 */
const STATUS_COLORS: Record<CampaignStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  in_review: 'indigo',
  changes_requested: 'orange',
  rejected: 'red',
  approved: 'amber',
  live: 'pine',
  succeeded: 'teal',
  failed: 'gray',
  cancelled: 'gray',
};

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  const color = STATUS_COLORS[status];
  return (
    <Badge variant="light" color={color} c={badgeTextColor(color)} data-status={status}>
      {t(`founder.statuses.${status}`)}
    </Badge>
  );
}
