import { MAX_TEAM_MEMBERS } from '@crowdstake/domain';
import { ActionIcon, Button, Card, Group, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, type UseFormReturn } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { CompanyFormValues } from './company-form-values';
import '../../i18n/bundles/honesty';

/** The people behind the company, shown to backers on its campaign pages: name, role and a short bio. */
export function CompanyTeamEditor({
  form,
  errorOf,
}: {
  form: UseFormReturn<CompanyFormValues>;
  errorOf: (path: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const team = useFieldArray({ control: form.control, name: 'team' });
  return (
    <Card padding="lg" withBorder role="group" aria-labelledby="company-team-title" data-testid="company-team-editor">
      <Stack gap="md">
        <Title order={3} size="h4" id="company-team-title">
          {t('honesty.companyTeam.title')}
        </Title>
        <Text size="sm" c="dimmed" mt={-8}>
          {t('honesty.companyTeam.lead')}
        </Text>
        {team.fields.map((field, index) => (
          <Card key={field.id} bg="gray.0" padding="md" withBorder={false}>
            <Stack gap="sm">
              <Group justify="space-between" align="center">
                <Text fw={600} size="sm">
                  {t('honesty.companyTeam.person', { number: index + 1 })}
                </Text>
                <ActionIcon
                  variant="subtle"
                  color="red"
                  onClick={() => team.remove(index)}
                  aria-label={t('honesty.companyTeam.remove', { number: index + 1 })}
                >
                  <IconTrash size={18} aria-hidden />
                </ActionIcon>
              </Group>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                <TextInput
                  label={t('honesty.companyTeam.name')}
                  required
                  error={errorOf(`team.${index}.name`)}
                  {...form.register(`team.${index}.name`)}
                />
                <TextInput
                  label={t('honesty.companyTeam.role')}
                  required
                  error={errorOf(`team.${index}.role`)}
                  {...form.register(`team.${index}.role`)}
                />
              </SimpleGrid>
              <Textarea
                label={t('honesty.companyTeam.bio')}
                description={t('honesty.companyTeam.bioDescription')}
                autosize
                minRows={2}
                error={errorOf(`team.${index}.bio`)}
                {...form.register(`team.${index}.bio`)}
              />
            </Stack>
          </Card>
        ))}
        {team.fields.length < MAX_TEAM_MEMBERS ? (
          <Button
            variant="light"
            leftSection={<IconPlus size={16} aria-hidden />}
            onClick={() => team.append({ name: '', role: '', bio: '' })}
            w="fit-content"
          >
            {t('honesty.companyTeam.add')}
          </Button>
        ) : null}
      </Stack>
    </Card>
  );
}
