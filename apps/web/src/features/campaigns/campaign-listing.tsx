import { Alert, Button, Card, SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { IconAlertCircle, IconSeedling } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CampaignListFilters } from '../../api/query-keys';
import { EmptyPanel } from '../../components/empty-panel';
import { useErrorMessage } from '../../components/forms/use-error-message';
import { CampaignCard } from './campaign-card';
import { useCampaignListing } from './campaign-queries';

const GRID_COLUMNS = { base: 1, sm: 2, md: 3 } as const;

/** A grid of campaign cards with its loading, error and empty states; used by Home and Discover. */
export function CampaignListing({ filters }: { filters: CampaignListFilters }) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const listing = useCampaignListing(filters);
  // One "now" per render of the list, so every card counts days from the same moment.
  const [now] = useState(() => new Date());

  if (listing.isPending) {
    return (
      <SimpleGrid cols={GRID_COLUMNS} spacing="lg" aria-busy="true" aria-label={t('campaigns.loading')}>
        {[0, 1, 2].map((index) => (
          <Card key={index} aria-hidden>
            <Card.Section>
              <Skeleton height={180} radius={0} />
            </Card.Section>
            <Stack gap="sm" mt="md">
              <Skeleton height={18} width="40%" />
              <Skeleton height={22} />
              <Skeleton height={14} width="80%" />
              <Skeleton height={10} mt="sm" />
            </Stack>
          </Card>
        ))}
      </SimpleGrid>
    );
  }

  if (listing.isError) {
    return (
      <Alert
        color="red"
        variant="light"
        icon={<IconAlertCircle size={20} aria-hidden />}
        title={t('campaigns.errorTitle')}
        role="alert"
      >
        <Stack gap="sm" align="flex-start">
          {errorMessage(listing.error)}
          <Button
            variant="white"
            color="red"
            size="xs"
            onClick={() => void listing.refetch()}
            loading={listing.isFetching}
          >
            {t('campaigns.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }

  if (listing.data.items.length === 0) {
    return (
      <EmptyPanel
        icon={<IconSeedling size={32} aria-hidden />}
        title={t('campaigns.emptyTitle')}
        description={t('campaigns.emptyBody')}
        testId="campaigns-empty"
        action={
          <Button component={Link} to="/sign-up?role=founder" variant="light">
            {t('campaigns.emptyAction')}
          </Button>
        }
      />
    );
  }

  return (
    <SimpleGrid cols={GRID_COLUMNS} spacing="lg">
      {listing.data.items.map((campaign) => (
        <CampaignCard key={campaign.id} campaign={campaign} now={now} />
      ))}
    </SimpleGrid>
  );
}
