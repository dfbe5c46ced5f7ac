import {
  Badge,
  Box,
  Button,
  Container,
  Grid,
  Group,
  Paper,
  Stack,
  Text,
  ThemeIcon,
  Timeline,
  Title,
} from '@mantine/core';
import { IconArrowRight, IconCircleCheck, IconLock, IconShieldCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LossWarning } from '../../features/honesty/loss-warning';
import classes from './home-hero.module.css';

/** What Crowdstake is, in one look: the promise on the left, the path of a pledge on the right. */
export function HomeHero() {
  const { t } = useTranslation();
  return (
    <Box component="section" className={classes.hero} aria-labelledby="home-title">
      <Container>
        <Grid gap={{ base: 'xl', md: 56 }} align="center">
          <Grid.Col span={{ base: 12, md: 7 }}>
            <Stack gap="lg">
              <Badge
                variant="white"
                color="pine"
                size="lg"
                radius="xl"
                w="fit-content"
                style={{ boxShadow: 'var(--mantine-shadow-xs)' }}
              >
                {t('home.eyebrow')}
              </Badge>
              <Title order={1} id="home-title" className={classes.title}>
                {t('home.title')}
              </Title>
              <Text className={classes.lead}>{t('home.lead')}</Text>
              <Group gap="sm" mt="xs">
                <Button
                  component={Link}
                  to="/discover"
                  size="lg"
                  rightSection={<IconArrowRight size={18} aria-hidden />}
                >
                  {t('home.discover')}
                </Button>
                <Button component={Link} to="/sign-up?role=founder" size="lg" variant="default">
                  {t('home.raise')}
                </Button>
              </Group>
              <LossWarning compact />
            </Stack>
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 5 }}>
            <PledgePath />
          </Grid.Col>
        </Grid>
      </Container>
    </Box>
  );
}

/** The three guarantees as the steps a pledge goes through, so the promise reads as a process. */
function PledgePath() {
  const { t } = useTranslation();
  const steps = [
    { icon: IconShieldCheck, title: t('home.trust.reviewedTitle'), body: t('home.trust.reviewedBody') },
    { icon: IconLock, title: t('home.trust.escrowTitle'), body: t('home.trust.escrowBody') },
    { icon: IconCircleCheck, title: t('home.trust.traceableTitle'), body: t('home.trust.traceableBody') },
  ];
  return (
    <Paper shadow="lg" radius="lg" p={{ base: 'lg', sm: 'xl' }} withBorder>
      <Text size="xs" fw={700} tt="uppercase" lts="0.08em" c="pine.8" mb="lg">
        {t('home.trust.title')}
      </Text>
      <Timeline active={steps.length} bulletSize={36} lineWidth={2}>
        {steps.map((step) => (
          <Timeline.Item
            key={step.title}
            bullet={
              <ThemeIcon size={36} radius="xl" aria-hidden>
                <step.icon size={20} />
              </ThemeIcon>
            }
            title={
              <Text fw={650} component="h2" fz="md">
                {step.title}
              </Text>
            }
          >
            <Text size="sm" c="dimmed" mt={4} lh={1.55}>
              {step.body}
            </Text>
          </Timeline.Item>
        ))}
      </Timeline>
    </Paper>
  );
}
