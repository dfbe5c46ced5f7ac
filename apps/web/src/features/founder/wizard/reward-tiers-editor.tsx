import { MAX_REWARD_TIERS } from '@crowdstake/domain';
import { Button, Group, SimpleGrid, Stack, Switch, Text, TextInput, Title } from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { Controller, useFieldArray, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../../components/forms/form-alert';
import { MoneyField } from '../../../components/forms/money-field';
import { IconAction, ItemCard, TitleAndDescriptionFields } from './item-card';
import { useFieldError, useWizardForm } from './wizard-form';
import { EMPTY_TIER } from './wizard-values';
import '../../../i18n/bundles/founder';

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
    <ItemCard
      headingId={headingId}
      heading={t('founder.wizard.terms.tier', { number })}
      testId="tier-editor"
      actions={
        <>
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
        </>
      }
    >
      <TitleAndDescriptionFields
        base={base}
        titleLabel={t('founder.wizard.terms.tierTitle')}
        descriptionLabel={t('founder.wizard.terms.tierDescription')}
        errors={errors}
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
    </ItemCard>
  );
}
