import { Card, DataList, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatMoney } from '../../components/money';
import { useMoneyTrail, type MoneyTrail } from './pledge-queries';
import '../../i18n/bundles/pledges';

const FIGURES = ['collected', 'fees', 'released', 'refunded', 'repaid', 'inEscrow'] as const;

/** Where backers' money went, shown once anything was collected (before that there is no trail). */
export function CampaignMoneyTrail({ campaignId, headingOrder }: { campaignId: string; headingOrder: 2 | 3 }) {
  const trail = useMoneyTrail(campaignId);
  if (!trail.data || trail.data.collected <= 0) return null;
  return <MoneyTrailCard trail={trail.data} headingOrder={headingOrder} />;
}

export function MoneyTrailCard({ trail, headingOrder }: { trail: MoneyTrail; headingOrder: 2 | 3 }) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  return (
    <Card component="section" aria-labelledby="money-trail-heading" withBorder data-testid="money-trail">
      <Stack gap="sm">
        <Text
          component={`h${headingOrder}`}
          id="money-trail-heading"
          fw={700}
          size="sm"
          tt="uppercase"
          c="dimmed"
          m={0}
        >
          {t('pledges.trail.heading')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('pledges.trail.lead')}
        </Text>
        <DataList size="sm" gap="xs" labelWidth={150} withDivider>
          {FIGURES.filter((figure) => figure !== 'repaid' || trail.repaid > 0).map((figure) => (
            <DataList.Item key={figure}>
              <DataList.ItemLabel>{t(`pledges.trail.${figure}`)}</DataList.ItemLabel>
              <DataList.ItemValue
                style={{ fontVariantNumeric: 'tabular-nums' }}
                fw={figure === 'collected' ? 700 : undefined}
              >
                {formatMoney(trail[figure], trail.currency)}
              </DataList.ItemValue>
            </DataList.Item>
          ))}
        </DataList>
      </Stack>
    </Card>
  );
}
