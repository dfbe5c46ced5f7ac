import type { DocumentView } from '@crowdstake/domain';
import type { CampaignView } from '@crowdstake/domain/core';
import { Badge, Box, Group, Stack, Text, Title } from '@mantine/core';
import { IconEye } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { CampaignDetailView } from '../campaigns/view';
import '../../i18n/bundles/review';

/**
 * The campaign exactly as backers will see it: the campaigns feature's own view, at the full
 * page width backers get, so what is reviewed is what will be published.
 */
export function BackersViewSection({ campaign, documents }: { campaign: CampaignView; documents: DocumentView[] }) {
  const { t } = useTranslation();
  return (
    <Stack
      component="section"
      aria-labelledby="review-backers-title"
      gap="md"
      id="backers-view"
      data-testid="backers-view"
    >
      <Group justify="space-between" align="flex-end" gap="xs">
        <div>
          <Title order={2} size="h3" id="review-backers-title">
            {t('review.page.backersView')}
          </Title>
          <Text c="dimmed" size="sm">
            {t('review.page.backersViewLead')}
          </Text>
        </div>
        <Badge
          color="gray"
          c="gray.9"
          leftSection={<IconEye size={12} aria-hidden />}
          style={{ textTransform: 'none' }}
        >
          {t('review.page.backersViewBadge')}
        </Badge>
      </Group>
      {/* A frame, so the published page is not mistaken for the reviewer's own panels. */}
      <Box
        p={{ base: 'md', md: 'xl' }}
        bd="1px dashed var(--mantine-color-gray-4)"
        style={{ borderRadius: 'var(--mantine-radius-lg)' }}
      >
        <CampaignDetailView campaign={campaign} documents={documents} mode="review" titleOrder={2} />
      </Box>
    </Stack>
  );
}
