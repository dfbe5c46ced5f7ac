import type { CampaignStatus, CampaignType } from '@crowdstake/domain';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Light badges with the `.9` shade for text (AA on the light fill), as the design system asks. */
const STATUS_COLORS: Record<CampaignStatus, string> = {
  draft: 'gray',
  submitted: 'blue',
  in_review: 'orange',
  changes_requested: 'yellow',
  rejected: 'red',
  approved: 'pine',
  live: 'pine',
  succeeded: 'pine',
  failed: 'gray',
  cancelled: 'gray',
};

export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  const { t } = useTranslation();
  const color = STATUS_COLORS[status];
  return (
    <Badge color={color} c={`${color}.9`} data-testid="campaign-status">
      {t(`review.statuses.${status}`)}
    </Badge>
  );
}

export function CampaignTypeBadge({ type }: { type: CampaignType }) {
  const { t } = useTranslation();
  return (
    <Badge color="gray" c="gray.9" variant="outline">
      {t(`review.types.${type}`)}
    </Badge>
  );
}
