import type { CampaignView, DocumentView } from '@crowdstake/domain';
import { Card, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * The campaign exactly as backers will see it. The page itself is the campaigns feature's
 * `CampaignDetailView` (mode "review"), so the reviewer judges what will really be published.
 */
export function BackersViewSection({ campaign }: { campaign: CampaignView; documents: DocumentView[] }) {
  const { t } = useTranslation();
  return (
    <Card component="section" aria-labelledby="review-backers-title" data-testid="backers-view">
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id="review-backers-title">
            {t('review.page.backersView')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('review.page.backersViewLead')}
          </Text>
        </div>
        <Text c="dimmed" data-campaign-id={campaign.id}>
          {t('review.page.backersViewPending')}
        </Text>
      </Stack>
    </Card>
  );
}
