import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A section's title, one line of context, and an optional link on the right. */
export function SectionHeading({
  id,
  title,
  lead,
  action,
}: {
  id: string;
  title: string;
  lead?: string;
  action?: ReactNode;
}) {
  return (
    <Group justify="space-between" align="flex-end" mb="xl" gap="md">
      <Stack gap={6}>
        <Title order={2} id={id}>
          {title}
        </Title>
        {lead ? <Text c="dimmed">{lead}</Text> : null}
      </Stack>
      {action}
    </Group>
  );
}
