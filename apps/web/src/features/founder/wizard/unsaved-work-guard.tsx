import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useBlocker, type Location } from 'react-router';
import '../../../i18n/bundles/founder';

interface UnsavedWorkGuardProps {
  /** Asked at the moment of leaving (not on every keystroke): would leaving now lose work? */
  hasUnsavedWork: () => boolean;
  /** Saves the work; false when it could not (the problems are then shown on the form). */
  save: () => Promise<boolean>;
  /** Moves within the wizard (its steps, the new draft's address) are not leaving it. */
  isWithinWizard: (next: Location) => boolean;
}

/**
 * The wizard never loses work without a word. Leaving it by a link (the dashboard, the header)
 * while something is unsaved opens a choice: save and leave, leave without saving, or stay.
 * Closing the tab or reloading gets the browser's own warning (beforeunload), since a page may
 * not hold a tab open with a dialog of its own.
 */
export function UnsavedWorkGuard({ hasUnsavedWork, save, isWithinWizard }: UnsavedWorkGuardProps) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const blocker = useBlocker(({ nextLocation }) => !isWithinWizard(nextLocation) && hasUnsavedWork());

  useEffect(() => {
    const warn = (event: BeforeUnloadEvent) => {
      if (!hasUnsavedWork()) return;
      event.preventDefault();
      // Older browsers need returnValue set to show their prompt.
      event.returnValue = '';
    };
    window.addEventListener('beforeunload', warn);
    return () => window.removeEventListener('beforeunload', warn);
  }, [hasUnsavedWork]);

  const blocked = blocker.state === 'blocked';
  const stay = () => blocker.reset?.();
  const saveAndLeave = async () => {
    setSaving(true);
    const saved = await save().finally(() => setSaving(false));
    if (saved) blocker.proceed?.();
    else blocker.reset?.();
  };

  return (
    <Modal opened={blocked} onClose={stay} title={t('founder.wizard.leave.title')} centered radius="lg" size="lg">
      <Stack gap="lg">
        <Text>{t('founder.wizard.leave.body')}</Text>
        <Group justify="flex-end" gap="sm">
          <Button variant="subtle" onClick={stay} disabled={saving}>
            {t('founder.wizard.leave.stay')}
          </Button>
          <Button variant="default" color="red" onClick={() => blocker.proceed?.()} disabled={saving}>
            {t('founder.wizard.leave.discard')}
          </Button>
          <Button onClick={() => void saveAndLeave()} loading={saving} data-autofocus>
            {t('founder.wizard.leave.save')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
