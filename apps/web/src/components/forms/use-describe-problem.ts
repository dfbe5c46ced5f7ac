import { currencyExponent, type CurrencyCode } from '@crowdstake/domain';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import type { FieldValues, UseFormSetError } from 'react-hook-form';
import { placeApiProblems } from './problem-resolver';
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

/**
 * For forms validated by zodResolver: puts the API's field errors beside the fields named in
 * `kinds` (path → what the field holds), worded in the reader's language. The returned function
 * answers whether every error found its field; if not, the page says the error above the form.
 */
export function usePlaceApiProblems<T extends FieldValues>(
  kinds: Readonly<Partial<Record<string, FieldKind>>>,
  setError: UseFormSetError<T>,
): (error: unknown) => boolean {
  const describe = useDescribeProblem();
  return (error) =>
    placeApiProblems(
      error,
      (path) => kinds[path] !== undefined,
      setError,
      (problem) => describe(problem, kinds[problem.path] ?? 'text'),
    );
}
