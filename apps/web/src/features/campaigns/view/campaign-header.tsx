import { Alert, Badge, Group, Stack, Text, Title } from '@mantine/core';
import type { CampaignStatus, CampaignType, RiskGrade } from '@crowdstake/domain/core';
import { IconBuildingStore, IconCoins, IconEye, IconGift } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { badgeTextColor } from '../badge-text-color';
import { RiskGradeBadge } from '../risk-grade-badge';
import type { CampaignDetailMode } from './campaign-detail-view';
import { campaignPhase, formatInstant } from './plain-terms';

export const CAMPAIGN_TYPE_ICONS = { reward: IconGift, bond: IconCoins, shareholding: IconBuildingStore } as const;

/** Success in the brand colour, "coming soon" in the accent, endings and review states neutral. */
import { CampaignStatusBadge } from '../campaign-status-badge';
import '../../../i18n/bundles/campaign-page';

export { CampaignStatusBadge };

export function CampaignTypeBadge({ type }: { type: CampaignType }) {
  const { t } = useTranslation();
  const TypeIcon = CAMPAIGN_TYPE_ICONS[type];
  return (
    <Badge color="gray" c="gray.8" leftSection={<TypeIcon size={12} aria-hidden />}>
      {t(`campaigns.types.${type}`)}
    </Badge>
  );
}

interface CampaignHeaderProps {
  campaign: {
    type: CampaignType;
    status: CampaignStatus;
    title: string;
    summary: string;
    startsAt: string;
    endsAt: string;
  };
  grade: RiskGrade | null;
  mode: CampaignDetailMode;
  titleOrder: 1 | 2;
  now: Date;
}

/** Badges, title, summary and one sentence of where the campaign stands, with its dates. */
export function CampaignHeader({ campaign, grade, mode, titleOrder, now }: CampaignHeaderProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const phase = campaignPhase(campaign, now);
  const date = (instant: string) => formatInstant(instant, locale);
  const standing =
    phase.kind === 'coming_soon'
      ? t('campaignPage.phase.comingSoon', { date: date(phase.startsAt) })
      : phase.kind === 'live'
        ? t('campaignPage.phase.runs', { start: date(campaign.startsAt), end: date(campaign.endsAt) })
        : phase.kind === 'not_public'
          ? t('campaignPage.phase.notPublic')
          : t(`campaignPage.phase.${phase.kind}`, { date: date(phase.endsAt) });

  return (
    <Stack gap="md">
      {mode === 'preview' ? (
        <Alert
          color="amber"
          variant="light"
          icon={<IconEye size={20} aria-hidden />}
          title={t('campaignPage.previewTitle')}
          // Amber's title colour is 3.6:1 on its light background; darkened like the badges (6.3:1).
          styles={{ title: { color: badgeTextColor('amber') } }}
          data-testid="preview-banner"
        >
          <Text size="sm">{t('campaignPage.previewBanner')}</Text>
        </Alert>
      ) : null}
      <Group gap={6}>
        <CampaignTypeBadge type={campaign.type} />
        <CampaignStatusBadge status={campaign.status} />
        <RiskGradeBadge grade={grade} />
      </Group>
      <Title order={titleOrder} size="h1" maw={860}>
        {campaign.title}
      </Title>
      <Text size="lg" c="dimmed" maw={760}>
        {campaign.summary}
      </Text>
      <Text size="sm" data-testid="campaign-standing">
        {standing}
      </Text>
    </Stack>
  );
}
