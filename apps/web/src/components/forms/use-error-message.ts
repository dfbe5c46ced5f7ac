import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { describeApiError } from '../../api/describe-api-error';

/**
 * One sentence for a person about any failure: the translation of the API's code (every code
 * has one in each language), else a generic apology (never a stack trace or status code).
 */
export function useErrorMessage(): (error: unknown) => string {
  const { t } = useTranslation();
  return useCallback((error: unknown) => describeApiError(error, t), [t]);
}
