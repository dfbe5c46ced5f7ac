import type { CompanyView } from '@crowdstake/domain';
import { CAMPAIGN_TYPES, type CampaignType } from '@crowdstake/domain/core';
import {
  Alert,
  Button,
  Group,
  Radio,
  Select,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  ThemeIcon,
} from '@mantine/core';
import { IconBuildingStore, IconCoins, IconGift, IconInfoCircle, IconLock } from '@tabler/icons-react';
import { useId } from 'react';
import { Controller } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyPanel } from '../../../components/empty-panel';
import { useFieldError, useWizardForm } from './wizard-form';
import '../../../i18n/bundles/founder';

const TYPE_ICONS = { reward: IconGift, bond: IconCoins, shareholding: IconBuildingStore } as const;

interface BasicsStepProps {
  companies: CompanyView[];
  /** The draft exists: its company and type can no longer change. */
  locked: boolean;
}

/** Step 1: whose campaign, which kind, and the two lines backers read first. */
export function BasicsStep({ companies, locked }: BasicsStepProps) {
  const { t } = useTranslation();
  const form = useWizardForm();
  const titleError = useFieldError('title');
  const summaryError = useFieldError('summary');

  if (companies.length === 0 && !locked) {
    return (
      <EmptyPanel
        icon={<IconBuildingStore size={32} aria-hidden />}
        title={t('founder.wizard.basics.noCompanyTitle')}
        description={t('founder.wizard.basics.noCompanyBody')}
        action={
          <Button component={Link} to="/founder/companies/new">
            {t('founder.wizard.basics.createCompany')}
          </Button>
        }
      />
    );
  }

  return (
    <Stack gap="lg">
      {locked ? (
        <Alert variant="light" color="gray" icon={<IconLock size={18} aria-hidden />}>
          {t('founder.wizard.basics.typeLocked')}
        </Alert>
      ) : null}
      <Controller
        control={form.control}
        name="companyId"
        render={({ field, fieldState }) => (
          <Select
            size="md"
            label={t('founder.wizard.basics.company')}
            placeholder={t('founder.wizard.basics.companyPlaceholder')}
            data={companies.map((company) => ({ value: company.id, label: company.legalName }))}
            value={field.value || null}
            onChange={(value) => {
              field.onChange(value ?? '');
              // Pledges are usually taken in the currency the company keeps its accounts in.
              const company = companies.find((candidate) => candidate.id === value);
              if (company) form.setValue('currency', company.currency);
            }}
            onBlur={field.onBlur}
            ref={field.ref}
            error={fieldState.error?.message}
            disabled={locked}
            allowDeselect={false}
            required
          />
        )}
      />
      <Controller
        control={form.control}
        name="type"
        render={({ field, fieldState }) => (
          <TypeChoice
            value={field.value}
            onChange={field.onChange}
            disabled={locked}
            error={fieldState.error?.message}
          />
        )}
      />
      <TextInput
        size="md"
        label={t('founder.wizard.basics.title')}
        description={t('founder.wizard.basics.titleDescription')}
        required
        error={titleError}
        {...form.register('title')}
      />
      <Textarea
        size="md"
        label={t('founder.wizard.basics.summary')}
        description={t('founder.wizard.basics.summaryDescription')}
        autosize
        minRows={2}
        required
        error={summaryError}
        {...form.register('summary')}
      />
      {!locked ? (
        <Alert variant="light" color="blue" icon={<IconInfoCircle size={18} aria-hidden />}>
          {t('founder.wizard.basics.startingValues')}
        </Alert>
      ) : null}
    </Stack>
  );
}

interface TypeChoiceProps {
  value: CampaignType | '';
  onChange: (type: CampaignType) => void;
  disabled: boolean;
  error?: string;
}

/** Three cards, one line each on what a backer gets: a radio group to assistive technology. */
function TypeChoice({ value, onChange, disabled, error }: TypeChoiceProps) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <Radio.Group
      value={value}
      onChange={(next) => onChange(next as CampaignType)}
      label={t('founder.wizard.basics.type')}
      error={error}
      size="md"
      required
    >
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" mt={6}>
        {CAMPAIGN_TYPES.map((type) => {
          const Icon = TYPE_ICONS[type];
          const selected = value === type;
          return (
            <Radio.Card
              key={type}
              value={type}
              disabled={disabled}
              radius="md"
              p="md"
              aria-labelledby={`${id}-${type}-title`}
              aria-describedby={`${id}-${type}-line`}
              style={{
                display: 'flex',
                alignItems: 'flex-start',
                opacity: disabled && !selected ? 0.55 : 1,
                borderColor: selected ? 'var(--mantine-color-pine-7)' : undefined,
                backgroundColor: selected ? 'var(--mantine-color-pine-0)' : undefined,
                boxShadow: selected ? '0 0 0 1px var(--mantine-color-pine-7)' : undefined,
              }}
            >
              <Group wrap="nowrap" align="flex-start" gap="sm">
                <Radio.Indicator mt={2} disabled={disabled} />
                <Stack gap={4} style={{ flex: 1 }}>
                  <Group gap={6} wrap="nowrap">
                    <ThemeIcon size={22} variant="transparent" aria-hidden>
                      <Icon size={18} />
                    </ThemeIcon>
                    <Text fw={650} id={`${id}-${type}-title`}>
                      {t(`founder.types.${type}.title`)}
                    </Text>
                  </Group>
                  <Text size="sm" c="dimmed" lh={1.4} id={`${id}-${type}-line`}>
                    {t(`founder.types.${type}.line`)}
                  </Text>
                </Stack>
              </Group>
            </Radio.Card>
          );
        })}
      </SimpleGrid>
    </Radio.Group>
  );
}
