import { Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SectionHeading } from '../components/marketing/section-heading';
import { PageTitle } from '../components/page-title';
import { CampaignListing } from '../features/campaigns/campaign-listing';

const DISCOVER_LISTING = { sort: 'newest', page: 1, pageSize: 24 } as const;

export function DiscoverPage() {
  const { t } = useTranslation();
  return (
    <Container py={48}>
      <PageTitle title={t('discover.title')} />
      <SectionHeading id="discover-title" title={t('discover.title')} lead={t('discover.lead')} />
      <CampaignListing filters={DISCOVER_LISTING} />
    </Container>
  );
}
