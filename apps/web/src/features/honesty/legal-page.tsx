import { Container, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { PageTitle } from '../../components/page-title';

/** The frame of the terms, privacy and contact pages: a readable column of titled sections. */
export function LegalPage({ title, lead, children }: { title: string; lead: string; children: ReactNode }) {
  return (
    <Container size="sm" py={48}>
      <PageTitle title={title} />
      <Stack gap="xl">
        <Stack gap="xs">
          <Title order={1}>{title}</Title>
          <Text c="dimmed">{lead}</Text>
        </Stack>
        {children}
      </Stack>
    </Container>
  );
}

export function LegalSection({ id, heading, children }: { id?: string; heading: string; children: ReactNode }) {
  const headingId = `legal-${id ?? heading.replace(/\W+/g, '-').toLowerCase()}`;
  return (
    <Stack gap="xs" component="section" id={id} aria-labelledby={headingId} style={{ scrollMarginTop: 88 }}>
      <Title order={2} size="h3" id={headingId}>
        {heading}
      </Title>
      {typeof children === 'string' ? <Text>{children}</Text> : children}
    </Stack>
  );
}
