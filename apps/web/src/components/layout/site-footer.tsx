import { Container, Divider, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import classes from './site-footer.module.css';
import { Wordmark } from './wordmark';

export function SiteFooter() {
  const { t } = useTranslation();
  const columns = [
    {
      title: t('footer.platform'),
      links: [
        { to: '/discover', label: t('nav.discover') },
        { to: '/how-it-works', label: t('nav.howItWorks') },
      ],
    },
    {
      title: t('footer.account'),
      links: [
        { to: '/sign-in', label: t('nav.signIn') },
        { to: '/sign-up', label: t('nav.signUp') },
      ],
    },
    {
      title: t('honesty.footer.legal'),
      links: [
        { to: '/terms', label: t('honesty.footer.terms') },
        { to: '/terms#risk-statement', label: t('honesty.footer.risks') },
        { to: '/privacy', label: t('honesty.footer.privacy') },
        { to: '/contact', label: t('honesty.footer.contact') },
      ],
    },
  ];

  return (
    <footer className={classes.footer}>
      <Container>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xl">
          <Stack gap="sm" maw={420}>
            <Wordmark />
            <Text size="sm" c="dimmed">
              {t('footer.about')}
            </Text>
          </Stack>
          <SimpleGrid cols={{ base: 2, xs: 3 }} spacing="xl">
            {columns.map((column) => (
              <Stack key={column.title} gap="xs" component="nav" aria-label={column.title}>
                <Text size="xs" fw={700} tt="uppercase" lts="0.06em" c="dimmed">
                  {column.title}
                </Text>
                {column.links.map((link) => (
                  <Link key={link.to} to={link.to} className={classes.link}>
                    {link.label}
                  </Link>
                ))}
              </Stack>
            ))}
          </SimpleGrid>
        </SimpleGrid>
        <Divider my="xl" />
        <Group justify="space-between" gap="sm" align="flex-start">
          <Text size="xs" c="dimmed">
            {t('footer.copyright', { year: new Date().getFullYear() })}
          </Text>
          <Text size="xs" c="dimmed" maw={560}>
            {t('footer.openSource')}
          </Text>
        </Group>
      </Container>
    </footer>
  );
}
