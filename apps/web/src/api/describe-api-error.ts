import type { FieldError } from '@crowdstake/domain';
import type { TFunction } from 'i18next';
import { isApiError } from './api-error';
import { describeRuleError } from '../components/forms/field-error-words';

/**
 * Words the API's errors in the reader's language from their codes (`errors.<code>`; field
 * details through the field wordings with their `params`). The server's English sentence is kept only
 * as a last resort, for a code this web does not know yet (a newer API).
 */

/**
 * One field error (`details[]`) in the reader's language: the one table of field wordings
 * (components/forms/field-error-words.ts), or the server's sentence for a code this web does not
 * know yet.
 */
export function describeFieldDetail(
  detail: Pick<FieldError, 'code' | 'message' | 'params'>,
  t: TFunction,
  locale: string,
): string {
  return describeRuleError({ path: '', ...detail }, t, locale);
}

/**
 * One sentence for a person about any failure: the translation of the API's code, else of the
 * status class, else the server's sentence; never a stack trace or a status number.
 */
export function describeApiError(error: unknown, t: TFunction): string {
  if (!isApiError(error)) return t('errors.generic');
  if (error.isNetworkFailure) return t('errors.network');
  if (error.code) return t(`errors.${error.code}`);
  if (error.status >= 500) return t('errors.internal_error');
  return error.message || t('errors.generic');
}
