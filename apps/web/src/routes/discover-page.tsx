import { Box, Container, Stack, Text, Title } from '@mantine/core';
import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchUpdate } from '../components/use-search-update';
import { PageTitle } from '../components/page-title';
import { LossWarning } from '../features/honesty/loss-warning';
import { DiscoverFilterBar } from '../features/campaigns/discover/discover-filter-bar';
import {
  changeFilters,
  discoverSearch,
  type DiscoverFilters,
  readDiscoverFilters,
} from '../features/campaigns/discover/discover-filters';
import { DiscoverResults } from '../features/campaigns/discover/discover-results';

/**
 * `/discover`: every live and finished campaign, filtered, searched, sorted and paged. The URL
 * holds the filters, so a link shows the same results and back and forward step through them.
 */
export function DiscoverPage() {
  const { t } = useTranslation();
  const [search, updateSearch] = useSearchUpdate();
  const filters = readDiscoverFilters(search);

  const apply = useCallback(
    (change: Partial<DiscoverFilters>) =>
      updateSearch((current) => discoverSearch(changeFilters(readDiscoverFilters(current), change)), {
        preventScrollReset: true,
      }),
    [updateSearch],
  );

  // Clearing also empties the search box, with whatever it still had waiting to be sent.
  const [clearings, setClearings] = useState(0);
  const clear = () => {
    setClearings((count) => count + 1);
    updateSearch(() => new URLSearchParams(), { preventScrollReset: true });
  };

  const goToPage = (page: number) => {
    apply({ page });
    window.scrollTo({ top: 0 });
  };

  return (
    <Container py={48}>
      <PageTitle title={t('discover.title')} />
      <Stack gap={6} mb="xl">
        <Title order={1}>{t('discover.title')}</Title>
        <Text c="dimmed" maw={760}>
          {t('discover.lead')}
        </Text>
      </Stack>
      <Box mb="xl" maw={960}>
        <LossWarning />
      </Box>
      <DiscoverFilterBar filters={filters} onChange={apply} clearings={clearings} />
      <DiscoverResults filters={filters} onPage={goToPage} onClear={clear} />
    </Container>
  );
}
