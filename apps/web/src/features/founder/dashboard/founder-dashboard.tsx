import type { CompanyView } from '@crowdstake/domain';
import type { CampaignSummaryView } from '@crowdstake/domain/core';
import { Anchor, Button, Card, Group, Pagination, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconBuildingStore, IconPlus, IconRocket } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyPanel } from '../../../components/empty-panel';
import { useMyCampaigns } from '../founder-campaign-queries';
import { LoadError } from '../load-error';
import { CancelCampaignModal } from './cancel-campaign-modal';
import { FounderCampaignCard } from './founder-campaign-card';
import { useQuery } from '@tanstack/react-query';
import { companyQueries, itemsOf } from '../../../api/queries';
import '../../../i18n/bundles/founder';

const PAGE_SIZE = 12;

/** The founder's home: their companies, their campaigns in every state, and what to do next. */
export function FounderDashboard() {
  const { t } = useTranslation();
  const companies = useQuery({ ...companyQueries.mine(), select: itemsOf });
  const [page, setPage] = useState(1);
  const campaigns = useMyCampaigns(page, PAGE_SIZE);
  const [cancelling, setCancelling] = useState<CampaignSummaryView | null>(null);

  if (companies.isPending || campaigns.isPending) {
    return (
      <Stack gap="lg" aria-busy="true" aria-label={t('founder.dashboard.loading')}>
        <Skeleton height={96} />
        <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
          <Skeleton height={220} />
          <Skeleton height={220} />
        </SimpleGrid>
      </Stack>
    );
  }
  if (companies.isError) return <LoadError error={companies.error} onRetry={() => void companies.refetch()} />;
  if (campaigns.isError) return <LoadError error={campaigns.error} onRetry={() => void campaigns.refetch()} />;

  if (companies.data.length === 0 && campaigns.data.total === 0) {
    return (
      <EmptyPanel
        headingOrder={2}
        icon={<IconBuildingStore size={32} aria-hidden />}
        title={t('founder.dashboard.emptyTitle')}
        description={t('founder.dashboard.emptyBody')}
        testId="founder-empty"
        action={
          <Button component={Link} to="/founder/companies/new" leftSection={<IconPlus size={18} aria-hidden />}>
            {t('founder.dashboard.emptyAction')}
          </Button>
        }
      />
    );
  }

  const pages = Math.max(1, Math.ceil(campaigns.data.total / PAGE_SIZE));
  const firstCompany = companies.data[0];
  const newCampaignPath = firstCompany
    ? `/founder/campaigns/new?companyId=${encodeURIComponent(firstCompany.id)}`
    : '/founder/campaigns/new';

  return (
    <Stack gap={48}>
      <section aria-labelledby="founder-companies-title">
        <Group justify="space-between" mb="md">
          <Title order={2} id="founder-companies-title">
            {t('founder.dashboard.companiesTitle')}
          </Title>
          <Button
            component={Link}
            to="/founder/companies/new"
            variant="light"
            leftSection={<IconPlus size={18} aria-hidden />}
          >
            {t('founder.dashboard.addCompany')}
          </Button>
        </Group>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          {companies.data.map((company) => (
            <CompanyCard key={company.id} company={company} />
          ))}
        </SimpleGrid>
      </section>

      <section aria-labelledby="founder-campaigns-title">
        <Group justify="space-between" mb="md">
          <Title order={2} id="founder-campaigns-title">
            {t('founder.dashboard.campaignsTitle')}
          </Title>
          {campaigns.data.total > 0 ? (
            <Button component={Link} to={newCampaignPath} leftSection={<IconRocket size={18} aria-hidden />}>
              {t('founder.dashboard.newCampaign')}
            </Button>
          ) : null}
        </Group>
        {campaigns.data.total === 0 ? (
          <EmptyPanel
            icon={<IconRocket size={32} aria-hidden />}
            title={t('founder.dashboard.noCampaignsTitle')}
            description={t('founder.dashboard.noCampaignsBody')}
            testId="founder-no-campaigns"
            action={
              <Button component={Link} to={newCampaignPath}>
                {t('founder.dashboard.noCampaignsAction')}
              </Button>
            }
          />
        ) : (
          <Stack gap="lg">
            <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
              {campaigns.data.items.map((campaign) => (
                <FounderCampaignCard key={campaign.id} campaign={campaign} onCancel={setCancelling} />
              ))}
            </SimpleGrid>
            {pages > 1 ? (
              <Group justify="center">
                <Pagination
                  total={pages}
                  value={page}
                  onChange={setPage}
                  aria-label={t('founder.dashboard.page', { page, pages })}
                />
              </Group>
            ) : null}
          </Stack>
        )}
      </section>
      <CancelCampaignModal campaign={cancelling} onClose={() => setCancelling(null)} />
    </Stack>
  );
}

function CompanyCard({ company }: { company: CompanyView }) {
  const { t } = useTranslation();
  return (
    <Card padding="md" radius="lg" withBorder component="article" aria-label={company.legalName}>
      <Stack gap={4}>
        <Anchor component={Link} to={`/founder/companies/${encodeURIComponent(company.id)}`} fw={700}>
          {company.legalName}
        </Anchor>
        <Text size="sm" c="dimmed">
          {t('founder.dashboard.companyMeta', {
            industry: t(`vocabulary.industries.${company.industry}`),
            jurisdiction: company.jurisdiction,
          })}
        </Text>
        <Anchor
          component={Link}
          to={`/founder/campaigns/new?companyId=${encodeURIComponent(company.id)}`}
          size="sm"
          mt={4}
        >
          {t('founder.company.startCampaign')}
        </Anchor>
      </Stack>
    </Card>
  );
}
