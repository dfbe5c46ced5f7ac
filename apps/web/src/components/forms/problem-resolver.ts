import { toNestErrors } from '@hookform/resolvers';
import type { FieldError, FieldValues, Path, Resolver, UseFormSetError } from 'react-hook-form';
import { isApiError } from '../../api/api-error';
import { firstProblemPerField, type Problem } from './problems';

/**
 * A react-hook-form resolver over typed text: `check` converts the text to the API's body and
 * validates it with the shared schemas (and rules), returning problems; `describe` words each one.
 * zodResolver cannot do this alone because the form holds "1,250.50" where the schema wants 125050.
 */
export function problemResolver<T extends FieldValues>(
  check: (values: T) => Problem[],
  describe: (problem: Problem, values: T) => string,
): Resolver<T> {
  return (values, _context, options) => {
    const problems = firstProblemPerField(check(values));
    if (problems.length === 0) return { values, errors: {} };
    const flat: Record<string, FieldError> = {};
    for (const problem of problems) flat[problem.path] = { type: problem.code, message: describe(problem, values) };
    return { values: {}, errors: toNestErrors<T>(flat, options) };
  };
}

/**
 * The API's field errors (`details`) as problems, by their own code (`control_characters`,
 * `deadline_in_past`, …) and numbers, so they are worded like the form's own problems.
 * A detail whose code the web does not know keeps the server's sentence.
 */
export function apiProblems(error: unknown): Problem[] {
  if (!isApiError(error)) return [];
  return error.details.map((detail) => ({
    path: detail.path,
    code: detail.code ? `api:${detail.code}` : `api:${error.code ?? 'unknown'}`,
    message: detail.message,
    params: detail.params,
  }));
}

/**
 * Puts each problem beside its field (focusing the first) when the field is on the form; returns
 * the ones that found no field, so the page can say them above the form.
 */
export function placeProblems<T extends FieldValues>(
  problems: readonly Problem[],
  isField: (path: string) => boolean,
  setError: UseFormSetError<T>,
  describe: (problem: Problem) => string,
): Problem[] {
  const leftOver: Problem[] = [];
  let focused = false;
  for (const problem of firstProblemPerField(problems)) {
    if (!isField(problem.path)) {
      leftOver.push(problem);
      continue;
    }
    setError(problem.path as Path<T>, { type: problem.code, message: describe(problem) }, { shouldFocus: !focused });
    focused = true;
  }
  return leftOver;
}

/**
 * Puts the API's field errors beside their fields, worded from their code and numbers; returns
 * whether every one found its field (if not, the page says the error above the form).
 */
export function placeApiProblems<T extends FieldValues>(
  error: unknown,
  isField: (path: string) => boolean,
  setError: UseFormSetError<T>,
  describe: (problem: Problem) => string,
): boolean {
  const problems = apiProblems(error);
  if (problems.length === 0) return false;
  return placeProblems(problems, isField, setError, describe).length === 0;
}

/**
 * The words for a field's error on a form validated by zodResolver: by the error's type, a zod
 * issue code (`too_small`, …; `default` covers the rest) or an API code (`api:email_taken`). An API
 * error placed by `placeProblems` is already worded; the shared schemas' own messages are English,
 * so the form's own errors are always taken from `byType`.
 */
export function describeFieldError(
  error: FieldError | undefined,
  byType: Partial<Record<string, string>>,
): string | undefined {
  if (!error) return undefined;
  const type = typeof error.type === 'string' ? error.type : '';
  const translated = byType[type];
  if (translated) return translated;
  if (type.startsWith('api:')) return error.message;
  return byType.default ?? error.message;
}
