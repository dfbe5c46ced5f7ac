import { AspectRatio, Badge, Card, Group, Image, Stack, Text, Title } from '@mantine/core';
import { IconBuildingStore, IconCoins, IconGift, IconUsers } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LabelledProgress } from '../../components/labelled-progress';
import { useFormatMoney } from '../../components/money';
import { badgeTextColor } from './badge-text-color';
import classes from './campaign-card.module.css';
import { fundedPercent, timeLeft } from './campaign-progress';
import type { ListedCampaign } from './listed-campaign';
import { RefundedNote } from './refunded-note';
import { RiskGradeBadge } from './risk-grade-badge';

const TYPE_ICONS = { reward: IconGift, bond: IconCoins, shareholding: IconBuildingStore } as const;

export function CampaignCard({ campaign, now }: { campaign: ListedCampaign; now: Date }) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  const percent = fundedPercent(campaign.raised, campaign.goal);
  const left = timeLeft(campaign.endsAt, now);
  const TypeIcon = TYPE_ICONS[campaign.type];
  const isLive = campaign.status === 'live';
  /** A campaign whose backers were refunded: it shows how it ended instead of its figures. */
  const refunded = campaign.status === 'failed' || campaign.status === 'cancelled' ? campaign.status : null;
  // Its status decides, not the reader's clock (which a test clock, or a wrong device clock, can put before the deadline).
  const ended = refunded !== null || campaign.status === 'succeeded';

  return (
    <Card component="article" className={classes.card} pos="relative" aria-labelledby={`campaign-${campaign.id}`}>
      <Card.Section>
        <AspectRatio ratio={16 / 9}>
          {campaign.coverImageUrl ? (
            <Image src={campaign.coverImageUrl} alt={t('campaigns.coverAlt', { title: campaign.title })} fit="cover" />
          ) : (
            <div className={classes.cover} aria-hidden>
              <TypeIcon size={48} stroke={1.4} />
            </div>
          )}
        </AspectRatio>
      </Card.Section>

      <Stack gap="sm" mt="md" style={{ flex: 1 }}>
        <Group gap={6}>
          <Badge color="gray" c="gray.8" leftSection={<TypeIcon size={12} aria-hidden />}>
            {t(`campaigns.types.${campaign.type}`)}
          </Badge>
          <RiskGradeBadge grade={campaign.risk?.grade ?? null} />
          {!isLive && campaign.status in STATUS_BADGES ? (
            <StatusBadge status={campaign.status as keyof typeof STATUS_BADGES} />
          ) : null}
        </Group>
        <Title order={3} size="h4" lineClamp={2} id={`campaign-${campaign.id}`}>
          <Link to={`/campaigns/${encodeURIComponent(campaign.id)}`} className={classes.titleLink}>
            {campaign.title}
          </Link>
        </Title>
        <Text size="sm" c="dimmed" lineClamp={2} style={{ flex: 1 }}>
          {campaign.summary}
        </Text>

        {refunded ? (
          <RefundedNote ending={refunded} goal={campaign.goal} currency={campaign.currency} size="sm" mt="xs" />
        ) : (
          <Stack gap={6} mt="xs">
            <LabelledProgress
              value={Math.min(percent, 100)}
              size="md"
              radius="xl"
              label={t('campaigns.fundingProgress')}
              valueText={t('campaigns.percentFunded', { percent })}
            />
            <Group justify="space-between" align="baseline" wrap="nowrap" gap="xs">
              <Text fw={700} fz="lg" style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatMoney(campaign.raised, campaign.currency)}
              </Text>
              <Text size="sm" fw={600} c="pine.8">
                {t('campaigns.percentFunded', { percent })}
              </Text>
            </Group>
            <Text size="xs" c="dimmed">
              {t('campaigns.raisedOf', { goal: formatMoney(campaign.goal, campaign.currency) })}
            </Text>
          </Stack>
        )}

        <Group justify="space-between" pt="xs" style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
          {refunded ? (
            <span />
          ) : (
            <Group gap={4}>
              <IconUsers size={14} aria-hidden color="var(--mantine-color-dimmed)" />
              <Text size="xs" c="dimmed">
                {t('campaigns.backers', { count: campaign.backers })}
              </Text>
            </Group>
          )}
          <Text size="xs" c="dimmed">
            {ended
              ? t('campaigns.ended')
              : left.kind === 'days'
                ? t('campaigns.daysLeft', { count: left.days })
                : left.kind === 'today'
                  ? t('campaigns.endsToday')
                  : t('campaigns.ended')}
          </Text>
        </Group>
      </Stack>
    </Card>
  );
}

/** Campaigns that are not live say where they stand; success in the brand colour, endings neutral. */
const STATUS_BADGES = {
  succeeded: { key: 'campaigns.statuses.succeeded', color: 'pine' },
  failed: { key: 'campaigns.statuses.failed', color: 'gray' },
  cancelled: { key: 'campaigns.statuses.cancelled', color: 'gray' },
  approved: { key: 'campaigns.statuses.approved', color: 'amber' },
} as const;

function StatusBadge({ status }: { status: keyof typeof STATUS_BADGES }) {
  const { t } = useTranslation();
  const badge = STATUS_BADGES[status];
  return (
    <Badge color={badge.color} c={badgeTextColor(badge.color)}>
      {t(badge.key)}
    </Badge>
  );
}
