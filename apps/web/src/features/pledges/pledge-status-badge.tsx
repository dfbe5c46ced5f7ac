import type { PledgeStatus } from '@crowdstake/domain/core';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { badgeTextColor } from '../campaigns/badge-text-color';
import '../../i18n/bundles/pledges';

const STATUS_COLORS: Record<PledgeStatus, string> = {
  pending: 'yellow',
  held: 'pine',
  failed: 'red',
  cancelled: 'gray',
  refunded: 'blue',
  settled: 'teal',
  action_required: 'orange',
};

/** A pledge's status in words (the colour only repeats it). */
export function PledgeStatusBadge({ status }: { status: PledgeStatus }) {
  const { t } = useTranslation();
  const color = STATUS_COLORS[status];
  return (
    <Badge variant="light" color={color} c={badgeTextColor(color)} data-testid="pledge-status">
      {t(`pledges.statuses.${status}`)}
    </Badge>
  );
}
