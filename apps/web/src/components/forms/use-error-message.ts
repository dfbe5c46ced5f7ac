import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';

/**
 * One sentence for a person about any failure: a translation of the API's code where we have
 * one, else the API's own sentence, else a generic apology (never a stack trace or status code).
 */
export function useErrorMessage(): (error: unknown) => string {
  const { t, i18n } = useTranslation();
  return useCallback(
    (error: unknown) => {
      if (!isApiError(error)) return t('errors.generic');
      if (error.isNetworkFailure) return t('errors.network');
      const key = `errors.${error.code ?? ''}`;
      if (error.code && i18n.exists(key)) return t(key as 'errors.generic');
      if (error.status >= 500) return t('errors.internal_error');
      return error.message;
    },
    [t, i18n],
  );
}
