import { isStaff } from '@crowdstake/domain/core';
import type { CampaignView } from '@crowdstake/domain/core';
import { Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMe } from '../auth/auth-queries';
import { signInPath } from '../auth/next-path';
import '../../i18n/bundles/pledges';

/**
 * The funding box's action while a campaign is live: backers go to the pledge page, visitors
 * sign in first and come back to it, other roles read why there is no button. Before and after
 * the campaign runs there is nothing to do, so nothing is shown.
 */
export function PledgeAction({ campaign }: { campaign: Pick<CampaignView, 'id' | 'type' | 'status'> }) {
  const { t } = useTranslation();
  const me = useMe();
  if (campaign.status !== 'live') return null;
  const pledgePath = `/campaigns/${campaign.id}/pledge`;
  const investing = campaign.type !== 'reward';

  // A founder may add backing on the pledge page; staff never back.
  if (me.data && isStaff(me.data.role)) {
    return (
      <Text size="sm" c="dimmed" data-testid="pledge-action">
        {t('pledges.action.notBacker')}
      </Text>
    );
  }
  return (
    <Stack gap={6} data-testid="pledge-action">
      <Button component={Link} to={me.data ? pledgePath : signInPath(pledgePath)} size="md" fullWidth>
        {me.data
          ? investing
            ? t('pledges.action.invest')
            : t('pledges.action.back')
          : investing
            ? t('pledges.action.signInToInvest')
            : t('pledges.action.signInToBack')}
      </Button>
      <Text size="xs" c="dimmed" ta="center">
        {t('pledges.action.window')}
      </Text>
    </Stack>
  );
}
