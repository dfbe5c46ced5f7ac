import { Alert, Button, Container, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useErrorMessage } from '../components/forms/use-error-message';
import { PageTitle } from '../components/page-title';
import { safeNextPath } from '../features/auth/next-path';
import { BackerOnly } from '../features/pledges/backer-only';
import { InvestmentLimitCard, InvestorProfileForm } from '../features/pledges/investor-profile-form';
import { useInvestorProfile } from '../features/pledges/pledge-queries';
import '../i18n/bundles/pledges';

/** `/me/investor-profile`: what the backer's investment limit is computed from, and the limit. */
export function InvestorProfilePage() {
  return (
    <BackerOnly>
      <InvestorProfileContent />
    </BackerOnly>
  );
}

function InvestorProfileContent() {
  const { t } = useTranslation();
  const errorMessage = useErrorMessage();
  const profile = useInvestorProfile();
  const [search] = useSearchParams();
  const next = safeNextPath(search.get('next'), '');

  return (
    <Container size="md" py={48}>
      <PageTitle title={t('pledges.profile.title')} />
      <Stack gap="xl">
        <Stack gap="xs" maw={760}>
          <Title order={1}>{t('pledges.profile.title')}</Title>
          <Text c="dimmed">{t('pledges.profile.lead')}</Text>
        </Stack>
        {profile.isPending ? (
          <Skeleton height={320} radius="lg" aria-hidden />
        ) : profile.isError ? (
          <Alert
            color="red"
            variant="light"
            icon={<IconAlertCircle size={20} aria-hidden />}
            role="alert"
            title={t('pledges.profile.loadError')}
          >
            <Stack gap="sm" align="flex-start">
              {errorMessage(profile.error)}
              <Button variant="white" color="red" size="xs" onClick={() => void profile.refetch()}>
                {t('campaigns.retry')}
              </Button>
            </Stack>
          </Alert>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl">
            <InvestorProfileForm profile={profile.data} />
            <Stack gap="md">
              <InvestmentLimitCard profile={profile.data} />
              {next && profile.data ? (
                <Button component={Link} to={next} variant="light">
                  {t('pledges.profile.backToPledge')}
                </Button>
              ) : null}
            </Stack>
          </SimpleGrid>
        )}
      </Stack>
    </Container>
  );
}
