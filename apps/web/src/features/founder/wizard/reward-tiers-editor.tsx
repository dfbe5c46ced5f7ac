import { MAX_REWARD_TIERS } from '@crowdstake/domain';
import {
  ActionIcon,
  Button,
  Card,
  Group,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  Textarea,
  TextInput,
  Title,
  Tooltip,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/forms/form-alert';
import { MoneyField } from '../forms/money-field';
import { useFieldError, useWizardForm } from './wizard-form';
import { EMPTY_TIER } from './wizard-values';

/** Reward tiers in the order backers will see them: add, remove, move; plus plain donations. */
export function RewardTiersEditor() {
  const { t } = useTranslation();
  const form = useWizardForm();
  const tiers = useFieldArray({ control: form.control, name: 'terms.tiers' });
  const listError = useFieldError('terms.tiers');
  const allowDonations = useWatch({ control: form.control, name: 'terms.allowDonations' });
  // The list's own error says "a tier or donations"; once either is there it is out of date.
  const showListError = listError && tiers.fields.length === 0 && !allowDonations;

  return (
    <Stack gap="md">
      <div>
        <Title order={3} size="h4">
          {t('founder.wizard.terms.tiersTitle')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('founder.wizard.terms.tiersLead')}
        </Text>
      </div>
      {showListError ? <FormAlert>{listError}</FormAlert> : null}
      {tiers.fields.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('founder.wizard.terms.noTiers')}
        </Text>
      ) : null}
      {tiers.fields.map((tier, index) => (
        <TierCard
          key={tier.id}
          index={index}
          count={tiers.fields.length}
          onMove={(to) => tiers.move(index, to)}
          onRemove={() => tiers.remove(index)}
        />
      ))}
      <Group>
        <Button
          variant="light"
          leftSection={<IconPlus size={18} aria-hidden />}
          onClick={() => tiers.append({ ...EMPTY_TIER }, { focusName: `terms.tiers.${tiers.fields.length}.title` })}
          disabled={tiers.fields.length >= MAX_REWARD_TIERS}
        >
          {t('founder.wizard.terms.addTier')}
        </Button>
      </Group>
      <Controller
        control={form.control}
        name="terms.allowDonations"
        render={({ field }) => (
          <Switch
            size="md"
            label={t('founder.wizard.terms.allowDonations')}
            description={t('founder.wizard.terms.allowDonationsDescription')}
            checked={field.value}
            onChange={(event) => field.onChange(event.currentTarget.checked)}
            onBlur={field.onBlur}
          />
        )}
      />
    </Stack>
  );
}

interface TierCardProps {
  index: number;
  count: number;
  onMove: (to: number) => void;
  onRemove: () => void;
}

function TierCard({ index, count, onMove, onRemove }: TierCardProps) {
  const { t } = useTranslation();
  const form = useWizardForm();
  const currency = useWatch({ control: form.control, name: 'currency' });
  const base = `terms.tiers.${index}` as const;
  const number = index + 1;
  const errors = {
    title: useFieldError(`${base}.title`),
    description: useFieldError(`${base}.description`),
    price: useFieldError(`${base}.price`),
    quantity: useFieldError(`${base}.quantity`),
    estimatedDelivery: useFieldError(`${base}.estimatedDelivery`),
  };
  const headingId = `tier-${index}-heading`;

  return (
    <Card
      withBorder
      padding="md"
      radius="lg"
      component="fieldset"
      aria-labelledby={headingId}
      data-testid="tier-editor"
      m={0}
    >
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap">
          <Text fw={700} id={headingId}>
            {t('founder.wizard.terms.tier', { number })}
          </Text>
          <Group gap={4} wrap="nowrap">
            <IconAction
              label={t('founder.wizard.terms.moveUp', { number })}
              disabled={index === 0}
              onClick={() => onMove(index - 1)}
            >
              <IconArrowUp size={18} aria-hidden />
            </IconAction>
            <IconAction
              label={t('founder.wizard.terms.moveDown', { number })}
              disabled={index === count - 1}
              onClick={() => onMove(index + 1)}
            >
              <IconArrowDown size={18} aria-hidden />
            </IconAction>
            <IconAction label={t('founder.wizard.terms.removeTier', { number })} color="red" onClick={onRemove}>
              <IconTrash size={18} aria-hidden />
            </IconAction>
          </Group>
        </Group>
        <TextInput
          size="md"
          label={t('founder.wizard.terms.tierTitle')}
          required
          error={errors.title}
          {...form.register(`${base}.title`)}
        />
        <Textarea
          size="md"
          label={t('founder.wizard.terms.tierDescription')}
          autosize
          minRows={2}
          error={errors.description}
          {...form.register(`${base}.description`)}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <MoneyField
            currency={currency}
            label={t('founder.wizard.terms.price')}
            description={t('founder.wizard.terms.priceDescription')}
            required
            error={errors.price}
            {...form.register(`${base}.price`)}
          />
          <TextInput
            size="md"
            inputMode="numeric"
            label={t('founder.wizard.terms.quantity')}
            description={t('founder.wizard.terms.quantityDescription')}
            error={errors.quantity}
            {...form.register(`${base}.quantity`)}
          />
          <TextInput
            size="md"
            type="month"
            label={t('founder.wizard.terms.estimatedDelivery')}
            description={t('founder.wizard.terms.estimatedDeliveryDescription')}
            required
            error={errors.estimatedDelivery}
            {...form.register(`${base}.estimatedDelivery`)}
          />
        </SimpleGrid>
      </Stack>
    </Card>
  );
}

function IconAction({
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
