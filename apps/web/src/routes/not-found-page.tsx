import { Button, Container } from '@mantine/core';
import { IconMapPinQuestion } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyPanel } from '../components/empty-panel';
import { PageTitle } from '../components/page-title';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py={80}>
      <PageTitle title={t('notFound.title')} />
      <EmptyPanel
        headingOrder={1}
        icon={<IconMapPinQuestion size={32} aria-hidden />}
        title={t('notFound.title')}
        description={t('notFound.body')}
        action={
          <Button component={Link} to="/">
            {t('notFound.home')}
          </Button>
        }
      />
    </Container>
  );
}
