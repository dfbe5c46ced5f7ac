import { BPS_DENOMINATOR, MAX_MILESTONES } from '@crowdstake/domain';
import { Button, Group, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/forms/form-alert';
import { bpsToPercentText, parsePercentAsBps } from '../../../components/forms/amount-text';
import { IconAction, ItemCard, TitleAndDescriptionFields } from './item-card';
import { useFieldError, useWizardForm } from './wizard-form';
import { EMPTY_MILESTONE } from './wizard-values';
import '../../../i18n/bundles/founder';

/** Optional tranches: each milestone releases a share of the funds once a reviewer approves it. */
export function MilestonesEditor() {
  const { t } = useTranslation();
  const form = useWizardForm();
  const milestones = useFieldArray({ control: form.control, name: 'milestones' });
  const shares = useWatch({ control: form.control, name: 'milestones' });
  const listError = useFieldError('milestones');
  const totalBps = shares.reduce((sum, milestone) => {
    const share = parsePercentAsBps(milestone.shareBps);
    return sum + (share.ok ? share.value : 0);
  }, 0);

  return (
    <Stack gap="md">
      <div>
        <Title order={3} size="h4">
          {t('founder.wizard.story.milestonesTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('founder.wizard.story.milestonesLead')}
        </Text>
      </div>
      {/* The list's own error is about the shares' sum; once the live sum is right it is out of date. */}
      {listError && totalBps !== BPS_DENOMINATOR ? <FormAlert>{listError}</FormAlert> : null}
      {milestones.fields.map((milestone, index) => (
        <MilestoneCard key={milestone.id} index={index} onRemove={() => milestones.remove(index)} />
      ))}
      <Group justify="space-between">
        <Button
          variant="light"
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={() =>
            milestones.append({ ...EMPTY_MILESTONE }, { focusName: `milestones.${milestones.fields.length}.title` })
          }
          disabled={milestones.fields.length >= MAX_MILESTONES}
        >
          {t('founder.wizard.story.addMilestone')}
        </Button>
        {milestones.fields.length > 0 ? (
          <Text size="sm" fw={600} c={totalBps === BPS_DENOMINATOR ? 'pine.8' : 'dimmed'} aria-live="polite">
            {t('founder.wizard.story.milestonesTotal', { percent: bpsToPercentText(totalBps) })}
          </Text>
        ) : null}
      </Group>
    </Stack>
  );
}

function MilestoneCard({ index, onRemove }: { index: number; onRemove: () => void }) {
  const { t } = useTranslation();
  const form = useWizardForm();
  const base = `milestones.${index}` as const;
  const number = index + 1;
  const headingId = `milestone-${index}-heading`;
  const errors = {
    title: useFieldError(`${base}.title`),
    description: useFieldError(`${base}.description`),
    share: useFieldError(`${base}.shareBps`),
    dueOn: useFieldError(`${base}.dueOn`),
  };
  return (
    <ItemCard
      headingId={headingId}
      heading={t('founder.wizard.story.milestone', { number })}
      actions={
        <IconAction label={t('founder.wizard.story.removeMilestone', { number })} color="red" onClick={onRemove}>
          <IconTrash size={18} aria-hidden />
        </IconAction>
      }
    >
      <TitleAndDescriptionFields
        base={base}
        titleLabel={t('founder.wizard.story.milestoneTitle')}
        descriptionLabel={t('founder.wizard.story.milestoneDescription')}
        errors={errors}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          size="md"
          inputMode="decimal"
          label={t('founder.wizard.story.share')}
          rightSection={
            <Text size="sm" c="dimmed" aria-hidden>
              %
            </Text>
          }
          required
          error={errors.share}
          {...form.register(`${base}.shareBps`)}
        />
        <TextInput
          size="md"
          type="date"
          label={t('founder.wizard.story.dueOn')}
          required
          error={errors.dueOn}
          {...form.register(`${base}.dueOn`)}
        />
      </SimpleGrid>
    </ItemCard>
  );
}
