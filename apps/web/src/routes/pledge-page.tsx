import type { PledgeView } from '@crowdstake/domain/core';
import { Alert, Anchor, Button, Container, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle, IconArrowLeft } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { isApiError } from '../api/api-error';
import { useErrorMessage } from '../components/forms/use-error-message';
import { PageTitle } from '../components/page-title';
import { LossWarning } from '../features/honesty/loss-warning';
import { EmptyPanel } from '../components/empty-panel';
import { useCampaign } from '../features/campaigns/campaign-queries';
import { BackerOnly } from '../features/pledges/backer-only';
import { PledgeConfirmation } from '../features/pledges/pledge-confirmation';
import { PledgeForm } from '../features/pledges/pledge-form';
import { usePaymentsConfig } from '../features/pledges/pledge-queries';
import { NotFoundPage } from './not-found-page';
import { IconCalendarOff } from '@tabler/icons-react';
import '../i18n/bundles/pledges';

/** `/campaigns/:campaignId/pledge`: back a reward campaign or invest in a bond or share offering. */
export function PledgePage() {
  return (
    <BackerOnly>
      <PledgePageContent />
    </BackerOnly>
  );
}

function PledgePageContent() {
  const { campaignId = '' } = useParams();
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const campaign = useCampaign(campaignId);
  const payments = usePaymentsConfig();
  const [pledge, setPledge] = useState<PledgeView | null>(null);

  if (campaign.isPending || payments.isPending) {
    return (
      <Container size="sm" py={48} aria-busy="true" aria-label={t('common.loading')}>
        <Stack gap="md" aria-hidden>
          <Skeleton height={36} width="70%" />
          <Skeleton height={160} radius="lg" />
          <Skeleton height={120} radius="lg" />
        </Stack>
      </Container>
    );
  }
  if (campaign.isError && isApiError(campaign.error) && campaign.error.status === 404) return <NotFoundPage />;
  if (campaign.isError || payments.isError) {
    const failed = campaign.isError ? campaign : payments;
    return (
      <Container size="sm" py={48}>
        <Alert color="red" variant="light" icon={<IconAlertCircle size={20} aria-hidden />} role="alert">
          <Stack gap="sm" align="flex-start">
            {errorMessage(failed.error)}
            <Button variant="white" color="red" size="xs" onClick={() => void failed.refetch()}>
              {t('campaigns.retry')}
            </Button>
          </Stack>
        </Alert>
      </Container>
    );
  }

  const view = campaign.data;
  const title =
    view.type === 'reward'
      ? t('pledges.page.titleReward', { title: view.title })
      : t('pledges.page.titleInvest', { title: view.title });

  return (
    <Container size="sm" py={48}>
      <PageTitle title={title} />
      <Stack gap="xl">
        <Stack gap="xs">
          <Anchor component={Link} to={`/campaigns/${view.id}`} size="sm">
            <IconArrowLeft size={14} aria-hidden style={{ verticalAlign: '-2px', marginRight: 4 }} />
            {t('pledges.page.backToCampaign')}
          </Anchor>
          <Title order={1}>{title}</Title>
          {!pledge ? <Text c="dimmed">{t('pledges.page.lead')}</Text> : null}
        </Stack>
        {!pledge ? <LossWarning reward={view.type === 'reward'} compact={view.type === 'reward'} /> : null}
        {pledge ? (
          <PledgeConfirmation
            campaign={view}
            pledge={pledge}
            payments={payments.data}
            onTryAgain={() => setPledge(null)}
          />
        ) : view.status !== 'live' ? (
          <EmptyPanel
            headingOrder={2}
            icon={<IconCalendarOff size={32} aria-hidden />}
            title={t('pledges.page.notLiveTitle')}
            description={t('pledges.page.notLiveBody')}
            action={
              <Button component={Link} to={`/campaigns/${view.id}`}>
                {t('pledges.page.backToCampaign')}
              </Button>
            }
          />
        ) : (
          <PledgeForm campaign={view} payments={payments.data} onPledged={setPledge} />
        )}
      </Stack>
    </Container>
  );
}
