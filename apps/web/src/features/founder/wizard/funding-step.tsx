import {
  CAMPAIGN_DURATION_DAYS,
  MS_PER_DAY,
  mulMinor,
  SUPPORTED_CURRENCIES,
  type CampaignType,
} from '@crowdstake/domain/core';
import { Alert, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { IconCalendarTime, IconLockDollar } from '@tabler/icons-react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormatMoney } from '../../../components/money';
import { parseMajorAmount, parseWholeNumber } from '../../../components/forms/amount-text';
import { MoneyField } from '../../../components/forms/money-field';
import { useFieldError, useWizardForm } from './wizard-form';
import { fromLocalInput } from './wizard-values';
import '../../../i18n/bundles/founder';

/** Step 2: currency, goal and cap, and when pledges open and close. */
export function FundingStep({ type }: { type: CampaignType }) {
  const { t } = useTranslation();
  const form = useWizardForm();
  const currency = useWatch({ control: form.control, name: 'currency' });
  const goalError = useFieldError('goal');
  const maxAmountError = useFieldError('maxAmount');
  const startsAtError = useFieldError('startsAt');
  const endsAtError = useFieldError('endsAt');

  return (
    <Stack gap="lg">
      <Controller
        control={form.control}
        name="currency"
        render={({ field, fieldState }) => (
          <Select
            size="md"
            label={t('founder.wizard.funding.currency')}
            description={t('founder.wizard.funding.currencyDescription')}
            data={SUPPORTED_CURRENCIES}
            value={field.value}
            onChange={(value) => value && field.onChange(value)}
            error={fieldState.error?.message}
            allowDeselect={false}
            required
            maw={320}
          />
        )}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <MoneyField
          currency={currency}
          label={t('founder.wizard.funding.goal')}
          description={t('founder.wizard.funding.goalDescription')}
          required
          error={goalError}
          {...form.register('goal')}
        />
        {type === 'shareholding' ? (
          <DerivedCap />
        ) : (
          <MoneyField
            currency={currency}
            label={t('founder.wizard.funding.maxAmount')}
            description={t('founder.wizard.funding.maxAmountDescription')}
            error={maxAmountError}
            {...form.register('maxAmount')}
          />
        )}
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <TextInput
          size="md"
          type="datetime-local"
          label={t('founder.wizard.funding.startsAt')}
          description={t('founder.wizard.funding.startsAtDescription')}
          required
          error={startsAtError}
          {...form.register('startsAt')}
        />
        <TextInput
          size="md"
          type="datetime-local"
          label={t('founder.wizard.funding.endsAt')}
          description={t('founder.wizard.funding.endsAtDescription')}
          required
          error={endsAtError}
          {...form.register('endsAt')}
        />
      </SimpleGrid>
      <DurationNote type={type} />
    </Stack>
  );
}

/** The type's bounds up front, and how long the campaign runs as the dates now stand. */
function DurationNote({ type }: { type: CampaignType }) {
  const { t } = useTranslation();
  const form = useWizardForm();
  const [startsAt, endsAt] = useWatch({ control: form.control, name: ['startsAt', 'endsAt'] });
  const { minDays, maxDays } = CAMPAIGN_DURATION_DAYS[type];
  const start = fromLocalInput(startsAt);
  const end = fromLocalInput(endsAt);
  const days = start && end ? (new Date(end).getTime() - new Date(start).getTime()) / MS_PER_DAY : null;
  const bounds =
    type === 'reward'
      ? t('founder.wizard.funding.durationReward', { min: minDays, max: maxDays })
      : t('founder.wizard.funding.durationInvestment', { min: minDays, max: maxDays });
  return (
    <Alert variant="light" color="blue" icon={<IconCalendarTime size={18} aria-hidden />} aria-live="polite">
      {bounds}{' '}
      {days !== null && days > 0
        ? t('founder.wizard.funding.durationNow', { count: Math.round(days * 10) / 10 })
        : null}
    </Alert>
  );
}

/** A share offering's cap is all its shares at their price, so it is shown rather than asked for. */
function DerivedCap() {
  const { t, i18n } = useTranslation();
  const form = useWizardForm();
  const formatMoney = useFormatMoney();
  const [currency, priceText, sharesText] = useWatch({
    control: form.control,
    name: ['currency', 'terms.pricePerShare', 'terms.sharesOffered'],
  });
  const price = parseMajorAmount(priceText, currency);
  const shares = parseWholeNumber(sharesText);
  let body = t('founder.wizard.funding.derivedCapPending');
  if (price.ok && shares.ok && price.value > 0 && shares.value > 0) {
    try {
      body = t('founder.wizard.funding.derivedCapBody', {
        shares: new Intl.NumberFormat(i18n.resolvedLanguage).format(shares.value),
        price: formatMoney(price.value, currency),
        total: formatMoney(mulMinor(price.value, shares.value), currency),
      });
    } catch {
      // Too large to offer: the terms step says so beside the fields.
    }
  }
  return (
    <Alert
      variant="light"
      color="gray"
      title={t('founder.wizard.funding.derivedCap')}
      icon={<IconLockDollar size={18} aria-hidden />}
      data-testid="derived-cap"
    >
      {body}
    </Alert>
  );
}
