import { minimumDonation, type CampaignView } from '@crowdstake/domain/core';
import { Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useFormatMoney } from '../../components/money';
import { formatYearMonth } from '../campaigns/view/plain-terms';
import { MoneyField } from '../../components/forms/money-field';
import type { PledgeChoice, PricedChoice } from './pledge-choice';
import '../../i18n/bundles/pledges';

const DONATION = 'donation';

interface ChoiceSectionProps {
  campaign: CampaignView;
  choice: PledgeChoice;
  onChange: (choice: PledgeChoice) => void;
  /** Shown only once the backer has tried to pay, or has typed something that cannot be priced. */
  problem: Extract<PricedChoice, { ok: false }> | null;
}

/** The first step: a reward tier or a donation, or a count of bond units or shares. */
export function ChoiceSection({ campaign, choice, onChange, problem }: ChoiceSectionProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const formatMoney = useFormatMoney();
  const money = (amount: number) => formatMoney(amount, campaign.currency);
  const id = useId();
  let problemText: string | null = null;
  if (problem?.problem === 'below_minimum') {
    problemText =
      campaign.type === 'reward'
        ? t('pledges.choose.problems.below_minimum_amount', { minimum: money(problem.minimum ?? 0) })
        : t('pledges.choose.problems.below_minimum_count', { minimum: problem.minimum ?? 0 });
  } else if (problem) {
    problemText = t(`pledges.choose.problems.${problem.problem}`);
  }

  if (campaign.type === 'reward') {
    const value = choice.kind === 'tier' ? choice.tierId : DONATION;
    return (
      <Stack gap="sm" component="section" aria-labelledby={`${id}-heading`}>
        <Title order={2} size="h4" id={`${id}-heading`}>
          {t('pledges.choose.headingReward')}
        </Title>
        <Radio.Group
          value={value}
          onChange={(next) =>
            onChange(next === DONATION ? { kind: 'donation', amountText: '' } : { kind: 'tier', tierId: next })
          }
          aria-labelledby={`${id}-heading`}
          error={choice.kind === 'tier' ? problemText : null}
        >
          <Stack gap="sm">
            {campaign.terms.tiers.map((tier) => {
              const soldOut = tier.remaining !== null && tier.remaining <= 0;
              return (
                <Radio.Card
                  key={tier.id}
                  value={tier.id}
                  disabled={soldOut}
                  p="md"
                  radius="md"
                  aria-label={t('pledges.choose.tierOption', { title: tier.title, price: money(tier.price) })}
                  style={selectedStyle(value === tier.id, soldOut)}
                >
                  <Group wrap="nowrap" align="flex-start" gap="sm">
                    <Radio.Indicator mt={2} disabled={soldOut} />
                    <Stack gap={4} style={{ flex: 1, minWidth: 0 }}>
                      <Group justify="space-between" gap="xs" wrap="nowrap" align="flex-start">
                        <Text fw={650}>{tier.title}</Text>
                        <Text fw={700} style={{ fontVariantNumeric: 'tabular-nums', whiteSpace: 'nowrap' }}>
                          {money(tier.price)}
                        </Text>
                      </Group>
                      {tier.description ? (
                        <Text size="sm" c="dimmed" lh={1.4}>
                          {tier.description}
                        </Text>
                      ) : null}
                      <Text size="xs" c="dimmed">
                        {soldOut
                          ? t('pledges.choose.soldOut')
                          : tier.remaining === null
                            ? t('pledges.choose.unlimited')
                            : t('pledges.choose.left', { count: tier.remaining })}
                        {' · '}
                        {t('pledges.choose.delivery', { month: formatYearMonth(tier.estimatedDelivery, locale) })}
                      </Text>
                    </Stack>
                  </Group>
                </Radio.Card>
              );
            })}
            {campaign.terms.allowDonations ? (
              <Radio.Card
                value={DONATION}
                p="md"
                radius="md"
                aria-label={t('pledges.choose.donation')}
                style={selectedStyle(value === DONATION, false)}
              >
                <Group wrap="nowrap" align="flex-start" gap="sm">
                  <Radio.Indicator mt={2} />
                  <Stack gap={4}>
                    <Text fw={650}>{t('pledges.choose.donation')}</Text>
                    <Text size="sm" c="dimmed">
                      {t('pledges.choose.donationDescription', { minimum: money(minimumDonation(campaign.currency)) })}
                    </Text>
                  </Stack>
                </Group>
              </Radio.Card>
            ) : null}
          </Stack>
        </Radio.Group>
        {choice.kind === 'donation' ? (
          <MoneyField
            currency={campaign.currency}
            label={t('pledges.choose.donationAmount')}
            required
            value={choice.amountText}
            onChange={(event) => onChange({ kind: 'donation', amountText: event.currentTarget.value })}
            error={problemText}
          />
        ) : null}
      </Stack>
    );
  }

  const isBond = campaign.type === 'bond';
  const countText = choice.kind === 'units' || choice.kind === 'shares' ? choice.countText : '';
  return (
    <Stack gap="sm" component="section" aria-labelledby={`${id}-heading`}>
      <Title order={2} size="h4" id={`${id}-heading`}>
        {isBond ? t('pledges.choose.headingBond') : t('pledges.choose.headingShares')}
      </Title>
      <TextInput
        size="md"
        inputMode="numeric"
        autoComplete="off"
        required
        label={isBond ? t('pledges.choose.units') : t('pledges.choose.shares')}
        description={
          campaign.type === 'bond'
            ? t('pledges.choose.unitsDescription', {
                denomination: money(campaign.terms.denomination),
                minimum: campaign.terms.minUnits,
              })
            : t('pledges.choose.sharesDescription', {
                shareClass: campaign.terms.shareClass,
                price: money(campaign.terms.pricePerShare),
                minimum: campaign.terms.minShares,
              })
        }
        value={countText}
        onChange={(event) =>
          onChange({ kind: isBond ? 'units' : 'shares', countText: event.currentTarget.value } as PledgeChoice)
        }
        error={problemText}
        styles={{ input: { fontVariantNumeric: 'tabular-nums' } }}
        maw={360}
      />
    </Stack>
  );
}

function selectedStyle(selected: boolean, disabled: boolean) {
  return {
    display: 'flex',
    alignItems: 'flex-start',
    opacity: disabled ? 0.6 : undefined,
    borderColor: selected ? 'var(--mantine-color-pine-7)' : undefined,
    backgroundColor: selected ? 'var(--mantine-color-pine-0)' : undefined,
    boxShadow: selected ? '0 0 0 1px var(--mantine-color-pine-7)' : undefined,
  };
}
