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
import type { ListedCampaign } from './listed-campaign';

const GRID_COLUMNS = { base: 1, sm: 2, md: 3 } as const;

/** A grid of campaign cards with its loading, error and empty states; used by Home. */
export function CampaignListing({ filters }: { filters: CampaignListFilters }) {
  const { t } = useTranslation();
  const listing = useCampaignListing(filters);

  if (listing.isPending) return <CampaignGridSkeleton />;
  if (listing.isError)
    return (
      <CampaignListingError error={listing.error} retry={() => void listing.refetch()} retrying={listing.isFetching} />
    );
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
  return <CampaignGrid campaigns={listing.data.items} />;
}

/** Campaign cards, one to three columns. */
export function CampaignGrid({ campaigns }: { campaigns: ListedCampaign[] }) {
  // One "now" per mount of the grid, so every card counts days from the same moment.
  const [now] = useState(() => new Date());
  return (
    <SimpleGrid cols={GRID_COLUMNS} spacing="lg">
      {campaigns.map((campaign) => (
        <CampaignCard key={campaign.id} campaign={campaign} now={now} />
      ))}
    </SimpleGrid>
  );
}

/** Cards shaped like the real ones while the listing loads. */
export function CampaignGridSkeleton({ count = 3 }: { count?: number }) {
  const { t } = useTranslation();
  return (
    <SimpleGrid cols={GRID_COLUMNS} spacing="lg" aria-busy="true" aria-label={t('campaigns.loading')}>
      {Array.from({ length: count }, (_, index) => (
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

export function CampaignListingError({
  error,
  retry,
  retrying,
}: {
  error: unknown;
  retry: () => void;
  retrying: boolean;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconAlertCircle size={20} aria-hidden />}
      title={t('campaigns.errorTitle')}
      role="alert"
    >
      <Stack gap="sm" align="flex-start">
        {errorMessage(error)}
        <Button variant="white" color="red" size="xs" onClick={retry} loading={retrying}>
          {t('campaigns.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}
