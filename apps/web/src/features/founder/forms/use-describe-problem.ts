import { currencyExponent, type CurrencyCode } from '@crowdstake/domain/core';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeProblem, type FieldKind, type Problem } from './problems';

/** Words a problem in the current language, knowing what kind of field it belongs to. */
export function useDescribeProblem(): (problem: Problem, kind: FieldKind, currency?: CurrencyCode) => string {
  const { t, i18n } = useTranslation();
  const locale = i18n.resolvedLanguage ?? 'en';
  return useCallback(
    (problem, kind, currency) =>
      describeProblem(problem, {
        t,
        locale,
        kind,
        currency,
        decimals: currency ? currencyExponent(currency) : undefined,
      }),
    [t, locale],
  );
}
