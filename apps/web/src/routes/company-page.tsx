import { Anchor, Button, Card, Container, Grid, Group, Skeleton, Stack, Text, Title } from '@mantine/core';
import { IconArrowLeft, IconRocket } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { PageTitle } from '../components/page-title';
import { CompanyDocuments } from '../features/companies/company-documents';
import { CompanyMembers } from '../features/companies/company-members';
import { PayoutAccount } from '../features/companies/payout-account';
import { CompanyProfileForm } from '../features/companies/company-profile-form';
import { useCompany } from '../features/companies/company-queries';
import { FounderOnly } from '../features/founder/founder-only';
import { LoadError } from '../features/founder/load-error';
import '../i18n/bundles/founder';

/** `/founder/companies/new` registers a company; `/founder/companies/:companyId` keeps it up to date. */
export function CompanyPage() {
  return (
    <FounderOnly>
      <CompanyPageContent />
    </FounderOnly>
  );
}

function CompanyPageContent() {
  const { companyId } = useParams();
  return companyId ? <ExistingCompany companyId={companyId} /> : <NewCompany />;
}

function BackLink() {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to="/founder" size="sm" fw={600}>
      <Group gap={4} component="span">
        <IconArrowLeft size={16} aria-hidden />
        {t('founder.common.backToDashboard')}
      </Group>
    </Anchor>
  );
}

function Section({ title, lead, children, id }: { title: string; lead?: string; children: ReactNode; id: string }) {
  return (
    <Card component="section" padding="lg" radius="lg" withBorder aria-labelledby={id}>
      <Stack gap="md">
        <div>
          <Title order={2} size="h3" id={id}>
            {title}
          </Title>
          {lead ? (
            <Text c="dimmed" size="sm" mt={4}>
              {lead}
            </Text>
          ) : null}
        </div>
        {children}
      </Stack>
    </Card>
  );
}

function NewCompany() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  return (
    <Container size="sm" py={48}>
      <PageTitle title={t('founder.company.newTitle')} />
      <Stack gap="lg">
        <BackLink />
        <div>
          <Title order={1}>{t('founder.company.newTitle')}</Title>
          <Text c="dimmed" mt="xs" maw={640}>
            {t('founder.company.newLead')}
          </Text>
        </div>
        <Section id="company-profile-title" title={t('founder.company.profileTitle')}>
          <CompanyProfileForm
            onCreated={(company) => void navigate(`/founder/companies/${company.id}`, { replace: true })}
          />
        </Section>
      </Stack>
    </Container>
  );
}

function ExistingCompany({ companyId }: { companyId: string }) {
  const { t } = useTranslation();
  const company = useCompany(companyId);

  if (company.isPending) {
    return (
      <Container py={48} aria-busy="true">
        <Skeleton height={44} width="50%" mb="lg" />
        <Skeleton height={480} />
      </Container>
    );
  }
  if (company.isError) {
    return (
      <Container py={48}>
        <LoadError error={company.error} onRetry={() => void company.refetch()} />
      </Container>
    );
  }

  return (
    <Container py={48}>
      <PageTitle title={company.data.legalName} />
      <Stack gap="lg">
        <BackLink />
        <Group justify="space-between" align="flex-end" gap="md">
          <div>
            <Title order={1}>{company.data.legalName}</Title>
            <Text c="dimmed" mt="xs" maw={640}>
              {t('founder.company.editLead')}
            </Text>
          </div>
          <Button
            component={Link}
            to={`/founder/campaigns/new?companyId=${encodeURIComponent(companyId)}`}
            leftSection={<IconRocket size={18} aria-hidden />}
          >
            {t('founder.company.startCampaign')}
          </Button>
        </Group>
        <Grid gap="lg">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Section id="company-profile-title" title={t('founder.company.profileTitle')}>
              <CompanyProfileForm key={company.data.id} company={company.data} />
            </Section>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <Stack gap="lg">
              <Section id="company-payouts-title" title={t('founder.payouts.title')} lead={t('founder.payouts.lead')}>
                <PayoutAccount companyId={companyId} ready={company.data.payoutReady} />
              </Section>
              <Section
                id="company-documents-title"
                title={t('founder.documents.title')}
                lead={t('founder.documents.lead')}
              >
                <CompanyDocuments companyId={companyId} />
              </Section>
              <Section id="company-members-title" title={t('founder.members.title')} lead={t('founder.members.lead')}>
                <CompanyMembers companyId={companyId} />
              </Section>
            </Stack>
          </Grid.Col>
        </Grid>
      </Stack>
    </Container>
  );
}
