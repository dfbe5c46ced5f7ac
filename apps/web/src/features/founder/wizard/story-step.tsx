import type { CampaignView } from '@crowdstake/domain/core';
import { Divider, Group, Stack, Textarea } from '@mantine/core';
import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { MilestonesEditor } from './milestones-editor';
import { CoverImageField, InsertImageButton } from './story-images';
import { useFieldError, useWizardForm } from './wizard-form';
import '../../../i18n/bundles/founder';

/** Step 4: the story in Markdown with its pictures, the risks, the use of funds and optional milestones. */
export function StoryStep({ campaign }: { campaign: CampaignView }) {
  const { t } = useTranslation();
  const form = useWizardForm();
  const descriptionError = useFieldError('description');
  const risksError = useFieldError('risks');
  const useOfFundsError = useFieldError('useOfFunds');
  const description = form.register('description');
  const textarea = useRef<HTMLTextAreaElement | null>(null);

  /** Puts the image's Markdown where the cursor was (or at the end), on a line of its own. */
  const insertAtCursor = (markdown: string) => {
    const current = form.getValues('description');
    const at = textarea.current?.selectionStart ?? current.length;
    const before = current.slice(0, at);
    const after = current.slice(at);
    const lead = before === '' || before.endsWith('\n\n') ? '' : before.endsWith('\n') ? '\n' : '\n\n';
    const next = `${before}${lead}${markdown}\n\n${after}`;
    form.setValue('description', next, { shouldDirty: true });
    const caret = before.length + lead.length + markdown.length;
    requestAnimationFrame(() => {
      textarea.current?.focus();
      textarea.current?.setSelectionRange(caret, caret);
    });
  };

  return (
    <Stack gap="lg">
      <CoverImageField campaignId={campaign.id} coverImageUrl={campaign.coverImageUrl} />
      <Stack gap={6}>
        <Textarea
          size="md"
          label={t('founder.wizard.story.description')}
          description={t('founder.wizard.story.descriptionDescription')}
          autosize
          minRows={10}
          maxRows={28}
          required
          error={descriptionError}
          styles={{
            input: { fontFamily: 'var(--mantine-font-family-monospace)', fontSize: 'var(--mantine-font-size-sm)' },
          }}
          {...description}
          ref={(element) => {
            description.ref(element);
            textarea.current = element;
          }}
        />
        <Group>
          <InsertImageButton campaignId={campaign.id} onInsert={insertAtCursor} />
        </Group>
      </Stack>
      <Textarea
        size="md"
        label={t('founder.wizard.story.risks')}
        description={t('founder.wizard.story.risksDescription')}
        autosize
        minRows={4}
        error={risksError}
        {...form.register('risks')}
      />
      <Textarea
        size="md"
        label={t('founder.wizard.story.useOfFunds')}
        description={t('founder.wizard.story.useOfFundsDescription')}
        autosize
        minRows={4}
        error={useOfFundsError}
        {...form.register('useOfFunds')}
      />
      <Divider />
      <MilestonesEditor />
    </Stack>
  );
}
