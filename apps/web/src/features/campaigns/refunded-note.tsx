import { Text, type TextProps } from '@mantine/core';
import type { CurrencyCode } from '@crowdstake/domain/core';
import { useTranslation } from 'react-i18next';
import { useFormatMoney } from '../../components/money';

/**
 * What a failed or cancelled campaign says where its figures were: the refunds have taken
 * "raised" back to nothing, and "$0 raised" would hide that it was ever backed.
 */
export function RefundedNote({
  ending,
  goal,
  currency,
  ...textProps
}: { ending: 'failed' | 'cancelled'; goal: number; currency: CurrencyCode } & TextProps) {
  const { t } = useTranslation();
  const formatMoney = useFormatMoney();
  return (
    <Text {...textProps} data-testid="campaign-ended">
      {ending === 'failed'
        ? t('campaigns.endedBelowGoal', { goal: formatMoney(goal, currency) })
        : t('campaigns.endedCancelled')}
    </Text>
  );
}
