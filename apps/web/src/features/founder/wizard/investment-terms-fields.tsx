import { BOND_REPAYMENTS } from '@crowdstake/domain';
import { Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { MoneyField } from '../../../components/forms/money-field';

/** Hints under the inputs, so two fields side by side line up whatever the length of their hints. */
const HINT_BELOW = ['label', 'input', 'description', 'error'] as const;
import { useFieldError, useWizardForm } from './wizard-form';
import '../../../i18n/bundles/founder';

/** A bond: rate in percent (to two decimals, as basis points), term, repayment style, unit price, minimum. */
export function BondTermsFields() {
  const { t } = useTranslation();
  const form = useWizardForm();
  const currency = useWatch({ control: form.control, name: 'currency' });
  const errors = {
    rate: useFieldError('terms.annualRateBps'),
    term: useFieldError('terms.termMonths'),
    denomination: useFieldError('terms.denomination'),
    minUnits: useFieldError('terms.minUnits'),
  };
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          size="md"
          inputWrapperOrder={[...HINT_BELOW]}
          inputMode="decimal"
          label={t('founder.wizard.terms.annualRate')}
          description={t('founder.wizard.terms.annualRateDescription')}
          rightSection={
            <Text size="sm" c="dimmed" aria-hidden>
              %
            </Text>
          }
          required
          error={errors.rate}
          {...form.register('terms.annualRateBps')}
        />
        <TextInput
          size="md"
          inputWrapperOrder={[...HINT_BELOW]}
          inputMode="numeric"
          label={t('founder.wizard.terms.termMonths')}
          description={t('founder.wizard.terms.termMonthsDescription')}
          required
          error={errors.term}
          {...form.register('terms.termMonths')}
        />
      </SimpleGrid>
      <Controller
        control={form.control}
        name="terms.repayment"
        render={({ field }) => (
          <Radio.Group
            size="md"
            label={t('founder.wizard.terms.repayment')}
            value={field.value}
            onChange={field.onChange}
            required
          >
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" mt={6}>
              {BOND_REPAYMENTS.map((repayment) => (
                <Radio
                  key={repayment}
                  value={repayment}
                  label={t(`founder.wizard.terms.${repayment}`)}
                  description={t(`founder.wizard.terms.${repayment}Description`)}
                />
              ))}
            </SimpleGrid>
          </Radio.Group>
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <MoneyField
          currency={currency}
          inputWrapperOrder={[...HINT_BELOW]}
          label={t('founder.wizard.terms.denomination')}
          description={t('founder.wizard.terms.denominationDescription')}
          required
          error={errors.denomination}
          {...form.register('terms.denomination')}
        />
        <TextInput
          size="md"
          inputWrapperOrder={[...HINT_BELOW]}
          inputMode="numeric"
          label={t('founder.wizard.terms.minUnits')}
          required
          error={errors.minUnits}
          {...form.register('terms.minUnits')}
        />
      </SimpleGrid>
    </Stack>
  );
}

/** A share offering: class, price, valuation before the offering, shares offered and the minimum. */
export function ShareTermsFields() {
  const { t } = useTranslation();
  const form = useWizardForm();
  const currency = useWatch({ control: form.control, name: 'currency' });
  const errors = {
    shareClass: useFieldError('terms.shareClass'),
    price: useFieldError('terms.pricePerShare'),
    preMoney: useFieldError('terms.preMoneyValuation'),
    offered: useFieldError('terms.sharesOffered'),
    minShares: useFieldError('terms.minShares'),
  };
  return (
    <Stack gap="md">
      <TextInput
        size="md"
        inputWrapperOrder={[...HINT_BELOW]}
        label={t('founder.wizard.terms.shareClass')}
        description={t('founder.wizard.terms.shareClassDescription')}
        required
        error={errors.shareClass}
        {...form.register('terms.shareClass')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <MoneyField
          currency={currency}
          inputWrapperOrder={[...HINT_BELOW]}
          label={t('founder.wizard.terms.pricePerShare')}
          required
          error={errors.price}
          {...form.register('terms.pricePerShare')}
        />
        <MoneyField
          currency={currency}
          inputWrapperOrder={[...HINT_BELOW]}
          label={t('founder.wizard.terms.preMoneyValuation')}
          description={t('founder.wizard.terms.preMoneyValuationDescription')}
          required
          error={errors.preMoney}
          {...form.register('terms.preMoneyValuation')}
        />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          size="md"
          inputWrapperOrder={[...HINT_BELOW]}
          inputMode="numeric"
          label={t('founder.wizard.terms.sharesOffered')}
          required
          error={errors.offered}
          {...form.register('terms.sharesOffered')}
        />
        <TextInput
          size="md"
          inputWrapperOrder={[...HINT_BELOW]}
          inputMode="numeric"
          label={t('founder.wizard.terms.minShares')}
          required
          error={errors.minShares}
          {...form.register('terms.minShares')}
        />
      </SimpleGrid>
    </Stack>
  );
}
