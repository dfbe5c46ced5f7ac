import { BOND_EARLY_REPAYMENTS, SHARE_HOLDINGS, VOTING_RIGHTS } from '@crowdstake/domain';
import { Radio, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldError, useWizardForm } from './wizard-form';
import '../../../i18n/bundles/honesty';

/**
 * What a backer must know of a bond or shares beyond the figures. A draft saves without them;
 * submission asks for them (the domain's `checkSubmissionRules`), and the campaign page shows them.
 */
function ChoiceGroup({
  name,
  label,
  description,
  options,
}: {
  name: 'terms.secured' | 'terms.earlyRepayment' | 'terms.votingRights' | 'terms.holding';
  label: string;
  description: string;
  options: { value: string; label: string }[];
}) {
  const form = useWizardForm();
  const error = useFieldError(name);
  return (
    <Controller
      control={form.control}
      name={name}
      render={({ field }) => (
        <Radio.Group
          size="md"
          label={label}
          description={description}
          value={field.value}
          onChange={field.onChange}
          error={error}
        >
          <Stack gap="xs" mt={6}>
            {options.map((option) => (
              <Radio key={option.value} value={option.value} label={option.label} />
            ))}
          </Stack>
        </Radio.Group>
      )}
    />
  );
}

export function BondBackerTermsFields() {
  const { t } = useTranslation();
  const form = useWizardForm();
  const secured = useWatch({ control: form.control, name: 'terms.secured' });
  const securityError = useFieldError('terms.security');
  const lateError = useFieldError('terms.latePayment');
  return (
    <Stack gap="md" data-testid="bond-backer-terms">
      <Title order={3} size="h4">
        {t('honesty.wizard.heading')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <ChoiceGroup
          name="terms.secured"
          label={t('honesty.wizard.secured')}
          description={t('honesty.validation.requiredToSubmit')}
          options={[
            { value: 'yes', label: t('honesty.wizard.securedYes') },
            { value: 'no', label: t('honesty.wizard.securedNo') },
          ]}
        />
        <ChoiceGroup
          name="terms.earlyRepayment"
          label={t('honesty.wizard.earlyRepayment')}
          description={t('honesty.validation.requiredToSubmit')}
          options={BOND_EARLY_REPAYMENTS.map((value) => ({
            value,
            label: t(`honesty.wizard.earlyRepayments.${value}`),
          }))}
        />
      </SimpleGrid>
      {secured === 'yes' ? (
        <Textarea
          size="md"
          autosize
          minRows={2}
          label={t('honesty.wizard.security')}
          description={t('honesty.wizard.securityDescription')}
          error={securityError}
          {...form.register('terms.security')}
        />
      ) : null}
      <Textarea
        size="md"
        autosize
        minRows={3}
        label={t('honesty.wizard.latePayment')}
        description={t('honesty.wizard.latePaymentDescription')}
        error={lateError}
        {...form.register('terms.latePayment')}
      />
    </Stack>
  );
}

export function ShareBackerTermsFields() {
  const { t } = useTranslation();
  const form = useWizardForm();
  const holding = useWatch({ control: form.control, name: 'terms.holding' });
  const nomineeError = useFieldError('terms.nominee');
  return (
    <Stack gap="md" data-testid="share-backer-terms">
      <Title order={3} size="h4">
        {t('honesty.wizard.heading')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <ChoiceGroup
          name="terms.votingRights"
          label={t('honesty.wizard.votingRights')}
          description={t('honesty.validation.requiredToSubmit')}
          options={VOTING_RIGHTS.map((value) => ({ value, label: t(`honesty.wizard.votingRightsOptions.${value}`) }))}
        />
        <ChoiceGroup
          name="terms.holding"
          label={t('honesty.wizard.holding')}
          description={t('honesty.validation.requiredToSubmit')}
          options={SHARE_HOLDINGS.map((value) => ({ value, label: t(`honesty.wizard.holdings.${value}`) }))}
        />
      </SimpleGrid>
      {holding === 'nominee' ? (
        <TextInput
          size="md"
          label={t('honesty.wizard.nominee')}
          description={t('honesty.wizard.nomineeDescription')}
          error={nomineeError}
          {...form.register('terms.nominee')}
        />
      ) : null}
    </Stack>
  );
}
