import { Stack, Text } from '@mantine/core';

/**
 * One figure of a calculator: a small label over a large amount. Polite live region, so a
 * screen reader hears the new amount after the person changes units or shares.
 */
export function TermFigure({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} fz="lg" style={{ fontVariantNumeric: 'tabular-nums' }} data-testid={testId} aria-live="polite">
        {value}
      </Text>
    </Stack>
  );
}
