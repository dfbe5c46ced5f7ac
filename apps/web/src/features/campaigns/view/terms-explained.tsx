import { Badge, Card, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import type { BondTerms, RewardTerms, RewardTierInput, ShareholdingTerms } from '@crowdstake/domain';
import type { CurrencyCode, RewardTermsView } from '@crowdstake/domain/core';
import { IconHeartHandshake } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useFormatMoney } from '../../../components/money';
import { BondTermsExplained } from './bond-terms';
import { formatYearMonth } from './plain-terms';
import { ShareTermsExplained } from './share-terms';
import '../../../i18n/bundles/campaign-page';

/**
 * A type with its terms, as the API sends them or as a founder's form holds them (reward tiers
 * without ids or sales yet). Discriminated by `type`, so `<TermsExplained {...campaign} />`
 * type-checks for any CampaignView.
 */
export type CampaignTermsOf =
  | { type: 'reward'; terms: RewardTermsView | RewardTerms }
  | { type: 'bond'; terms: BondTerms }
  | { type: 'shareholding'; terms: ShareholdingTerms };

export type TermsExplainedProps = CampaignTermsOf & {
  currency: CurrencyCode;
  /** The deadline; a bond's example schedule counts from it. */
  endsAt: string;
};

/**
 * What a backer gets for their money, in plain words, by type: reward tiers, a bond's rate and
 * repayment schedule, or shares and the part of the company they stand for.
 */
export function TermsExplained(props: TermsExplainedProps) {
  switch (props.type) {
    case 'reward':
      return <RewardTermsExplained terms={props.terms} currency={props.currency} />;
    case 'bond':
      return <BondTermsExplained terms={props.terms} currency={props.currency} endsAt={props.endsAt} />;
    case 'shareholding':
      return <ShareTermsExplained terms={props.terms} currency={props.currency} />;
  }
}

function RewardTermsExplained({ terms, currency }: { terms: RewardTermsView | RewardTerms; currency: CurrencyCode }) {
  const { t } = useTranslation();
  if (terms.tiers.length === 0) {
    return <DonationNote text={t('campaignPage.terms.reward.donationOnly')} />;
  }
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {terms.tiers.map((tier, index) => (
          <RewardTierCard key={'id' in tier ? tier.id : index} tier={tier} currency={currency} />
        ))}
      </SimpleGrid>
      {terms.allowDonations ? <DonationNote text={t('campaignPage.terms.reward.donation')} /> : null}
    </Stack>
  );
}

/** A tier as saved (with what is left) or still in a form (nothing sold yet). */
type ShownTier = RewardTierInput & { remaining?: number | null };

function RewardTierCard({ tier, currency }: { tier: ShownTier; currency: CurrencyCode }) {
  const { t, i18n } = useTranslation();
  const formatMoney = useFormatMoney();
  const remaining = tier.remaining ?? tier.quantity;
  const soldOut = remaining === 0;
  const availability =
    tier.quantity === undefined || remaining === undefined
      ? t('campaignPage.terms.reward.unlimited')
      : soldOut
        ? t('campaignPage.terms.reward.soldOut', { quantity: tier.quantity })
        : t('campaignPage.terms.reward.left', { remaining, quantity: tier.quantity });
  return (
    <Card component="li" padding="md" data-testid="reward-tier" style={soldOut ? { opacity: 0.75 } : undefined}>
      <Stack gap={6}>
        <Text fw={700} fz="lg" c="pine.8" style={{ fontVariantNumeric: 'tabular-nums' }}>
          {t('campaignPage.terms.reward.pledge', { price: formatMoney(tier.price, currency) })}
        </Text>
        <Text fw={600}>{tier.title}</Text>
        {tier.description ? (
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-line' }}>
            {tier.description}
          </Text>
        ) : null}
        <Group gap="xs" mt={4}>
          <Text size="sm">
            {t('campaignPage.terms.reward.delivery', {
              month: formatYearMonth(tier.estimatedDelivery, i18n.resolvedLanguage ?? 'en'),
            })}
          </Text>
          <Badge color="gray" c="gray.8" variant="light">
            {availability}
          </Badge>
        </Group>
      </Stack>
    </Card>
  );
}

function DonationNote({ text }: { text: string }) {
  return (
    <Group gap="sm" wrap="nowrap" align="flex-start">
      <IconHeartHandshake size={20} aria-hidden color="var(--mantine-color-pine-7)" style={{ flexShrink: 0 }} />
      <Text size="sm">{text}</Text>
    </Group>
  );
}
