import { Anchor, Container, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageTitle } from '../components/page-title';
import { BackerOnly } from '../features/pledges/backer-only';
import { Portfolio } from '../features/pledges/portfolio';
import '../i18n/bundles/pledges';

/** `/me/pledges`: the backer's portfolio. */
export function MyPledgesPage() {
  const { t } = useTranslation();
  return (
    <BackerOnly>
      <Container py={48} size="md">
        <PageTitle title={t('pledges.portfolio.title')} />
        <Stack gap="xl">
          <Group justify="space-between" align="flex-end" gap="sm">
            <Stack gap="xs" maw={640}>
              <Title order={1}>{t('pledges.portfolio.title')}</Title>
              <Text c="dimmed">{t('pledges.portfolio.lead')}</Text>
            </Stack>
            <Anchor component={Link} to="/me/investor-profile">
              {t('pledges.portfolio.investorProfile')}
            </Anchor>
          </Group>
          <Portfolio />
        </Stack>
      </Container>
    </BackerOnly>
  );
}
