import { Container, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageTitle } from '../components/page-title';
import { MyInvitations } from '../features/companies/my-invitations';
import { FounderDashboard } from '../features/founder/dashboard/founder-dashboard';
import { FounderOnly } from '../features/founder/founder-only';
import '../i18n/bundles/founder';

/** `/founder`: the founder's companies and campaigns. */
export function FounderDashboardPage() {
  const { t } = useTranslation();
  return (
    <FounderOnly>
      <Container py={48}>
        <PageTitle title={t('founder.dashboard.title')} />
        <Title order={1}>{t('founder.dashboard.title')}</Title>
        <Text c="dimmed" mt="xs" mb={40} maw={640}>
          {t('founder.dashboard.lead')}
        </Text>
        <MyInvitations />
        <FounderDashboard />
      </Container>
    </FounderOnly>
  );
}
