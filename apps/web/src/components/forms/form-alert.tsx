import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import type { ReactNode } from 'react';

/** A problem with the whole form (not one field), announced to screen readers as it appears. */
export function FormAlert({ children }: { children: ReactNode }) {
  return (
    <Alert role="alert" color="red" variant="light" icon={<IconAlertCircle aria-hidden size={20} />} radius="md">
      {children}
    </Alert>
  );
}
