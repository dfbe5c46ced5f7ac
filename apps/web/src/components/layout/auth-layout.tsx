import { Box, Container, Grid, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconLock, IconReceipt, IconShieldCheck } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface AuthLayoutProps {
  title: string;
  lead: string;
  children: ReactNode;
  footer: ReactNode;
}

/**
 * Sign-in and sign-up: the form on a quiet card, and beside it (on wide screens) the three
 * promises that make it worth signing up. Forms get one column and room to breathe.
 */
export function AuthLayout({ title, lead, children, footer }: AuthLayoutProps) {
  const { t } = useTranslation();
  const promises = [
    { icon: IconShieldCheck, title: t('home.trust.reviewedTitle'), body: t('home.trust.reviewedBody') },
    { icon: IconLock, title: t('home.trust.escrowTitle'), body: t('home.trust.escrowBody') },
    { icon: IconReceipt, title: t('home.trust.traceableTitle'), body: t('home.trust.traceableBody') },
  ];

  return (
    <Box bg="gray.0" py={{ base: 'xl', sm: 56 }} style={{ flex: 1 }}>
      <Container size={1040}>
        <Grid gap={{ base: 'xl', md: 56 }} align="center">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Paper withBorder shadow="sm" radius="lg" p={{ base: 'lg', sm: 'xl' }}>
              <Stack gap="lg">
                <Stack gap={6}>
                  <Title order={1} size="h2">
                    {title}
                  </Title>
                  <Text c="dimmed">{lead}</Text>
                </Stack>
                {children}
                <Text size="sm" ta="center" c="dimmed">
                  {footer}
                </Text>
              </Stack>
            </Paper>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }} visibleFrom="md">
            <Stack gap="xl" justify="center" component="aside" aria-label={t('home.trust.title')}>
              {promises.map((promise) => (
                <Box key={promise.title} style={{ display: 'flex', gap: 'var(--mantine-spacing-md)' }}>
                  <ThemeIcon size={40} radius="md" variant="light" aria-hidden>
                    <promise.icon size={22} />
                  </ThemeIcon>
                  <Stack gap={4}>
                    <Text fw={650}>{promise.title}</Text>
                    <Text size="sm" c="dimmed">
                      {promise.body}
                    </Text>
                  </Stack>
                </Box>
              ))}
            </Stack>
          </Grid.Col>
        </Grid>
      </Container>
    </Box>
  );
}
