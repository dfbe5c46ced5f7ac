import { Box, Button, Group, Pagination, Stack, Text } from '@mantine/core';
import { IconFilterOff, IconSeedling } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyPanel } from '../../../components/empty-panel';
import { CampaignGrid, CampaignGridSkeleton, CampaignListingError } from '../campaign-listing';
import { useCampaignListing } from '../campaign-queries';
import {
  DISCOVER_PAGE_SIZE,
  type DiscoverFilters,
  hasNarrowingFilters,
  listingQuery,
  pageCount,
} from './discover-filters';

interface DiscoverResultsProps {
  filters: DiscoverFilters;
  onPage: (page: number) => void;
  onClear: () => void;
}

/** The count, the cards and the pages; while the next page loads the previous one stays, dimmed. */
export function DiscoverResults({ filters, onPage, onClear }: DiscoverResultsProps) {
  const { t } = useTranslation();
  const listing = useCampaignListing(listingQuery(filters));

  if (listing.isPending) return <CampaignGridSkeleton count={6} />;
  if (listing.isError) {
    return (
      <CampaignListingError error={listing.error} retry={() => void listing.refetch()} retrying={listing.isFetching} />
    );
  }

  const { items, total } = listing.data;
  const pages = pageCount(total, DISCOVER_PAGE_SIZE);
  const narrowed = hasNarrowingFilters(filters);

  return (
    <Stack gap="lg">
      <Text size="sm" c="dimmed" role="status" aria-live="polite" data-testid="discover-count">
        {t('discover.results', { count: total })}
      </Text>
      {items.length === 0 ? (
        narrowed || filters.page > 1 ? (
          <EmptyPanel
            icon={<IconFilterOff size={32} aria-hidden />}
            title={t('discover.noMatchTitle')}
            description={t('discover.noMatchBody')}
            testId="discover-no-match"
            action={
              <Button variant="light" onClick={onClear}>
                {t('discover.clearFilters')}
              </Button>
            }
          />
        ) : (
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
        )
      ) : (
        <Box
          aria-busy={listing.isPlaceholderData}
          style={{ opacity: listing.isPlaceholderData ? 0.6 : 1, transition: 'opacity 150ms ease' }}
        >
          <CampaignGrid campaigns={items} />
        </Box>
      )}
      {pages > 1 ? (
        <Group component="nav" aria-label={t('discover.pages')} justify="center" mt="md">
          <Pagination
            total={pages}
            value={Math.min(filters.page, pages)}
            onChange={onPage}
            getControlProps={(control) => ({ 'aria-label': t(`discover.pageControls.${control}`) })}
          />
        </Group>
      ) : null}
    </Stack>
  );
}
