import type { CampaignStatus } from '@crowdstake/domain/core';
import { CampaignStatusBadge as SharedStatusBadge } from '../campaigns/campaign-status-badge';

/** The status in the reviewer's words ("Needs a second review"). */
export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  return <SharedStatusBadge status={status} audience="review" />;
}

export { CampaignTypeBadge } from '../campaigns/view';
