import type { CampaignStatus } from '@crowdstake/domain';
import { Badge, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { badgeTextColor } from '../../campaigns/badge-text-color';
import { useFormatMoney } from '../../../components/money';
import { useCampaignSettlement, type CampaignSettlement } from '../founder-campaign-queries';
import '../../../i18n/bundles/founder';

/** Statuses after which the deadline's settlement (payout or refunds) has something to say. */
export const SETTLED_STATUSES: readonly CampaignStatus[] = ['succeeded', 'failed', 'cancelled'];

type Figure = 'collected' | 'fees' | 'paidOut' | 'releasing' | 'refunded' | 'inEscrow';

/**
 * Which lines to show, in reading order so they add up: collected, less refunds and the fee, is
 * what the founder receives. The payout side for a success, the refund side otherwise.
 */
function figuresOf(settlement: CampaignSettlement): { figure: Figure; amount: number }[] {
  const lines: { figure: Figure; amount: number }[] = [{ figure: 'collected', amount: settlement.collected }];
  if (settlement.campaignStatus === 'succeeded') {
    if (settlement.refunded > 0) lines.push({ figure: 'refunded', amount: settlement.refunded });
    lines.push({ figure: 'fees', amount: settlement.fees });
    if (settlement.released > settlement.paidOut)
      lines.push({ figure: 'releasing', amount: settlement.released - settlement.paidOut });
    lines.push({ figure: 'paidOut', amount: settlement.paidOut });
  } else {
    lines.push({ figure: 'refunded', amount: settlement.refunded });
  }
  if (settlement.inEscrow > 0) lines.push({ figure: 'inEscrow', amount: settlement.inEscrow });
  return lines;
}

/** After the deadline: where the money went, and whether the payout or the refunds are done. */
export function CampaignSettlementPanel({ campaignId }: { campaignId: string }) {
  const { t } = useTranslation();
  const settlement = useCampaignSettlement(campaignId);
  if (settlement.isPending) return <Skeleton height={120} aria-hidden />;
  if (settlement.isError)
    return (
      <Text size="sm" c="red.8" role="alert">
        {t('founder.settlement.loadError')}
      </Text>
    );
  const data = settlement.data;
  const pledged = Object.values(data.pledges).some((count) => count > 0);
  // Before the deadline there is nothing to settle; a campaign cancelled with no pledge has nothing to say.
  if (data.state === 'not_due' || (!pledged && data.collected === 0)) return null;
  const outcome = data.campaignStatus === 'succeeded' ? 'payout' : 'refunds';
  const complete = data.state === 'complete';
  const headingId = `settlement-${campaignId}`;
  return (
    <Stack
      gap="xs"
      component="section"
      aria-labelledby={headingId}
      data-testid="campaign-settlement"
      data-state={data.state}
      p="sm"
      bg="var(--mantine-color-gray-light)"
      style={{ borderRadius: 'var(--mantine-radius-md)' }}
    >
      <Group justify="space-between" gap="xs">
        <Text component="h4" id={headingId} fw={700} size="sm" m={0}>
          {t(`founder.settlement.heading.${outcome}`)}
        </Text>
        <Badge color={complete ? 'pine' : 'orange'} variant="light" c={badgeTextColor(complete ? 'pine' : 'orange')}>
          {t(`founder.settlement.state.${data.state}`)}
        </Badge>
      </Group>
      <Text size="sm" c="dimmed">
        {t(`founder.settlement.explained.${outcome}_${data.state}`, { count: data.pledges.open })}
      </Text>
      <FiguresList settlement={data} />
    </Stack>
  );
}

function FiguresList({ settlement }: { settlement: CampaignSettlement }) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  const total = settlement.campaignStatus === 'succeeded' ? 'paidOut' : 'refunded';
  const subtracted = settlement.campaignStatus === 'succeeded' ? ['fees', 'refunded'] : [];
  return (
    <Stack component="dl" gap={0} m={0}>
      {figuresOf(settlement).map(({ figure, amount }) => (
        <Group
          key={figure}
          justify="space-between"
          wrap="nowrap"
          gap="sm"
          py={4}
          data-testid={`settlement-${figure}`}
          style={{ borderTop: figure === total ? '1px solid var(--mantine-color-default-border)' : undefined }}
        >
          <Text component="dt" size="sm" c={figure === total ? undefined : 'dimmed'}>
            {t(`founder.settlement.figures.${figure}`)}
          </Text>
          <Text
            component="dd"
            size="sm"
            m={0}
            fw={figure === total ? 700 : undefined}
            style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}
          >
            {subtracted.includes(figure) ? '−\u00a0' : ''}
            {formatMoney(amount, settlement.currency)}
          </Text>
        </Group>
      ))}
    </Stack>
  );
}
