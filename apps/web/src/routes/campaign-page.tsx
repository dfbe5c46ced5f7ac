import { Alert, Button, Container, SimpleGrid, Skeleton, Stack } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { isApiError } from '../api/api-error';
import { useErrorMessage } from '../components/forms/use-error-message';
import { PageTitle } from '../components/page-title';
import { useCampaign, useCampaignDocuments } from '../features/campaigns/campaign-queries';
import { CampaignDetailView } from '../features/campaigns/view';
import { CampaignMoneyTrail } from '../features/pledges/money-trail';
import { PledgeAction } from '../features/pledges/pledge-action';
import { NotFoundPage } from './not-found-page';
import '../i18n/bundles/campaign-page';

/**
 * `/campaigns/:campaignId`: the campaign as backers see it. A campaign that is unknown or not
 * public (a draft, one in review) answers 404, and the visitor sees the Not found page: the
 * page never says whether a hidden campaign exists.
 */
export function CampaignPage() {
  const { campaignId = '' } = useParams();
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const campaign = useCampaign(campaignId);
  const documents = useCampaignDocuments(campaign.data?.company.id);

  if (campaign.isPending) return <CampaignPageSkeleton label={t('campaignPage.loading')} />;

  if (campaign.isError) {
    if (isApiError(campaign.error) && campaign.error.status === 404) return <NotFoundPage />;
    return (
      <Container py={48} size="sm">
        <PageTitle title={t('campaignPage.loadErrorTitle')} />
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertCircle size={20} aria-hidden />}
          title={t('campaignPage.loadErrorTitle')}
          role="alert"
        >
          <Stack gap="sm" align="flex-start">
            {errorMessage(campaign.error)}
            <Button
              variant="white"
              color="red"
              size="xs"
              onClick={() => void campaign.refetch()}
              loading={campaign.isFetching}
            >
              {t('campaignPage.retry')}
            </Button>
          </Stack>
        </Alert>
      </Container>
    );
  }

  return (
    <Container py={48}>
      <PageTitle title={campaign.data.title} />
      {/* Documents are secondary: if they fail, the campaign still shows, with an empty list. */}
      <CampaignDetailView
        campaign={campaign.data}
        documents={documents.data ?? []}
        mode="public"
        fundingAction={<PledgeAction campaign={campaign.data} />}
        afterFunding={<CampaignMoneyTrail campaignId={campaign.data.id} headingOrder={2} />}
      />
    </Container>
  );
}

/** Shaped like the page (title, cover beside the funding box, text), so nothing jumps when it loads. */
function CampaignPageSkeleton({ label }: { label: string }) {
  return (
    <Container py={48} aria-busy="true" aria-label={label}>
      <PageTitle title={label} />
      <Stack gap="md" aria-hidden>
        <Skeleton height={20} width={180} />
        <Skeleton height={44} width="70%" />
        <Skeleton height={18} width="55%" />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="xl" mt="lg">
          <Skeleton height={320} radius="lg" />
          <Skeleton height={320} radius="lg" />
        </SimpleGrid>
        <Skeleton height={16} mt="xl" />
        <Skeleton height={16} width="90%" />
        <Skeleton height={16} width="80%" />
      </Stack>
    </Container>
  );
}
