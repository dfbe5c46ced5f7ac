import type { ReviewView } from '@crowdstake/domain';
import type { CampaignView } from '@crowdstake/domain/core';
import { Alert, Box, Button, Grid, Skeleton, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useErrorMessage } from '../../components/forms/use-error-message';
import { BackersViewSection } from './backers-view-section';
import { CompanyDocumentsPanel } from './company-documents-panel';
import { CompanyProfilePanel } from './company-profile-panel';
import { DecisionHistory } from './decision-history';
import { DecisionPanel } from './decision-panel';
import { ReviewHeader } from './review-header';
import { ReviewSectionNav } from './review-section-nav';
import { useCompanyDocuments, useCompanyProfile, useReviewHistory } from './review-queries';
import { RiskAssessmentPanel } from './risk-assessment-panel';
import classes from './review-workspace.module.css';
import '../../i18n/bundles/review';

/** Statuses in which a reviewer has something to decide. */
const DECIDABLE = new Set<CampaignView['status']>(['submitted', 'in_review']);

/** in_review is reached only by a first approval: the newest such decision names its reviewer. */
function firstApprovalOf(campaign: CampaignView, reviews: ReviewView[] | undefined): ReviewView | undefined {
  if (campaign.status !== 'in_review') return undefined;
  return reviews?.find((review) => review.toStatus === 'in_review');
}

/** A panel of its own query: skeleton while it loads, a sentence and a retry if it fails. */
function Loaded<T>({
  query,
  failure,
  children,
}: {
  query: { data: T | undefined; isError: boolean; error: unknown; refetch: () => unknown };
  failure: string;
  children: (data: T) => ReactNode;
}) {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  if (query.data !== undefined) return children(query.data);
  if (query.isError) {
    return (
      <Alert color="red" variant="light" role="alert" icon={<IconAlertCircle size={20} aria-hidden />} title={failure}>
        <Stack gap="sm" align="flex-start">
          {errorMessage(query.error)}
          <Button variant="white" color="red" size="xs" onClick={() => void query.refetch()}>
            {t('review.queue.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return <Skeleton height={180} radius="lg" aria-hidden />;
}

interface ReviewWorkspaceProps {
  campaign: CampaignView;
  meId: string;
  onRefresh: () => void;
}

/** Everything a reviewer weighs, on the left; the decision, always in reach, on the right. */
export function ReviewWorkspace({ campaign, meId, onRefresh }: ReviewWorkspaceProps) {
  const { t } = useTranslation();
  const companyId = campaign.company.id;
  const company = useCompanyProfile(companyId);
  const documents = useCompanyDocuments(companyId);
  // The decisions also say whether this reviewer belongs or belonged to the company.
  const history = useReviewHistory(campaign.id);

  const firstApproval = firstApprovalOf(campaign, history.data?.items);
  const conflictOfInterest = history.data?.conflictOfInterest ?? false;
  const blocked = conflictOfInterest ? 'conflict' : DECIDABLE.has(campaign.status) ? undefined : 'status';
  const refresh = () => {
    onRefresh();
    void history.refetch();
  };

  return (
    <Stack gap="xl" className={classes.workspace}>
      <ReviewHeader
        campaign={campaign}
        firstApproval={firstApproval}
        meId={meId}
        conflictOfInterest={conflictOfInterest}
      />
      <ReviewSectionNav />
      {blocked === 'status' ? (
        <Alert color="blue" variant="light" icon={<IconAlertCircle size={18} aria-hidden />}>
          <Text size="sm">{t('review.page.notReviewable', { status: t(`review.statuses.${campaign.status}`) })}</Text>
        </Alert>
      ) : null}
      <Grid gap="xl">
        <Grid.Col span={{ base: 12, md: 8 }}>
          <Stack gap="lg">
            <RiskAssessmentPanel risk={campaign.risk} />
            <Loaded query={company} failure={t('review.company.loadError')}>
              {(profile) => <CompanyProfilePanel company={profile} />}
            </Loaded>
            <Loaded query={documents} failure={t('review.documents.loadError')}>
              {({ items }) => <CompanyDocumentsPanel documents={items} />}
            </Loaded>
            <Loaded query={history} failure={t('review.history.loadError')}>
              {({ items }) => <DecisionHistory reviews={items} />}
            </Loaded>
          </Stack>
        </Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>
          {/* In the page's flow, never a scroll box of its own that hides "Record decision"; sticky
              below the header only on a screen tall enough to show the whole panel (see the CSS). */}
          <Box className={classes.decision}>
            <DecisionPanel
              key={campaign.id}
              campaign={campaign}
              blocked={blocked}
              firstApprovalByMe={firstApproval !== undefined && firstApproval.reviewerId === meId}
              onRefresh={refresh}
            />
          </Box>
        </Grid.Col>
      </Grid>
      <BackersViewSection campaign={campaign} documents={documents.data?.items ?? []} />
    </Stack>
  );
}
