import { CloseButton, Group, SegmentedControl, Select, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { CAMPAIGN_TYPES, type CampaignType, LISTED_STATUSES, type ListedStatus } from '@crowdstake/domain/core';
import { IconSearch } from '@tabler/icons-react';
import { useEffect, useEffectEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type DiscoverFilters, MAX_SEARCH_LENGTH, sortsFor } from './discover-filters';

/** Long enough not to search on every keystroke, short enough to feel immediate. */
const SEARCH_DEBOUNCE_MS = 350;
const ALL_TYPES = 'all';
const ANY_STATUS = 'any';

interface DiscoverFilterBarProps {
  filters: DiscoverFilters;
  onChange: (change: Partial<DiscoverFilters>) => void;
  /** How many times the filters were cleared: each clearing starts the search box afresh. */
  clearings?: number;
}

/** Search, type, status and sort; each change goes to the URL, so the result is a shareable link. */
export function DiscoverFilterBar({ filters, onChange, clearings = 0 }: DiscoverFilterBarProps) {
  const { t } = useTranslation();
  const typeLabelId = useId();

  return (
    <Stack
      component="form"
      role="search"
      aria-label={t('discover.filters')}
      gap="md"
      mb="xl"
      // Every field applies itself; Enter in the search box must not reload the page.
      onSubmit={(event) => event.preventDefault()}
    >
      <SearchField
        // A new box each time the filters are cleared: no text, nothing waiting in the debounce.
        key={clearings}
        committed={filters.q ?? ''}
        onSearch={(q) => onChange({ q: q || undefined })}
      />
      <Group gap="md" align="flex-end" wrap="wrap">
        <Stack gap={4}>
          <Text component="span" id={typeLabelId} size="sm" fw={500}>
            {t('discover.type')}
          </Text>
          <SegmentedControl
            aria-labelledby={typeLabelId}
            value={filters.type ?? ALL_TYPES}
            onChange={(value) => onChange({ type: value === ALL_TYPES ? undefined : (value as CampaignType) })}
            data={[
              { value: ALL_TYPES, label: t('discover.allTypes') },
              ...CAMPAIGN_TYPES.map((type) => ({ value: type, label: t(`campaigns.types.${type}`) })),
            ]}
          />
        </Stack>
        <Select
          label={t('discover.status')}
          value={filters.status ?? ANY_STATUS}
          onChange={(value) =>
            onChange({ status: value === null || value === ANY_STATUS ? undefined : (value as ListedStatus) })
          }
          data={[
            { value: ANY_STATUS, label: t('discover.anyStatus') },
            ...LISTED_STATUSES.map((status) => ({ value: status, label: t(`campaigns.statuses.${status}`) })),
          ]}
          allowDeselect={false}
          w={{ base: 'calc(50% - var(--mantine-spacing-md) / 2)', xs: 200 }}
        />
        <Select
          label={t('discover.sort')}
          value={filters.sort}
          onChange={(value) => value && onChange({ sort: value as DiscoverFilters['sort'] })}
          data={sortsFor(filters.type).map((sort) => ({ value: sort, label: t(`discover.sorts.${sort}`) }))}
          allowDeselect={false}
          w={{ base: 'calc(50% - var(--mantine-spacing-md) / 2)', xs: 200 }}
        />
      </Group>
    </Stack>
  );
}

/**
 * The search box keeps what the person types and hands it on once they pause. It follows the
 * URL when that changes by itself (back, forward, "clear filters"), without fighting the typing.
 */
function SearchField({ committed, onSearch }: { committed: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const [text, setText] = useState(committed);
  const [debounced] = useDebouncedValue(text.trim(), SEARCH_DEBOUNCE_MS);
  const lastSent = useRef(committed);

  useEffect(() => {
    if (committed !== lastSent.current) {
      lastSent.current = committed;
      setText(committed);
    }
  }, [committed]);

  // Only the settled text sends a search. The callback changes with every URL change, and if it
  // re-ran this effect, "clear filters" would be undone by the old text still in the debounce.
  const settle = useEffectEvent((q: string) => {
    if (q !== lastSent.current) {
      lastSent.current = q;
      onSearch(q);
    }
  });
  useEffect(() => settle(debounced), [debounced]);

  return (
    <TextInput
      type="search"
      label={t('discover.search')}
      placeholder={t('discover.searchPlaceholder')}
      value={text}
      onChange={(event) => setText(event.currentTarget.value)}
      maxLength={MAX_SEARCH_LENGTH}
      leftSection={<IconSearch size={18} aria-hidden />}
      rightSection={
        text ? (
          <CloseButton
            aria-label={t('discover.clearSearch')}
            onClick={() => {
              setText('');
              lastSent.current = '';
              onSearch('');
            }}
          />
        ) : null
      }
      maw={560}
    />
  );
}
