import { isCurrencyCode, isFieldErrorCode, type FieldError, type FieldErrorParams } from '@crowdstake/domain';
import type { TFunction } from 'i18next';
import { isApiError } from './api-error';
import { formatAmount } from '../components/formatting';

/**
 * Words the API's errors in the reader's language from their codes (`errors.<code>`,
 * `fieldErrors.<code>` with the detail's `params`). The server's English sentence is kept only
 * as a last resort, for a code this web does not know yet (a newer API).
 */

/** Params that are amounts of minor units in `params.currency`. `maximum` is money only for max_below_goal. */
const MONEY_PARAMS = ['amount', 'goal', 'unit'] as const;

/** The params of a field error as i18next interpolation values: money in the reader's format. */
export function fieldErrorValues(
  code: string,
  params: FieldErrorParams | undefined,
  locale: string,
): Record<string, string | number | boolean> {
  const values: Record<string, string | number | boolean> = { ...(params ?? {}) };
  const currency = params?.currency;
  if (typeof currency !== 'string' || !isCurrencyCode(currency)) return values;
  const moneyKeys: readonly string[] = code === 'max_below_goal' ? [...MONEY_PARAMS, 'maximum'] : MONEY_PARAMS;
  for (const key of moneyKeys) {
    const amount = params?.[key];
    if (typeof amount === 'number') values[key] = formatAmount(amount, currency, locale);
  }
  return values;
}

/** One field error (`details[]`) in the reader's language, or the server's sentence for an unknown code. */
export function describeFieldDetail(
  detail: Pick<FieldError, 'code' | 'message' | 'params'>,
  t: TFunction,
  locale: string,
): string {
  if (!isFieldErrorCode(detail.code)) return detail.message;
  return t(`fieldErrors.${detail.code}`, fieldErrorValues(detail.code, detail.params, locale));
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
