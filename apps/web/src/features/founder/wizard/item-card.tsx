import { ActionIcon, Card, Group, Stack, Text, Textarea, TextInput, Tooltip } from '@mantine/core';
import type { ReactNode } from 'react';
import { useWizardForm } from './wizard-form';

/**
 * One entry of a list the founder builds (a reward tier, a milestone): a fieldset named by its
 * heading, with its actions (move, remove) beside the heading.
 */
export function ItemCard({
  headingId,
  heading,
  actions,
  testId,
  children,
}: {
  headingId: string;
  heading: string;
  actions: ReactNode;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <Card
      withBorder
      padding="md"
      radius="lg"
      component="fieldset"
      aria-labelledby={headingId}
      data-testid={testId}
      m={0}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} id={headingId}>
            {heading}
          </Text>
          <Group gap={4} wrap="nowrap">
            {actions}
          </Group>
        </Group>
        {children}
      </Stack>
    </Card>
  );
}

/** An icon button whose tooltip is also its accessible name. */
export function IconAction({
  label,
  onClick,
  disabled,
  color = 'gray',
  children,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  color?: string;
  children: ReactNode;
}) {
  return (
    <Tooltip label={label} withArrow>
      <ActionIcon variant="subtle" color={color} aria-label={label} onClick={onClick} disabled={disabled} size="lg">
        {children}
      </ActionIcon>
    </Tooltip>
  );
}

/** The title and description every list entry has; `base` is the entry's path in the wizard form. */
export function TitleAndDescriptionFields({
  base,
  titleLabel,
  descriptionLabel,
  errors,
}: {
  base: `terms.tiers.${number}` | `milestones.${number}`;
  titleLabel: string;
  descriptionLabel: string;
  errors: { title?: string; description?: string };
}) {
  const form = useWizardForm();
  return (
    <>
      <TextInput size="md" label={titleLabel} required error={errors.title} {...form.register(`${base}.title`)} />
      <Textarea
        size="md"
        label={descriptionLabel}
        autosize
        minRows={2}
        error={errors.description}
        {...form.register(`${base}.description`)}
      />
    </>
  );
}
