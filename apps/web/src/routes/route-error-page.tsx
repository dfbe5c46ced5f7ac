import { Button, Container } from '@mantine/core';
import { IconRefresh } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isRouteErrorResponse, useRouteError } from 'react-router';
import { EmptyPanel } from '../components/empty-panel';
import { PageTitle } from '../components/page-title';
import { NotFoundPage } from './not-found-page';

/**
 * Shown inside the layout when a page fails to render or its code fails to load (typically a
 * deploy replaced the chunk this tab wanted). Never shows the error itself to the person.
 */
export function RouteErrorPage() {
  const { t } = useTranslation();
  const error = useRouteError();
  if (isRouteErrorResponse(error) && error.status === 404) return <NotFoundPage />;
  console.error(error);
  return (
    <Container size="sm" py={80}>
      <PageTitle title={t('common.pageErrorTitle')} />
      <EmptyPanel
        headingOrder={1}
        icon={<IconRefresh size={32} aria-hidden />}
        title={t('common.pageErrorTitle')}
        description={t('common.pageErrorBody')}
        action={<Button onClick={() => window.location.reload()}>{t('common.reload')}</Button>}
      />
    </Container>
  );
}
