import type { FieldError as FormFieldError, FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { isApiError } from '../../api/api-error';

const API_ERROR_TYPE = 'api:';

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
      { type: `${API_ERROR_TYPE}${error.code ?? 'unknown'}`, message: detail.message },
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
  if (type.startsWith(API_ERROR_TYPE)) return error.message;
  return byType.default ?? error.message;
}
