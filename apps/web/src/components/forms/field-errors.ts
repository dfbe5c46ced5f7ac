import type { FieldError } from '@crowdstake/domain';
import type { FieldError as FormFieldError, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import i18next from 'i18next';
import { isApiError } from '../../api/api-error';
import { describeFieldDetail } from '../../api/describe-api-error';

const API_ERROR_TYPE = 'api:';
const DETAIL_TYPE = 'api-detail';

/**
 * Puts the API's field errors (`details`) beside the matching fields. The error's `type` is
 * `api:<code>` (for example `api:email_taken`) so the page can say it in the reader's language;
 * `message` keeps the server's own sentence for details it has no translation of.
 * Returns whether every detail found its field; if not, the page shows the error above the form.
 */
export function placeApiFieldErrors<T extends FieldValues>(
  error: unknown,
  fields: readonly Path<T>[],
  setError: UseFormSetError<T>,
): boolean {
  if (!isApiError(error) || error.details.length === 0) return false;
  let placedAll = true;
  let focused = false;
  for (const detail of error.details) {
    const field = fields.find((name) => name === detail.path);
    if (!field) {
      placedAll = false;
      continue;
    }
    setError(
      field,
      {
        type: `${API_ERROR_TYPE}${error.code ?? 'unknown'}`,
        message: detail.message,
        // The detail's own code and numbers, so describeFieldError can word it in the reader's language.
        types: { [DETAIL_TYPE]: JSON.stringify({ code: detail.code, params: detail.params }) },
      },
      { shouldFocus: !focused },
    );
    focused = true;
  }
  return placedAll;
}

/**
 * Words for one field's error, chosen by its type: a zod issue code from the shared schema
 * (`too_small`, `invalid_format`, …; `default` covers the rest) or an API code (`api:email_taken`).
 * The shared schemas' messages are English, so the client's own errors are always translated; an
 * API detail without a translation keeps the server's sentence.
 */
export function describeFieldError(
  error: FormFieldError | undefined,
  byType: Partial<Record<string, string>>,
): string | undefined {
  if (!error) return undefined;
  const type = typeof error.type === 'string' ? error.type : '';
  const translated = byType[type];
  if (translated) return translated;
  if (type.startsWith(API_ERROR_TYPE)) return describeDetail(error) ?? error.message;
  return byType.default ?? error.message;
}

/** A placed API detail worded from its code by the app's i18next (the server's sentence is the fallback). */
function describeDetail(error: FormFieldError): string | undefined {
  const stored = error.types?.[DETAIL_TYPE];
  if (typeof stored !== 'string') return undefined;
  const { code, params } = JSON.parse(stored) as Pick<FieldError, 'code' | 'params'>;
  return describeFieldDetail(
    { code, params, message: error.message ?? '' },
    i18next.t,
    i18next.resolvedLanguage ?? 'en',
  );
}
