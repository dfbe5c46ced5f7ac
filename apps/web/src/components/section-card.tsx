import { Card, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';

interface SectionCardProps {
  /** The heading's id: the section is named by its heading for assistive technology. */
  headingId: string;
  heading: string;
  /** The heading's level in the page outline. */
  headingOrder: 2 | 3;
  testId: string;
  /** Said, dimmed, instead of the content when there is nothing to show ("No documents yet."). */
  emptyNote?: string | null;
  children: ReactNode;
}

/** A card of the campaign page's side column: a small uppercase heading, then its content. */
export function SectionCard({ headingId, heading, headingOrder, testId, emptyNote, children }: SectionCardProps) {
  return (
    <Card component="section" aria-labelledby={headingId} data-testid={testId}>
      <Stack gap="sm">
        <Text component={`h${headingOrder}`} id={headingId} fw={700} size="sm" tt="uppercase" c="dimmed" m={0}>
          {heading}
        </Text>
        {emptyNote ? (
          <Text size="sm" c="dimmed">
            {emptyNote}
          </Text>
        ) : (
          children
        )}
      </Stack>
    </Card>
  );
}
