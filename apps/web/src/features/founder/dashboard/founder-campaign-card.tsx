import type { ReviewView } from '@crowdstake/domain';
import {
  isEditableStatus,
  isPublicStatus,
  type CampaignStatus,
  type CampaignSummaryView,
} from '@crowdstake/domain/core';
import { Anchor, Blockquote, Button, Card, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconEdit, IconExternalLink, IconSend, IconX } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useFormatMoney } from '../../../components/money';
import { RiskGradeBadge } from '../../campaigns/risk-grade-badge';
import { CampaignTypeBadge } from '../../campaigns/view';
import { useCampaignReviews } from '../founder-campaign-queries';
import { CampaignSettlementPanel, SETTLED_STATUSES } from './campaign-settlement';
import { CampaignStatusBadge } from './campaign-status-badge';
import '../../../i18n/bundles/founder';

/** Statuses a reviewer's decision led to; for these the founder needs to read the reasons. */
const DECIDED_STATUSES: readonly CampaignStatus[] = ['changes_requested', 'rejected', 'approved', 'in_review'];
const CANCELLABLE_STATUSES: readonly CampaignStatus[] = ['approved', 'live'];

export const wizardPath = (campaignId: string, step?: string) =>
  `/founder/campaigns/${encodeURIComponent(campaignId)}${step ? `?step=${step}` : ''}`;

interface FounderCampaignCardProps {
  campaign: CampaignSummaryView;
  onCancel: (campaign: CampaignSummaryView) => void;
}

/** One of the founder's campaigns: where it stands, the money, the reviewer's last word, what to do next. */
export function FounderCampaignCard({ campaign, onCancel }: FounderCampaignCardProps) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  const editable = isEditableStatus(campaign.status);
  const publicPage = isPublicStatus(campaign.status);
  const titleId = `founder-campaign-${campaign.id}`;

  return (
    <Card
      component="article"
      padding="lg"
      radius="lg"
      withBorder
      aria-labelledby={titleId}
      data-testid="founder-campaign"
    >
      <Stack gap="sm" h="100%">
        <Group justify="space-between" gap="xs">
          <Group gap="xs">
            <CampaignTypeBadge type={campaign.type} />
            <CampaignStatusBadge status={campaign.status} />
          </Group>
          {campaign.risk ? (
            <RiskGradeBadge grade={campaign.risk.grade} />
          ) : (
            <Text size="xs" c="dimmed">
              {t('founder.dashboard.riskPending')}
            </Text>
          )}
        </Group>
        <Title order={3} size="h4" id={titleId}>
          <Anchor component={Link} to={wizardPath(campaign.id)} c="inherit" underline="hover">
            {campaign.title}
          </Anchor>
        </Title>
        <Text size="sm" c="dimmed" lineClamp={2}>
          {campaign.summary}
        </Text>
        <div>
          {campaign.status === 'live' || campaign.status === 'succeeded' || campaign.status === 'failed' ? (
            <Text size="sm">
              <Text span fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatMoney(campaign.raised, campaign.currency)}
              </Text>{' '}
              <Text span c="dimmed" size="sm">
                {t('campaigns.raisedOf', { goal: formatMoney(campaign.goal, campaign.currency) })}
              </Text>
              <Text span c="dimmed" size="sm" data-testid="founder-campaign-backers">
                {' · '}
                {t('campaigns.backers', { count: campaign.backers })}
              </Text>
            </Text>
          ) : (
            <Text size="sm">
              <Text span c="dimmed" size="sm">
                {t('founder.dashboard.goal')}
              </Text>{' '}
              <Text span fw={700} style={{ fontVariantNumeric: 'tabular-nums' }}>
                {formatMoney(campaign.goal, campaign.currency)}
              </Text>
            </Text>
          )}
          <Text size="sm" c="dimmed" mt={4}>
            {t(`founder.statusExplained.${campaign.status}`)}
          </Text>
        </div>
        {SETTLED_STATUSES.includes(campaign.status) ? <CampaignSettlementPanel campaignId={campaign.id} /> : null}
        {DECIDED_STATUSES.includes(campaign.status) ? <LastDecision campaignId={campaign.id} /> : null}
        <Group gap="xs" mt="auto" pt="xs">
          {editable ? (
            <>
              <Button
                component={Link}
                to={wizardPath(campaign.id)}
                size="sm"
                leftSection={<IconEdit size={16} aria-hidden />}
              >
                {campaign.status === 'draft'
                  ? t('founder.dashboard.continueEditing')
                  : t('founder.dashboard.makeChanges')}
              </Button>
              <Button
                component={Link}
                to={wizardPath(campaign.id, 'submit')}
                size="sm"
                variant="light"
                leftSection={<IconSend size={16} aria-hidden />}
              >
                {t('founder.dashboard.submit')}
              </Button>
            </>
          ) : (
            <Button component={Link} to={wizardPath(campaign.id)} size="sm" variant="default">
              {t('founder.dashboard.viewDetails')}
            </Button>
          )}
          {publicPage ? (
            <Button
              component={Link}
              to={`/campaigns/${encodeURIComponent(campaign.id)}`}
              size="sm"
              variant="light"
              leftSection={<IconExternalLink size={16} aria-hidden />}
            >
              {t('founder.dashboard.viewPublic')}
            </Button>
          ) : null}
          {CANCELLABLE_STATUSES.includes(campaign.status) ? (
            <Button
              size="sm"
              variant="subtle"
              color="red"
              leftSection={<IconX size={16} aria-hidden />}
              onClick={() => onCancel(campaign)}
            >
              {t('founder.dashboard.cancel')}
            </Button>
          ) : null}
        </Group>
      </Stack>
    </Card>
  );
}

/** The newest decision and its reasons; asked for only for campaigns a reviewer has decided on. */
function LastDecision({ campaignId }: { campaignId: string }) {
  const reviews = useCampaignReviews(campaignId);
  if (reviews.isPending) return <Skeleton height={56} aria-hidden />;
  const latest = reviews.data?.[0];
  // A failed load is not worth an alert on a card: the wizard shows the reasons again.
  return latest ? <DecisionQuote review={latest} /> : null;
}

export function DecisionQuote({ review }: { review: ReviewView }) {
  const { t, i18n } = useTranslation();
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', { dateStyle: 'medium' }).format(
    new Date(review.createdAt),
  );
  const color = review.decision === 'approve' ? 'pine' : review.decision === 'reject' ? 'red' : 'orange';
  return (
    <Blockquote
      color={color}
      p="sm"
      mt={4}
      data-testid="last-decision"
      cite={t('founder.dashboard.lastDecision', {
        decision: t(`founder.decisions.${review.decision}`),
        name: review.reviewerName,
        date,
      })}
      styles={{ cite: { fontSize: 'var(--mantine-font-size-xs)', color: 'var(--mantine-color-dimmed)' } }}
    >
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {review.reasons}
      </Text>
    </Blockquote>
  );
}
