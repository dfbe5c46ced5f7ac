import type { ReviewView } from '@crowdstake/domain';
import type { CampaignView } from '@crowdstake/domain/core';
import { Alert, Anchor, Group, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconArrowLeft, IconUsers } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RiskGradeBadge } from '../campaigns/risk-grade-badge';
import { useQueuePath } from './queue-return';
import { CampaignStatusBadge, CampaignTypeBadge } from './review-badges';
import { formatDateTime, timeAgo } from './review-figures';
import '../../i18n/bundles/review';

interface ReviewHeaderProps {
  campaign: CampaignView;
  /** The first of two approvals of a grade D or E campaign, while it waits for the second. */
  firstApproval?: ReviewView;
  meId: string;
  conflictOfInterest: boolean;
}

export function ReviewHeader({ campaign, firstApproval, meId, conflictOfInterest }: ReviewHeaderProps) {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  const [now] = useState(() => new Date());
  const grade = campaign.risk?.grade ?? null;
  const queuePath = useQueuePath();

  return (
    <Stack gap="sm" component="header">
      <Anchor component={Link} to={queuePath} size="sm" fw={600} w="fit-content">
        <Group gap={4} component="span">
          <IconArrowLeft size={16} aria-hidden />
          {t('review.page.backToQueue')}
        </Group>
      </Anchor>
      <Title order={1} size="h2">
        {campaign.title}
      </Title>
      <Group gap="xs">
        <CampaignTypeBadge type={campaign.type} />
        <CampaignStatusBadge status={campaign.status} />
        <RiskGradeBadge grade={grade} />
      </Group>
      <Text c="dimmed" size="sm">
        {t('review.page.byCompany', { company: campaign.company.legalName })}
        {campaign.submittedAt ? (
          <>
            {' · '}
            <time dateTime={campaign.submittedAt} title={formatDateTime(campaign.submittedAt, locale)}>
              {t('review.page.submitted', { when: timeAgo(campaign.submittedAt, now, locale) })}
            </time>
          </>
        ) : null}
      </Text>
      {firstApproval && grade ? (
        <Alert color="orange" variant="light" icon={<IconUsers size={18} aria-hidden />} data-testid="first-approval">
          <Text size="sm" c="orange.9" fw={600}>
            {firstApproval.reviewerId === meId
              ? t('review.page.firstApprovalMine', {
                  when: timeAgo(firstApproval.createdAt, now, locale),
                  grade,
                })
              : t('review.page.firstApproval', {
                  name: firstApproval.reviewerName,
                  when: timeAgo(firstApproval.createdAt, now, locale),
                  grade,
                })}
          </Text>
        </Alert>
      ) : null}
      {conflictOfInterest ? (
        <Alert
          color="red"
          variant="light"
          icon={<IconAlertTriangle size={18} aria-hidden />}
          title={t('review.page.conflictTitle')}
        >
          {t('review.page.conflictBody')}
        </Alert>
      ) : null}
    </Stack>
  );
}
