import type { CompanyView } from '@crowdstake/domain';
import { INDUSTRIES, SUPPORTED_CURRENCIES } from '@crowdstake/domain/core';
import { Badge, Button, Card, Group, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { IconLock } from '@tabler/icons-react';
import { useMemo, useState } from 'react';
import { Controller, get, useForm, useWatch, type FieldErrors } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { FormAlert } from '../../components/forms/form-alert';
import { useErrorMessage } from '../../components/forms/use-error-message';
import { MoneyField } from '../../components/forms/money-field';
import { apiProblems, placeProblems, problemResolver } from '../../components/forms/problem-resolver';
import { useDescribeProblem } from '../../components/forms/use-describe-problem';
import {
  checkCompanyForm,
  COMPANY_FIELDS,
  companyFieldKind,
  companyToForm,
  EMPTY_COMPANY_FORM,
  parseCompanyCreate,
  parseCompanyPatch,
  type CompanyFormValues,
} from './company-form-values';
import { useCreateCompany, useUpdateCompany } from './company-queries';
import { CompanyTeamEditor } from './company-team-editor';
import '../../i18n/bundles/founder';

interface CompanyProfileFormProps {
  /** Absent: register a new company. */
  company?: CompanyView;
  onCreated?: (company: CompanyView) => void;
}

/** The business profile, for registering a company and for keeping it up to date. */
export function CompanyProfileForm({ company, onCreated }: CompanyProfileFormProps) {
  const { t } = useTranslation();
  const describe = useDescribeProblem();
  const errorMessage = useErrorMessage();
  const mode = company ? 'edit' : 'create';
  const create = useCreateCompany();
  const update = useUpdateCompany(company?.id ?? '');
  const [formError, setFormError] = useState<unknown>(null);

  const resolver = useMemo(
    () =>
      problemResolver<CompanyFormValues>(
        (values) => checkCompanyForm(values, mode, new Date()),
        (problem, values) => describe(problem, companyFieldKind(problem.path), values.currency),
      ),
    [describe, mode],
  );
  const form = useForm<CompanyFormValues>({
    resolver,
    defaultValues: company ? companyToForm(company) : EMPTY_COMPANY_FORM,
    mode: 'onTouched',
  });
  const currency = useWatch({ control: form.control, name: 'currency' });
  const errors = form.formState.errors;
  const errorOf = (path: string) => (get(errors as FieldErrors, path) as { message?: string } | undefined)?.message;

  const onFailure = (error: unknown) => {
    const leftOver = placeProblems(
      apiProblems(error),
      (path) => (COMPANY_FIELDS as readonly string[]).includes(path) || path.startsWith('team.'),
      form.setError,
      (problem) => describe(problem, companyFieldKind(problem.path), form.getValues('currency')),
    );
    if (leftOver.length > 0 || apiProblems(error).length === 0) setFormError(error);
  };

  const onSubmit = (values: CompanyFormValues) => {
    setFormError(null);
    if (!company) {
      create.mutate(parseCompanyCreate(values), {
        onSuccess: (created) => {
          notifications.show({ message: t('founder.company.created'), color: 'pine' });
          onCreated?.(created);
        },
        onError: onFailure,
      });
      return;
    }
    const sent = JSON.stringify(values);
    update.mutate(parseCompanyPatch(values), {
      onSuccess: (saved) => {
        // What was typed while the save was on its way stays in the form, unsaved, and is not
        // overwritten by the answer: the saved profile becomes what later edits are measured against.
        const typedSince = JSON.stringify(form.getValues()) !== sent;
        form.reset(companyToForm(saved), { keepValues: typedSince });
        notifications.show({ message: t('founder.company.saved'), color: 'pine' });
      },
      onError: onFailure,
    });
  };

  const text = (name: (typeof COMPANY_FIELDS)[number], label: string, extra: Record<string, unknown> = {}) => (
    <TextInput size="md" label={label} error={errorOf(name)} {...extra} {...form.register(name)} />
  );

  return (
    <form onSubmit={form.handleSubmit(onSubmit)} noValidate aria-label={t('founder.company.profileTitle')}>
      <Stack gap="lg">
        {formError ? <FormAlert>{errorMessage(formError)}</FormAlert> : null}
        <Stack gap="md">
          {text('legalName', t('founder.company.legalName'), {
            required: true,
            autoComplete: 'organization',
            description: t('founder.company.legalNameDescription'),
          })}
          {text('registrationNumber', t('founder.company.registrationNumber'), { required: true })}
          {text('jurisdiction', t('founder.company.jurisdiction'), {
            required: true,
            description: t('founder.company.jurisdictionDescription'),
          })}
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
            {text('foundedOn', t('founder.company.foundedOn'), { required: true, type: 'date' })}
            {text('employees', t('founder.company.employees'), { required: true, inputMode: 'numeric' })}
          </SimpleGrid>
          <Controller
            control={form.control}
            name="industry"
            render={({ field, fieldState }) => (
              <Select
                size="md"
                label={t('founder.company.industry')}
                placeholder={t('founder.company.industryPlaceholder')}
                required
                data={INDUSTRIES.map((industry) => ({
                  value: industry,
                  label: t(`vocabulary.industries.${industry}`),
                }))}
                value={field.value || null}
                onChange={(value) => field.onChange(value ?? '')}
                onBlur={field.onBlur}
                ref={field.ref}
                error={fieldState.error?.message}
                allowDeselect={false}
              />
            )}
          />
          {text('website', t('founder.company.website'), {
            type: 'url',
            autoComplete: 'url',
            description: t('founder.company.websiteDescription'),
          })}
        </Stack>

        <Stack gap="md">
          <div>
            <Title order={3} size="h4">
              {t('founder.company.financialsTitle')}
            </Title>
            <Text size="sm" c="dimmed">
              {t('founder.company.financialsLead')}
            </Text>
          </div>
          <Controller
            control={form.control}
            name="currency"
            render={({ field }) => (
              <Select
                size="md"
                label={t('founder.company.currency')}
                data={SUPPORTED_CURRENCIES}
                value={field.value}
                onChange={(value) => value && field.onChange(value)}
                allowDeselect={false}
                required
              />
            )}
          />
          <MoneyField
            currency={currency}
            label={t('founder.company.annualRevenue')}
            required
            error={errorOf('annualRevenue')}
            {...form.register('annualRevenue')}
          />
          <MoneyField
            currency={currency}
            label={t('founder.company.totalDebt')}
            description={t('founder.company.totalDebtDescription')}
            required
            error={errorOf('totalDebt')}
            {...form.register('totalDebt')}
          />
        </Stack>

        <Card bg="gray.0" padding="lg" withBorder={false} role="group" aria-labelledby="founder-identity-title">
          <Stack gap="md">
            <Group justify="space-between" align="flex-start" gap="xs">
              <Title order={3} size="h4" id="founder-identity-title">
                {t('founder.company.identityTitle')}
              </Title>
              <Badge color="gray" c="gray.9" variant="light" leftSection={<IconLock size={12} aria-hidden />}>
                {t('founder.company.identityBadge')}
              </Badge>
            </Group>
            <Text size="sm" c="dimmed" mt={-8}>
              {t('founder.company.identityLead')}
            </Text>
            {text('founderIdentity.fullName', t('founder.company.fullName'), { autoComplete: 'name' })}
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              {text('founderIdentity.dateOfBirth', t('founder.company.dateOfBirth'), {
                type: 'date',
                autoComplete: 'bday',
              })}
              {text('founderIdentity.idDocumentNumber', t('founder.company.idDocumentNumber'), { autoComplete: 'off' })}
            </SimpleGrid>
            {text('founderIdentity.nationality', t('founder.company.nationality'), {
              description: t('founder.company.nationalityDescription'),
              maxLength: 2,
              autoComplete: 'country',
            })}
          </Stack>
        </Card>

        <CompanyTeamEditor form={form} errorOf={errorOf} />

        <Button type="submit" size="md" fullWidth loading={create.isPending || update.isPending}>
          {company ? t('founder.company.save') : t('founder.company.create')}
        </Button>
      </Stack>
    </form>
  );
}
