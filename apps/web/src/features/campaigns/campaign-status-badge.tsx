import type { CampaignStatus } from '@crowdstake/domain/core';
import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { badgeTextColor } from './badge-text-color';
import '../../i18n/bundles/campaign-page';
import '../../i18n/bundles/founder';
import '../../i18n/bundles/review';

/**
 * Where a campaign stands. The colour groups statuses (waiting, needs the founder, public, over) and
 * is the same everywhere; the words suit who reads them: backers see "Coming soon" where a reviewer
 * reads "Approved" and a founder "Approved — coming soon". Light badges with text dark enough for AA.
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

const WORDS = {
  public: 'campaignPage.statuses',
  review: 'review.statuses',
  founder: 'founder.statuses',
} as const;

export type StatusAudience = keyof typeof WORDS;

export function CampaignStatusBadge({
  status,
  audience = 'public',
}: {
  status: CampaignStatus;
  audience?: StatusAudience;
}) {
  const { t } = useTranslation();
  const color = STATUS_COLORS[status];
  return (
    <Badge variant="light" color={color} c={badgeTextColor(color)} data-testid="campaign-status" data-status={status}>
      {t(`${WORDS[audience]}.${status}`)}
    </Badge>
  );
}
