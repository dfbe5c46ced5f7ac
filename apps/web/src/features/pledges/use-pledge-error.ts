import type { CurrencyCode } from '@crowdstake/domain/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { describeFieldDetail } from '../../api/describe-api-error';
import { useFormatMoney } from '../../components/money';
import { useErrorMessage } from '../../components/forms/use-error-message';
import { limitMaximum } from './pledge-choice';
import '../../i18n/bundles/pledges';

/**
 * A pledge or cancellation failure in plain words: the pledging codes (a declined card, a sold-out
 * tier, the investment limit with what is left) have sentences of their own; anything else falls
 * back to the app-wide translation by code.
 */
export function usePledgeError(currency?: CurrencyCode): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  const errorMessage = useErrorMessage();
  const formatMoney = useFormatMoney();
  return useCallback(
    (error: unknown) => {
      if (!isApiError(error) || !error.code) return errorMessage(error);
      if (error.code === 'investment_limit_exceeded') {
        const maximum = limitMaximum(error);
        if (maximum !== null && currency)
          return t('pledges.errors.investment_limit_exceeded_amount', { amount: formatMoney(maximum, currency) });
      }
      if (error.code === 'validation_failed' && error.details.length > 0)
        return error.details.map((detail) => describeFieldDetail(detail, t, i18n.resolvedLanguage ?? 'en')).join(' ');
      const key = `pledges.errors.${error.code}`;
      if (i18n.exists(key)) return t(key as 'pledges.errors.card_declined');
      return errorMessage(error);
    },
    [t, i18n, errorMessage, formatMoney, currency],
  );
}
