import type { InvestorProfileView } from '@crowdstake/domain';
import { SUPPORTED_CURRENCIES, type CurrencyCode } from '@crowdstake/domain/core';
import { Button, Card, Checkbox, DataList, Select, Stack, Text, Title } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { describeFieldDetail } from '../../api/describe-api-error';
import { FormAlert } from '../../components/forms/form-alert';
import { useErrorMessage } from '../../components/forms/use-error-message';
import { useFormatMoney } from '../../components/money';
import { minorToMajorText, parseMajorAmount, type TextToIntegerResult } from '../../components/forms/amount-text';
import { MoneyField } from '../../components/forms/money-field';
import { useSaveInvestorProfile } from './pledge-queries';
import '../../i18n/bundles/pledges';

type MoneyFieldName = 'annualIncome' | 'netWorth';

/** Income and net worth typed in major units and converted exactly; the limit they give beside them. */
export function InvestorProfileForm({
  profile,
  onSaved,
}: {
  profile: InvestorProfileView | null;
  onSaved?: (profile: InvestorProfileView) => void;
}) {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const save = useSaveInvestorProfile();
  const [currency, setCurrency] = useState<CurrencyCode>(profile?.currency ?? 'USD');
  const [texts, setTexts] = useState<Record<MoneyFieldName, string>>({
    annualIncome: profile ? minorToMajorText(profile.annualIncome, profile.currency) : '',
    netWorth: profile ? minorToMajorText(profile.netWorth, profile.currency) : '',
  });
  const [accredited, setAccredited] = useState(profile?.accredited ?? false);
  const [submitted, setSubmitted] = useState(false);

  const parsed: Record<MoneyFieldName, TextToIntegerResult> = {
    annualIncome: parseMajorAmount(texts.annualIncome, currency),
    netWorth: parseMajorAmount(texts.netWorth, currency),
  };
  const fieldError = (name: MoneyFieldName): string | null => {
    const result = parsed[name];
    if (result.ok) return null;
    if (result.problem === 'empty') return submitted ? t('pledges.profile.required') : null;
    if (result.problem === 'precision') return t('pledges.profile.precision');
    if (result.problem === 'too_large') return t('pledges.profile.tooLarge');
    return t('pledges.profile.format');
  };
  const apiFieldError = (name: MoneyFieldName) => {
    const detail = isApiError(save.error) ? save.error.details.find((candidate) => candidate.path === name) : undefined;
    return detail ? describeFieldDetail(detail, t, i18n.resolvedLanguage ?? 'en') : null;
  };

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted(true);
    if (!parsed.annualIncome.ok || !parsed.netWorth.ok) return;
    save.mutate(
      { annualIncome: parsed.annualIncome.value, netWorth: parsed.netWorth.value, currency, accredited },
      {
        onSuccess: (saved) => {
          notifications.show({ message: t('pledges.profile.saved'), color: 'pine' });
          onSaved?.(saved);
        },
      },
    );
  };

  return (
    <form onSubmit={onSubmit} noValidate aria-label={t('pledges.profile.title')}>
      <Stack gap="md">
        <Select
          size="md"
          label={t('pledges.profile.currency')}
          data={SUPPORTED_CURRENCIES}
          value={currency}
          onChange={(value) => value && setCurrency(value as CurrencyCode)}
          allowDeselect={false}
          required
        />
        {(['annualIncome', 'netWorth'] as const).map((name) => (
          <MoneyField
            key={name}
            currency={currency}
            label={t(`pledges.profile.${name}`)}
            description={t(`pledges.profile.${name}Description`)}
            required
            value={texts[name]}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setTexts((current) => ({ ...current, [name]: value }));
            }}
            error={fieldError(name) ?? apiFieldError(name)}
          />
        ))}
        <Checkbox
          size="md"
          checked={accredited}
          onChange={(event) => setAccredited(event.currentTarget.checked)}
          label={t('pledges.profile.accredited')}
          description={t('pledges.profile.accreditedDescription')}
        />
        {save.isError ? <FormAlert>{errorMessage(save.error)}</FormAlert> : null}
        <Button type="submit" size="md" fullWidth loading={save.isPending}>
          {t('pledges.profile.save')}
        </Button>
      </Stack>
    </form>
  );
}

/** The 12-month limit: total, used and what is left (null total: no limit). */
export function InvestmentLimitCard({ profile }: { profile: InvestorProfileView | null }) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  const money = (amount: number | null) =>
    amount === null || !profile ? t('pledges.profile.noLimit') : formatMoney(amount, profile.currency);
  return (
    <Card
      bg="gray.0"
      radius="lg"
      p="lg"
      component="section"
      aria-labelledby="limit-card-heading"
      data-testid="limit-card"
    >
      <Stack gap="sm">
        <Title order={2} size="h4" id="limit-card-heading">
          {t('pledges.profile.limitHeading')}
        </Title>
        {profile ? (
          <DataList size="sm" gap="xs" labelWidth={190} withDivider>
            <DataList.Item>
              <DataList.ItemLabel>{t('pledges.profile.total')}</DataList.ItemLabel>
              <DataList.ItemValue style={{ fontVariantNumeric: 'tabular-nums' }}>
                {money(profile.limit.total)}
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('pledges.profile.used')}</DataList.ItemLabel>
              <DataList.ItemValue style={{ fontVariantNumeric: 'tabular-nums' }}>
                {money(profile.limit.used)}
              </DataList.ItemValue>
            </DataList.Item>
            <DataList.Item>
              <DataList.ItemLabel>{t('pledges.profile.remaining')}</DataList.ItemLabel>
              <DataList.ItemValue fw={700} style={{ fontVariantNumeric: 'tabular-nums' }} data-testid="limit-remaining">
                {money(profile.limit.remaining)}
              </DataList.ItemValue>
            </DataList.Item>
          </DataList>
        ) : (
          <Text size="sm" c="dimmed">
            {t('pledges.profile.notSet')}
          </Text>
        )}
      </Stack>
    </Card>
  );
}
