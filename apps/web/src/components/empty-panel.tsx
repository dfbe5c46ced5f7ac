import { Card, EmptyState } from '@mantine/core';
import type { ReactNode } from 'react';

interface EmptyPanelProps {
  icon: ReactNode;
  title: string;
  description: string;
  /** What the person can do next; an empty state without a way forward is a dead end. */
  action?: ReactNode;
  /** The title's heading level in the page outline. */
  headingOrder?: 1 | 2 | 3;
  testId?: string;
}

/** "Nothing here (yet)": a calm panel that explains why and offers the next step. */
export function EmptyPanel({ icon, title, description, action, headingOrder = 3, testId }: EmptyPanelProps) {
  return (
    <Card padding="xl" bg="gray.0" withBorder={false} data-testid={testId}>
      <EmptyState py="xl" variant="light">
        <EmptyState.Indicator>{icon}</EmptyState.Indicator>
        <EmptyState.Title order={headingOrder}>{title}</EmptyState.Title>
        <EmptyState.Description maw={520}>{description}</EmptyState.Description>
        {action ? <EmptyState.Actions>{action}</EmptyState.Actions> : null}
      </EmptyState>
    </Card>
  );
}
