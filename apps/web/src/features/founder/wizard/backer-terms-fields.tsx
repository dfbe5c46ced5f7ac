import { BOND_EARLY_REPAYMENTS, SHARE_HOLDINGS, VOTING_RIGHTS } from '@crowdstake/domain';
import { Radio, SimpleGrid, Stack, Textarea, TextInput, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Controller, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFieldError, useWizardForm } from './wizard-form';
import '../../../i18n/bundles/honesty';

/**
 * What a backer must know of a bond or shares beyond the figures. A draft saves without them;
 * submission asks for them (the domain's `checkSubmissionRules`), and the campaign page shows them.
 */
function BackerTermsSection({
  testId,
  choices,
  children,
}: {
  testId: string;
  choices: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid={testId}>
      <Title order={3} size="h4">
        {t('honesty.wizard.heading')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        {choices}
      </SimpleGrid>
      {children}
    </Stack>
  );
}

/** One of the questions a backer needs answered; each must be answered before submission. */
function ChoiceGroup({
  name,
  label,
  options,
}: {
  name: 'terms.secured' | 'terms.earlyRepayment' | 'terms.votingRights' | 'terms.holding';
  label: string;
  options: { value: string; label: string }[];
}) {
  const { t } = useTranslation();
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
          description={t('honesty.validation.requiredToSubmit')}
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
    <BackerTermsSection
      testId="bond-backer-terms"
      choices={
        <>
          <ChoiceGroup
            name="terms.secured"
            label={t('honesty.wizard.secured')}
            options={[
              { value: 'yes', label: t('honesty.wizard.securedYes') },
              { value: 'no', label: t('honesty.wizard.securedNo') },
            ]}
          />
          <ChoiceGroup
            name="terms.earlyRepayment"
            label={t('honesty.wizard.earlyRepayment')}
            options={BOND_EARLY_REPAYMENTS.map((value) => ({
              value,
              label: t(`honesty.wizard.earlyRepayments.${value}`),
            }))}
          />
        </>
      }
    >
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
    </BackerTermsSection>
  );
}

export function ShareBackerTermsFields() {
  const { t } = useTranslation();
  const form = useWizardForm();
  const holding = useWatch({ control: form.control, name: 'terms.holding' });
  const nomineeError = useFieldError('terms.nominee');
  return (
    <BackerTermsSection
      testId="share-backer-terms"
      choices={
        <>
          <ChoiceGroup
            name="terms.votingRights"
            label={t('honesty.wizard.votingRights')}
            options={VOTING_RIGHTS.map((value) => ({ value, label: t(`honesty.wizard.votingRightsOptions.${value}`) }))}
          />
          <ChoiceGroup
            name="terms.holding"
            label={t('honesty.wizard.holding')}
            options={SHARE_HOLDINGS.map((value) => ({ value, label: t(`honesty.wizard.holdings.${value}`) }))}
          />
        </>
      }
    >
      {holding === 'nominee' ? (
        <TextInput
          size="md"
          label={t('honesty.wizard.nominee')}
          description={t('honesty.wizard.nomineeDescription')}
          error={nomineeError}
          {...form.register('terms.nominee')}
        />
      ) : null}
    </BackerTermsSection>
  );
}
