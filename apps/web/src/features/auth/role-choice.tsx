import type { SelfServiceRole } from '@crowdstake/domain';
import { Group, Radio, SimpleGrid, Stack, Text, ThemeIcon } from '@mantine/core';
import { IconBuildingStore, IconHeartHandshake } from '@tabler/icons-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

interface RoleChoiceProps {
  value: SelfServiceRole;
  onChange: (role: SelfServiceRole) => void;
  error?: string;
}

/** Two cards side by side, one line each on what the choice means: a radio group to assistive tech. */
export function RoleChoice({ value, onChange, error }: RoleChoiceProps) {
  const { t } = useTranslation();
  const id = useId();
  const options = [
    {
      role: 'backer',
      icon: IconHeartHandshake,
      title: t('auth.roles.backerTitle'),
      description: t('auth.roles.backerDescription'),
    },
    {
      role: 'founder',
      icon: IconBuildingStore,
      title: t('auth.roles.founderTitle'),
      description: t('auth.roles.founderDescription'),
    },
  ] as const;

  return (
    <Radio.Group
      value={value}
      onChange={(next) => onChange(next as SelfServiceRole)}
      label={t('auth.fields.role')}
      error={error}
      size="md"
    >
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm" mt={6}>
        {options.map((option) => {
          const selected = value === option.role;
          return (
            <Radio.Card
              key={option.role}
              value={option.role}
              radius="md"
              p="md"
              aria-labelledby={`${id}-${option.role}-title`}
              aria-describedby={`${id}-${option.role}-description`}
              style={{
                // A button centres its content; both cards read from the top so their titles line up.
                display: 'flex',
                alignItems: 'flex-start',
                borderColor: selected ? 'var(--mantine-color-pine-7)' : undefined,
                backgroundColor: selected ? 'var(--mantine-color-pine-0)' : undefined,
                boxShadow: selected ? '0 0 0 1px var(--mantine-color-pine-7)' : undefined,
              }}
            >
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator mt={2} />
                <Stack gap={4} style={{ flex: 1 }}>
                  <Group gap={6} wrap="nowrap">
                    <ThemeIcon size={22} variant="transparent" aria-hidden>
                      <option.icon size={18} />
                    </ThemeIcon>
                    <Text fw={650} id={`${id}-${option.role}-title`}>
                      {option.title}
                    </Text>
                  </Group>
                  <Text size="sm" c="dimmed" lh={1.4} id={`${id}-${option.role}-description`}>
                    {option.description}
                  </Text>
                </Stack>
              </Group>
            </Radio.Card>
          );
        })}
      </SimpleGrid>
    </Radio.Group>
  );
}
