import type { CampaignStatus } from '@crowdstake/domain/core';
import { CampaignStatusBadge as SharedStatusBadge } from '../../campaigns/campaign-status-badge';

/** The status in the founder's words ("Waiting for review"). */
export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  return <SharedStatusBadge status={status} audience="founder" />;
}
