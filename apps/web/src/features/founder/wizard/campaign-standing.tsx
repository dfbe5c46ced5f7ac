import { isPublicStatus, type CampaignView } from '@crowdstake/domain/core';
import { Alert, Button, Card, Group, Stack, Text } from '@mantine/core';
import { IconExternalLink, IconLock, IconMessageCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CampaignDetailView } from '../../campaigns/view';
import { CampaignStatusBadge } from '../dashboard/campaign-status-badge';
import { DecisionQuote } from '../dashboard/founder-campaign-card';
import { useCampaignReviews } from '../founder-campaign-queries';
import { useQuery } from '@tanstack/react-query';
import { companyQueries, itemsOf } from '../../../api/queries';
import '../../../i18n/bundles/founder';

/** A campaign sent back for changes opens with the reviewer's newest reasons on top. */
export function ReviewerReasons({ campaignId }: { campaignId: string }) {
  const { t, i18n } = useTranslation();
  const reviews = useCampaignReviews(campaignId);
  const latest = reviews.data?.[0];
  if (!latest) return null;
  const date = new Intl.DateTimeFormat(i18n.resolvedLanguage ?? 'en', { dateStyle: 'medium' }).format(
    new Date(latest.createdAt),
  );
  return (
    <Alert
      variant="light"
      color="orange"
      icon={<IconMessageCircle size={20} aria-hidden />}
      title={t('founder.wizard.changesRequested.title')}
      data-testid="reviewer-reasons"
    >
      <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
        {latest.reasons}
      </Text>
      <Text size="xs" c="dimmed" mt="xs">
        {t('founder.wizard.changesRequested.by', { name: latest.reviewerName, date })}
      </Text>
    </Alert>
  );
}

/**
 * A campaign past editing (in review, decided, live or over): where it stands, the reviewer's
 * last word, the way to its public page when it has one, and the campaign as backers see it.
 */
export function ReadOnlyCampaign({ campaign }: { campaign: CampaignView }) {
  const { t } = useTranslation();
  const reviews = useCampaignReviews(campaign.id);
  const documents = useQuery({ ...companyQueries.documents(campaign.company.id), select: itemsOf });
  const latest = reviews.data?.[0];
  return (
    <Stack gap="lg">
      <Card withBorder radius="lg" padding="lg" data-testid="campaign-standing">
        <Stack gap="sm">
          <Group gap="xs">
            <IconLock size={18} aria-hidden />
            <Text fw={700}>{t('founder.wizard.readOnly.title')}</Text>
            <CampaignStatusBadge status={campaign.status} />
          </Group>
          <Text size="sm" c="dimmed">
            {t(`founder.statusExplained.${campaign.status}`)}
          </Text>
          {latest ? <DecisionQuote review={latest} /> : null}
          {isPublicStatus(campaign.status) ? (
            <Group>
              <Button
                component={Link}
                to={`/campaigns/${encodeURIComponent(campaign.id)}`}
                variant="light"
                leftSection={<IconExternalLink size={16} aria-hidden />}
              >
                {t('founder.wizard.readOnly.viewPublic')}
              </Button>
            </Group>
          ) : null}
        </Stack>
      </Card>
      <Card withBorder radius="lg" padding="lg">
        <CampaignDetailView campaign={campaign} documents={documents.data ?? []} mode="preview" titleOrder={2} />
      </Card>
    </Stack>
  );
}
