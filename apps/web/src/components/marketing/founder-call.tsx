import { Button, Container, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconArrowRight } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The home page's closing invitation to founders: the other half of the marketplace. */
export function FounderCall() {
  const { t } = useTranslation();
  return (
    <Container component="section" aria-labelledby="founder-call-title" pb={64}>
      <Paper radius="lg" p={{ base: 'lg', sm: 40 }} bg="pine.9" c="white">
        <Group justify="space-between" align="center" gap="xl">
          <Stack gap="xs" maw={620}>
            <Title order={2} id="founder-call-title" c="white">
              {t('home.founderTitle')}
            </Title>
            <Text c="pine.0" lh={1.6}>
              {t('home.founderBody')}
            </Text>
          </Stack>
          <Button
            component={Link}
            to="/sign-up?role=founder"
            size="lg"
            variant="white"
            color="pine.9"
            rightSection={<IconArrowRight size={18} aria-hidden />}
          >
            {t('home.founderAction')}
          </Button>
        </Group>
      </Paper>
    </Container>
  );
}
