import { Alert, Card, DataList, Group, Stack, Text } from '@mantine/core';
import type { CampaignView } from '@crowdstake/domain/core';
import { IconLock, IconUsers } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LabelledProgress } from '../../../components/labelled-progress';
import { useFormatMoney } from '../../../components/money';
import { fundedPercent } from '../campaign-progress';
import { RefundedNote } from '../refunded-note';
import { campaignPhase, formatInstant } from './plain-terms';
import '../../../i18n/bundles/campaign-page';

type FundingFigures = Pick<
  CampaignView,
  'status' | 'currency' | 'goal' | 'maxAmount' | 'raised' | 'backers' | 'startsAt' | 'endsAt'
>;

/**
 * How the money stands: raised against the goal, the hard cap, backers and time left. The public
 * page passes the pledge action; the founder's preview and the reviewer's view, which cannot
 * pledge, keep a calm note in its place.
 */
export function FundingBox({
  campaign,
  now,
  headingOrder,
  action,
}: {
  campaign: FundingFigures;
  now: Date;
  headingOrder: 2 | 3;
  /** The pledge button (or why there is none), decided by the page that knows who is looking. */
  action?: ReactNode;
}) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const formatMoney = useFormatMoney();
  const percent = fundedPercent(campaign.raised, campaign.goal);
  const phase = campaignPhase(campaign, now);
  const money = (amount: number) => formatMoney(amount, campaign.currency);
  const timeLeftText =
    phase.kind !== 'live'
      ? null
      : phase.left.kind === 'days'
        ? t('campaigns.daysLeft', { count: phase.left.days })
        : phase.left.kind === 'today'
          ? t('campaigns.endsToday')
          : t('campaigns.ended');

  return (
    <Card component="section" aria-labelledby="funding-heading" shadow="sm" data-testid="funding-box">
      <Stack gap="md">
        <Text component={`h${headingOrder}`} id="funding-heading" fw={700} size="sm" tt="uppercase" c="dimmed" m={0}>
          {t('campaignPage.funding.heading')}
        </Text>
        {phase.kind === 'failed' || phase.kind === 'cancelled' ? (
          <RefundedNote ending={phase.kind} goal={campaign.goal} currency={campaign.currency} fw={600} />
        ) : (
          <Stack gap={6}>
            <Text fw={700} fz={32} lh={1.1} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="amount-raised">
              {money(campaign.raised)}
            </Text>
            <Text size="sm" c="dimmed">
              {t('campaigns.raisedOf', { goal: money(campaign.goal) })}
            </Text>
            <LabelledProgress
              value={Math.min(percent, 100)}
              size="lg"
              radius="xl"
              mt={4}
              label={t('campaigns.fundingProgress')}
              valueText={t('campaigns.percentFunded', { percent })}
            />
            <Group justify="space-between" gap="xs">
              <Text size="sm" fw={600} c="pine.8">
                {t('campaigns.percentFunded', { percent })}
              </Text>
              {timeLeftText ? (
                <Text size="sm" fw={600}>
                  {timeLeftText}
                </Text>
              ) : null}
            </Group>
          </Stack>
        )}

        <Group gap={6}>
          <IconUsers size={16} aria-hidden color="var(--mantine-color-dimmed)" />
          <Text size="sm">{t('campaigns.backers', { count: campaign.backers })}</Text>
        </Group>

        <DataList size="sm" gap="xs" labelWidth={96} withDivider>
          <DataList.Item>
            <DataList.ItemLabel>{t('campaignPage.funding.goal')}</DataList.ItemLabel>
            <DataList.ItemValue style={{ fontVariantNumeric: 'tabular-nums' }}>
              {money(campaign.goal)}
            </DataList.ItemValue>
          </DataList.Item>
          {campaign.maxAmount !== null ? (
            <DataList.Item>
              <DataList.ItemLabel>{t('campaignPage.funding.hardCap')}</DataList.ItemLabel>
              <DataList.ItemValue style={{ fontVariantNumeric: 'tabular-nums' }}>
                {t('campaignPage.funding.hardCapNote', { amount: money(campaign.maxAmount) })}
              </DataList.ItemValue>
            </DataList.Item>
          ) : null}
          <DataList.Item>
            <DataList.ItemLabel>{t('campaignPage.funding.opens')}</DataList.ItemLabel>
            <DataList.ItemValue>{formatInstant(campaign.startsAt, locale)}</DataList.ItemValue>
          </DataList.Item>
          <DataList.Item>
            <DataList.ItemLabel>{t('campaignPage.funding.deadline')}</DataList.ItemLabel>
            <DataList.ItemValue>{formatInstant(campaign.endsAt, locale)}</DataList.ItemValue>
          </DataList.Item>
        </DataList>

        <Text size="xs" c="dimmed">
          {t('campaignPage.funding.allOrNothing')}
        </Text>

        {action !== undefined ? (
          action
        ) : phase.kind === 'live' || phase.kind === 'coming_soon' || phase.kind === 'not_public' ? (
          <Alert
            variant="light"
            color="pine"
            icon={<IconLock size={18} aria-hidden />}
            title={t('campaignPage.funding.pledgeSoonTitle')}
            data-testid="pledge-soon"
          >
            <Text size="sm">{t('campaignPage.funding.pledgeSoonBody')}</Text>
          </Alert>
        ) : null}
      </Stack>
    </Card>
  );
}
