import { Badge, Group, List, Paper, SimpleGrid, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { IconBuildingStore, IconHeartHandshake } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

const GRADES = [
  { grade: 'A', color: 'pine' },
  { grade: 'B', color: 'teal' },
  { grade: 'C', color: 'yellow' },
  { grade: 'D', color: 'orange' },
  { grade: 'E', color: 'red' },
] as const;

/** The two journeys side by side, then what the risk grade means. */
export function HowItWorksSteps() {
  const { t } = useTranslation();
  const journeys = [
    {
      id: 'backers',
      icon: IconHeartHandshake,
      title: t('howItWorks.backersTitle'),
      steps: [
        t('howItWorks.backerStep1'),
        t('howItWorks.backerStep2'),
        t('howItWorks.backerStep3'),
        t('howItWorks.backerStep4'),
      ],
    },
    {
      id: 'founders',
      icon: IconBuildingStore,
      title: t('howItWorks.foundersTitle'),
      steps: [
        t('howItWorks.founderStep1'),
        t('howItWorks.founderStep2'),
        t('howItWorks.founderStep3'),
        t('howItWorks.founderStep4'),
      ],
    },
  ];

  return (
    <Stack gap={48}>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        {journeys.map((journey) => (
          <Paper
            key={journey.id}
            withBorder
            radius="lg"
            p="xl"
            component="section"
            aria-labelledby={`journey-${journey.id}`}
          >
            <Group gap="sm" mb="lg">
              <ThemeIcon size={40} radius="md" variant="light" aria-hidden>
                <journey.icon size={22} />
              </ThemeIcon>
              <Title order={2} size="h3" id={`journey-${journey.id}`}>
                {journey.title}
              </Title>
            </Group>
            <List type="ordered" spacing="md" listStyleType="decimal" styles={{ itemWrapper: { display: 'inline' } }}>
              {journey.steps.map((step) => (
                <List.Item key={step}>
                  <Text span lh={1.6}>
                    {step}
                  </Text>
                </List.Item>
              ))}
            </List>
          </Paper>
        ))}
      </SimpleGrid>

      <Paper radius="lg" p="xl" bg="gray.0" component="section" aria-labelledby="risk-grades">
        <Title order={2} size="h3" id="risk-grades" mb="sm">
          {t('howItWorks.gradesTitle')}
        </Title>
        <Text lh={1.65} maw={760} mb="lg">
          {t('howItWorks.gradesBody')}
        </Text>
        <Group gap="xs" aria-hidden>
          {GRADES.map(({ grade, color }) => (
            <Badge key={grade} color={color} c={`${color}.9`} size="xl" radius="md" w={48}>
              {grade}
            </Badge>
          ))}
        </Group>
      </Paper>
    </Stack>
  );
}
