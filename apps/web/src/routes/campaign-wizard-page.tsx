import { isEditableStatus } from '@crowdstake/domain/core';
import { Anchor, Container, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { PageTitle } from '../components/page-title';
import { useMyCompanies } from '../features/companies/company-queries';
import { useOwnCampaign } from '../features/founder/founder-campaign-queries';
import { FounderOnly } from '../features/founder/founder-only';
import { LoadError } from '../features/founder/load-error';
import { ReadOnlyCampaign, ReviewerReasons } from '../features/founder/wizard/campaign-standing';
import { CampaignWizard } from '../features/founder/wizard/campaign-wizard';
import '../i18n/bundles/founder';

/**
 * `/founder/campaigns/new?companyId=…` drafts a campaign; `/founder/campaigns/:campaignId` continues
 * one (with the reviewer's reasons on top when changes were requested) or, past editing, shows
 * where it stands.
 */
export function CampaignWizardPage() {
  return (
    <FounderOnly>
      <CampaignWizardContent />
    </FounderOnly>
  );
}

function CampaignWizardContent() {
  const { t } = useTranslation();
  const { campaignId } = useParams();
  const [params] = useSearchParams();
  const companies = useMyCompanies();
  const campaign = useOwnCampaign(campaignId);

  const loading = companies.isPending || (campaignId !== undefined && campaign.isPending);
  const failure = companies.error ?? (campaignId ? campaign.error : null);
  const title = campaign.data
    ? t('founder.wizard.editTitle', { title: campaign.data.title })
    : t('founder.wizard.newTitle');

  let body;
  if (loading) {
    body = (
      <Stack gap="lg" aria-busy="true">
        <Skeleton height={56} />
        <Skeleton height={420} />
      </Stack>
    );
  } else if (failure) {
    body = (
      <LoadError
        error={failure}
        title={t('founder.wizard.loadError')}
        onRetry={() => void (campaign.isError ? campaign.refetch() : companies.refetch())}
      />
    );
  } else if (campaign.data && !isEditableStatus(campaign.data.status)) {
    body = <ReadOnlyCampaign campaign={campaign.data} />;
  } else {
    const companyList = companies.data ?? [];
    const wanted = params.get('companyId');
    const initialCompany = companyList.find((company) => company.id === wanted) ?? companyList[0];
    body = (
      <Stack gap="lg">
        {campaign.data?.status === 'changes_requested' ? <ReviewerReasons campaignId={campaign.data.id} /> : null}
        {/* Keyed by the draft, or by the company a new one starts with (the list may arrive after a first, stale render). */}
        <CampaignWizard
          key={campaign.data?.id ?? `new-${initialCompany?.id ?? ''}`}
          campaign={campaign.data}
          companies={companyList}
          initialCompany={initialCompany}
        />
      </Stack>
    );
  }

  return (
    <Container py={48}>
      <PageTitle title={title} />
      <Stack gap="lg">
        <Anchor component={Link} to="/founder" size="sm" fw={600}>
          <Group gap={4} component="span">
            <IconArrowLeft size={16} aria-hidden />
            {t('founder.common.backToDashboard')}
          </Group>
        </Anchor>
        <div>
          <Title order={1}>{title}</Title>
          {!campaignId ? (
            <Text c="dimmed" mt="xs" maw={720}>
              {t('founder.wizard.lead')}
            </Text>
          ) : null}
        </div>
        {body}
      </Stack>
    </Container>
  );
}
