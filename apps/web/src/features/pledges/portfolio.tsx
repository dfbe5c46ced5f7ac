import type { CampaignView, PledgeView } from '@crowdstake/domain/core';
import { Alert, Anchor, Button, Card, Group, Pagination, Skeleton, Stack, Text } from '@mantine/core';
import { useQueries } from '@tanstack/react-query';
import { IconAlertCircle, IconHeartHandshake } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { campaignKeys } from '../../api/query-keys';
import { EmptyPanel } from '../../components/empty-panel';
import { useErrorMessage } from '../../components/forms/use-error-message';
import { LabelledProgress } from '../../components/labelled-progress';
import { useFormatMoney } from '../../components/money';
import { fundedPercent } from '../campaigns/campaign-progress';
import { fetchCampaign } from '../campaigns/campaign-queries';
import { formatInstant } from '../campaigns/view/plain-terms';
import { CancelPledgeModal } from './cancel-pledge-modal';
import { isCancellable } from './pledge-choice';
import { useMyPledges } from './pledge-queries';
import { PledgeStatusBadge } from './pledge-status-badge';
import '../../i18n/bundles/pledges';

const PAGE_SIZE = 20;

/** The backer's pledges, newest first, each with its campaign's progress and the way to cancel. */
export function Portfolio() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const [page, setPage] = useState(1);
  const pledges = useMyPledges(page, PAGE_SIZE);
  const [cancelling, setCancelling] = useState<PledgeView | null>(null);
  // One request per distinct campaign, shared with the campaign pages' cache, not one per pledge.
  const campaignIds = [...new Set((pledges.data?.items ?? []).map((pledge) => pledge.campaignId))];
  const campaigns = useQueries({
    queries: campaignIds.map((id) => ({
      queryKey: campaignKeys.detail(id),
      queryFn: ({ signal }: { signal: AbortSignal }) => fetchCampaign(id, signal),
      retry: false,
    })),
  });
  const campaignById = new Map<string, CampaignView | 'missing'>();
  campaignIds.forEach((id, index) => {
    const query = campaigns[index];
    if (query?.data) campaignById.set(id, query.data);
    else if (query?.isError) campaignById.set(id, 'missing');
  });
  const [now] = useState(() => new Date());

  if (pledges.isPending) {
    return (
      <Stack gap="md" aria-busy="true" aria-label={t('pledges.portfolio.loading')}>
        {[0, 1, 2].map((key) => (
          <Skeleton key={key} height={132} radius="lg" aria-hidden />
        ))}
      </Stack>
    );
  }
  if (pledges.isError) {
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertCircle size={20} aria-hidden />}
        role="alert"
        title={t('pledges.portfolio.loadError')}
      >
        <Stack gap="sm" align="flex-start">
          {errorMessage(pledges.error)}
          <Button variant="white" color="red" size="xs" onClick={() => void pledges.refetch()}>
            {t('campaigns.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  if (pledges.data.items.length === 0) {
    return (
      <EmptyPanel
        headingOrder={2}
        icon={<IconHeartHandshake size={32} aria-hidden />}
        title={t('pledges.portfolio.emptyTitle')}
        description={t('pledges.portfolio.emptyBody')}
        action={
          <Button component={Link} to="/discover">
            {t('pledges.portfolio.emptyAction')}
          </Button>
        }
      />
    );
  }

  const pages = Math.ceil(pledges.data.total / PAGE_SIZE);
  const cancellingCampaign = cancelling ? campaignById.get(cancelling.campaignId) : undefined;
  return (
    <Stack gap="md">
      <Stack gap="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {pledges.data.items.map((pledge) => (
          <li key={pledge.id}>
            <PledgeRow
              pledge={pledge}
              campaign={campaignById.get(pledge.campaignId)}
              now={now}
              onCancel={() => setCancelling(pledge)}
            />
          </li>
        ))}
      </Stack>
      {pages > 1 ? (
        <Pagination total={pages} value={page} onChange={setPage} aria-label={t('pledges.portfolio.pages')} />
      ) : null}
      <CancelPledgeModal
        pledge={cancelling}
        campaignTitle={cancellingCampaign && cancellingCampaign !== 'missing' ? cancellingCampaign.title : ''}
        onClose={() => setCancelling(null)}
      />
    </Stack>
  );
}

function PledgeRow({
  pledge,
  campaign,
  now,
  onCancel,
}: {
  pledge: PledgeView;
  campaign: CampaignView | 'missing' | undefined;
  now: Date;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const formatMoney = useFormatMoney();
  const loaded = campaign && campaign !== 'missing' ? campaign : null;
  const percent = loaded ? fundedPercent(loaded.raised, loaded.goal) : 0;
  const what =
    pledge.units !== undefined && pledge.units !== null
      ? t('pledges.portfolio.units', { count: pledge.units })
      : pledge.shares !== undefined && pledge.shares !== null
        ? t('pledges.portfolio.shares', { count: pledge.shares })
        : pledge.tierId && loaded?.type === 'reward'
          ? (loaded.terms.tiers.find((tier) => tier.id === pledge.tierId)?.title ?? '')
          : pledge.tierId
            ? ''
            : t('pledges.portfolio.donation');
  const cancellable = isCancellable(pledge, now);

  return (
    <Card withBorder radius="lg" p="lg" component="article" aria-label={loaded?.title} data-testid="pledge-row">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={2} style={{ flex: 1, minWidth: 200 }}>
            {loaded ? (
              <Anchor component={Link} to={`/campaigns/${loaded.id}`} fw={700} size="lg">
                {loaded.title}
              </Anchor>
            ) : campaign === 'missing' ? (
              <Text fw={700} c="dimmed">
                {t('pledges.portfolio.campaignUnavailable')}
              </Text>
            ) : (
              <Skeleton height={22} width={240} aria-hidden />
            )}
            <Text size="sm" c="dimmed">
              {t('pledges.portfolio.pledged', { date: formatInstant(pledge.createdAt, locale) })}
            </Text>
          </Stack>
          <PledgeStatusBadge status={pledge.status} />
        </Group>
        <Group gap="xs" align="baseline">
          <Text fw={700} fz="xl" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="pledge-row-amount">
            {formatMoney(pledge.amount, pledge.currency)}
          </Text>
          {what ? (
            <Text size="sm" c="dimmed">
              {what}
            </Text>
          ) : null}
        </Group>
        {loaded ? (
          <Stack gap={4}>
            <LabelledProgress
              value={Math.min(percent, 100)}
              size="sm"
              radius="xl"
              label={t('campaigns.fundingProgress')}
              valueText={t('campaigns.percentFunded', { percent })}
            />
            <Group justify="space-between" gap="xs">
              <Text size="xs" c="dimmed">
                {t('campaigns.percentFunded', { percent })}
              </Text>
              <Text size="xs" c="dimmed">
                {t('pledges.portfolio.deadline', { date: formatInstant(loaded.endsAt, locale) })}
              </Text>
            </Group>
          </Stack>
        ) : null}
        {cancellable ? (
          <Group justify="space-between" gap="sm">
            <Text size="xs" c="dimmed">
              {t('pledges.portfolio.cancelUntil', { date: formatInstant(pledge.cancellableUntil, locale) })}
            </Text>
            <Button variant="default" color="red" size="xs" onClick={onCancel}>
              {t('pledges.portfolio.cancel')}
            </Button>
          </Group>
        ) : null}
      </Stack>
    </Card>
  );
}
