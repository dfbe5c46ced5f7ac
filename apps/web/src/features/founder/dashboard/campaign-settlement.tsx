import type { CampaignStatus } from '@crowdstake/domain';
import { Badge, DataList, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatMoney } from '../../../components/money';
import { useCampaignSettlement, type CampaignSettlement } from '../founder-campaign-queries';

/** Statuses after which the deadline's settlement (payout or refunds) has something to say. */
export const SETTLED_STATUSES: readonly CampaignStatus[] = ['succeeded', 'failed', 'cancelled'];

type Figure = 'collected' | 'fees' | 'paidOut' | 'releasing' | 'refunded' | 'inEscrow';

/** Which lines to show: the payout side for a success, the refund side otherwise; nothing that is zero but the total. */
function figuresOf(settlement: CampaignSettlement): { figure: Figure; amount: number }[] {
  const lines: { figure: Figure; amount: number }[] = [{ figure: 'collected', amount: settlement.collected }];
  if (settlement.campaignStatus === 'succeeded') {
    lines.push({ figure: 'fees', amount: settlement.fees }, { figure: 'paidOut', amount: settlement.paidOut });
    if (settlement.released > settlement.paidOut)
      lines.push({ figure: 'releasing', amount: settlement.released - settlement.paidOut });
    if (settlement.refunded > 0) lines.push({ figure: 'refunded', amount: settlement.refunded });
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
        <Badge color={complete ? 'pine' : 'orange'} variant="light">
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
  return (
    <DataList size="sm" gap={4} labelWidth={190} withDivider>
      {figuresOf(settlement).map(({ figure, amount }) => (
        <DataList.Item key={figure} data-testid={`settlement-${figure}`}>
          <DataList.ItemLabel>{t(`founder.settlement.figures.${figure}`)}</DataList.ItemLabel>
          <DataList.ItemValue
            style={{ fontVariantNumeric: 'tabular-nums' }}
            fw={
              figure === 'paidOut' || (figure === 'refunded' && settlement.campaignStatus !== 'succeeded')
                ? 700
                : undefined
            }
          >
            {figure === 'fees'
              ? `− ${formatMoney(amount, settlement.currency)}`
              : formatMoney(amount, settlement.currency)}
          </DataList.ItemValue>
        </DataList.Item>
      ))}
    </DataList>
  );
}
