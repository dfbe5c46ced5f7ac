import type { CampaignType, CurrencyCode } from '@crowdstake/domain';
import { Alert, Button, List, Stack, Text } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useMemo } from 'react';
import { useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { useFormatMoney } from '../../../components/money';
import { minorToMajorText } from '../../../components/forms/amount-text';
import { useDescribeProblem } from '../../../components/forms/use-describe-problem';
import { roundedToUnits } from './whole-units';
import { checkSteps } from './wizard-checks';
import { useWizardForm } from './wizard-form';
import { wizardToBody, type WizardValues } from './wizard-values';
import '../../../i18n/bundles/founder';

/** Funding rules that a change of the terms can break (a new unit price, a smaller offering). */
const TERMS_DRIVEN = new Set(['not_whole_units', 'goal_above_offering', 'goal_below_min_purchase', 'max_not_offering']);

/**
 * On the terms step, what the terms just did to the funding step: a new unit price makes the goal
 * or the cap no longer whole units, a smaller offering leaves the goal above it. Said here, where
 * the change was made, with a one-click fix for the rounding, instead of a surprise on Funding.
 */
export function FundingConsequences({ type }: { type: CampaignType }) {
  const { t } = useTranslation();
  const describeProblem = useDescribeProblem();
  const formatMoney = useFormatMoney();
  const values = useWatch<WizardValues>() as WizardValues;
  const outline = t('founder.wizard.story.outline');
  const form = useWizardForm();

  const problems = useMemo(
    () =>
      checkSteps({ ...values, type }, ['funding'], new Date(), outline).filter((problem) =>
        TERMS_DRIVEN.has(problem.code),
      ),
    [values, type, outline],
  );
  if (problems.length === 0) return null;

  const currency: CurrencyCode = values.currency;
  const { body } = wizardToBody(values);
  const terms = body.terms as { denomination?: number } | undefined;
  const unit = type === 'bond' ? terms?.denomination : undefined;
  const fix =
    unit && problems.some((problem) => problem.code === 'not_whole_units')
      ? roundedToUnits(body.goal as number | undefined, body.maxAmount as number | undefined, unit)
      : null;
  const applyFix = () => {
    if (!fix) return;
    if (fix.goal !== null) form.setValue('goal', minorToMajorText(fix.goal, currency), { shouldDirty: true });
    if (fix.maxAmount !== null)
      form.setValue('maxAmount', minorToMajorText(fix.maxAmount, currency), { shouldDirty: true });
    form.clearErrors(['goal', 'maxAmount']);
  };

  return (
    <Alert
      color="orange"
      variant="light"
      radius="md"
      icon={<IconAlertTriangle size={20} aria-hidden />}
      title={t('founder.wizard.terms.fundingAffected')}
      data-testid="funding-consequences"
    >
      <Stack gap="sm">
        <List size="sm" spacing={4}>
          {problems.map((problem) => (
            <List.Item key={`${problem.path}-${problem.code}`}>
              {describeProblem(problem, 'amount', currency)}
            </List.Item>
          ))}
        </List>
        {fix && (fix.goal !== null || fix.maxAmount !== null) ? (
          <div>
            <Button size="sm" variant="light" color="orange" onClick={applyFix}>
              {fix.goal !== null && fix.maxAmount !== null
                ? t('founder.wizard.terms.roundBoth', {
                    goal: formatMoney(fix.goal, currency),
                    max: formatMoney(fix.maxAmount, currency),
                  })
                : fix.goal !== null
                  ? t('founder.wizard.terms.roundGoal', { goal: formatMoney(fix.goal, currency) })
                  : t('founder.wizard.terms.roundMax', { max: formatMoney(fix.maxAmount ?? 0, currency) })}
            </Button>
          </div>
        ) : (
          <Text size="sm">{t('founder.wizard.terms.fundingAffectedHint')}</Text>
        )}
      </Stack>
    </Alert>
  );
}
