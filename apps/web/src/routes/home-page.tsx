import { Anchor, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { FounderCall } from '../components/marketing/founder-call';
import { HomeHero } from '../components/marketing/home-hero';
import { SectionHeading } from '../components/marketing/section-heading';
import { PageTitle } from '../components/page-title';
import { CampaignListing } from '../features/campaigns/campaign-listing';

// The home page promises live campaigns; Discover also shows finished ones (the listing's default).
const HOME_LISTING = { status: 'live', sort: 'newest', page: 1, pageSize: 6 } as const;

export function HomePage() {
  const { t } = useTranslation();
  return (
    <>
      <PageTitle title={t('app.tagline')} />
      <HomeHero />
      <Container component="section" aria-labelledby="live-campaigns" py={64}>
        <SectionHeading
          id="live-campaigns"
          title={t('home.listingTitle')}
          lead={t('home.listingLead')}
          action={
            <Anchor component={Link} to="/discover" fw={600}>
              {t('home.seeAll')}
            </Anchor>
          }
        />
        <CampaignListing filters={HOME_LISTING} />
      </Container>
      <FounderCall />
    </>
  );
}
