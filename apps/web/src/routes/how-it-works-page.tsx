import { Button, Container, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HowItWorksSteps } from '../components/marketing/how-it-works-steps';
import { PageTitle } from '../components/page-title';

export function HowItWorksPage() {
  const { t } = useTranslation();
  return (
    <Container py={48}>
      <PageTitle title={t('howItWorks.title')} />
      <Stack gap="sm" mb={40} maw={760}>
        <Title order={1}>{t('howItWorks.title')}</Title>
        <Text size="lg" c="dimmed" lh={1.6}>
          {t('howItWorks.lead')}
        </Text>
      </Stack>
      <HowItWorksSteps />
      <Button component={Link} to="/sign-up" size="lg" mt={48}>
        {t('howItWorks.cta')}
      </Button>
    </Container>
  );
}
