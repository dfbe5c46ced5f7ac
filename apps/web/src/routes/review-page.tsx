import { Alert, Button, Container, Skeleton, Stack } from '@mantine/core';
import { IconAlertCircle, IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/api-error';
import { EmptyPanel } from '../components/empty-panel';
import { useErrorMessage } from '../components/forms/use-error-message';
import { PageTitle } from '../components/page-title';
import { useMe } from '../features/auth/auth-queries';
import { useCampaignUnderReview } from '../features/review/review-queries';
import { ReviewWorkspace } from '../features/review/review-workspace';
import { ReviewerOnly } from '../features/review/reviewer-only';
import '../i18n/bundles/review';

/** `/review/campaigns/:campaignId`: one campaign's review, laid out for work. */
export function ReviewPage() {
  return (
    <ReviewerOnly>
      <Container py={40}>
        <CampaignReview />
      </Container>
    </ReviewerOnly>
  );
}

function CampaignReview() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const { campaignId = '' } = useParams();
  const me = useMe();
  const campaign = useCampaignUnderReview(campaignId);

  if (campaign.isPending) {
    return (
      <Stack gap="lg" aria-busy="true" aria-label={t('review.page.loading')}>
        <Skeleton height={36} width="60%" />
        <Skeleton height={240} radius="lg" />
        <Skeleton height={240} radius="lg" />
      </Stack>
    );
  }
  if (campaign.isError) {
    // 404 for an unknown id; 400 for one that is not even an id.
    if (isApiError(campaign.error) && (campaign.error.status === 404 || campaign.error.status === 400)) {
      return (
        <EmptyPanel
          icon={<IconSearch size={32} aria-hidden />}
          title={t('review.page.notFoundTitle')}
          description={t('review.page.notFoundBody')}
          headingOrder={1}
          action={
            <Button component={Link} to="/review" variant="light">
              {t('review.page.backToQueue')}
            </Button>
          }
        />
      );
    }
    return (
      <Alert
        color="red"
        variant="light"
        role="alert"
        icon={<IconAlertCircle size={20} aria-hidden />}
        title={t('review.page.errorTitle')}
      >
        <Stack gap="sm" align="flex-start">
          {errorMessage(campaign.error)}
          <Button variant="white" color="red" size="xs" onClick={() => void campaign.refetch()}>
            {t('review.queue.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return (
    <>
      <PageTitle title={campaign.data.title} />
      <ReviewWorkspace campaign={campaign.data} meId={me.data?.id ?? ''} onRefresh={() => void campaign.refetch()} />
    </>
  );
}
