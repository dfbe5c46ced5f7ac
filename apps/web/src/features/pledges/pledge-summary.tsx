import type { CampaignView } from '@crowdstake/domain/core';
import { Card, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormatMoney } from '../../components/money';
import { formatBps } from '../campaigns/view/plain-terms';
import type { ChoiceInput } from './pledge-choice';
import '../../i18n/bundles/pledges';

/**
 * The exact amount, how it is made up, what the backer gets and what happens to the money, in a
 * polite live region so a screen reader hears the new total as the count changes.
 */
export function PledgeSummary({
  campaign,
  amount,
  input,
}: {
  campaign: CampaignView;
  amount: number | null;
  input: ChoiceInput | null;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const formatMoney = useFormatMoney();
  const money = (value: number) => formatMoney(value, campaign.currency);

  let breakdown: string | null = null;
  let youGet: string | null = null;
  if (input && amount !== null) {
    if (campaign.type === 'reward') {
      const tier =
        'tierId' in input ? campaign.terms.tiers.find((candidate) => candidate.id === input.tierId) : undefined;
      youGet = tier ? t('pledges.summary.youGetReward', { title: tier.title }) : t('pledges.summary.youGetDonation');
    } else if (campaign.type === 'bond' && 'units' in input) {
      breakdown = t('pledges.summary.unitsTimes', { count: input.units, price: money(campaign.terms.denomination) });
      youGet = t('pledges.summary.youGetBond', {
        amount: money(amount),
        rate: formatBps(campaign.terms.annualRateBps, locale),
        months: campaign.terms.termMonths,
      });
    } else if (campaign.type === 'shareholding' && 'shares' in input) {
      breakdown = t('pledges.summary.unitsTimes', {
        count: input.shares,
        price: money(campaign.terms.pricePerShare),
      });
      youGet = t('pledges.summary.youGetShares', {
        count: input.shares,
        shareClass: campaign.terms.shareClass,
        company: campaign.company.legalName,
      });
    }
  }

  return (
    <Card
      bg="gray.0"
      radius="lg"
      p="lg"
      withBorder={false}
      component="section"
      aria-labelledby="pledge-summary-heading"
    >
      <Stack gap={6} aria-live="polite">
        <Text component="h2" id="pledge-summary-heading" fw={700} size="sm" tt="uppercase" c="dimmed" m={0}>
          {t('pledges.summary.heading')}
        </Text>
        <Text size="sm" c="dimmed">
          {t('pledges.summary.total')}
        </Text>
        <Text fw={700} fz={32} lh={1.1} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="pledge-amount">
          {amount === null ? '—' : money(amount)}
        </Text>
        {breakdown ? (
          <Text size="sm" c="dimmed" style={{ fontVariantNumeric: 'tabular-nums' }}>
            {breakdown}
          </Text>
        ) : null}
        {youGet ? <Text size="sm">{youGet}</Text> : null}
        <Text size="sm" c="dimmed">
          {campaign.type === 'reward' ? t('pledges.summary.rewardHolding') : t('pledges.summary.investmentHolding')}
        </Text>
      </Stack>
    </Card>
  );
}
