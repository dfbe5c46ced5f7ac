import { isFieldErrorCode, MAX_MINOR, type CurrencyCode, type FieldErrorParams } from '@crowdstake/domain/core';
import type { TFunction } from 'i18next';
import type { z } from 'zod';
import type { TextToIntegerResult } from './amount-text';
import { describeFieldCode } from './field-error-words';

/**
 * One thing wrong with one field, before it is put into words: a zod issue from a shared schema,
 * a conversion of typed text that failed, or a sentence from the domain's rules. Keeping the code
 * and bounds (not only the English message) lets the page say it in the reader's language.
 */
export interface Problem {
  /** The API's path, which is also the form field's name (`terms.tiers.0.price`). */
  path: string;
  code: string;
  message: string;
  minimum?: number;
  maximum?: number;
  origin?: string;
  /** The numbers of a coded rule (`{ minimum: 21, maximum: 120, days: 2 }`). */
  params?: FieldErrorParams;
}

/** What a field holds decides how its problems are worded ("at least 5 characters" vs "greater than zero"). */
export type FieldKind =
  | 'text'
  | 'amount'
  | 'count'
  | 'number'
  | 'rate'
  | 'share'
  | 'date'
  | 'datetime'
  | 'month'
  | 'choice'
  | 'website'
  | 'nationality'
  | 'email';

/** Parse with `{ reportInput: true }` so that blank texts can be told apart from short ones. */
export function problemsFromZod(error: z.ZodError, pathPrefix: readonly (string | number)[] = []): Problem[] {
  return error.issues.map((issue) => {
    const bounds = issue as { minimum?: number | bigint; maximum?: number | bigint; origin?: string; input?: unknown };
    if (issue.code === 'custom') return codedProblem(issue, pathPrefix);
    // Parsed with `reportInput`, a blank text says "required" rather than "at least 5 characters".
    const blank = issue.code === 'too_small' && typeof bounds.input === 'string' && bounds.input.trim() === '';
    return {
      path: [...pathPrefix, ...issue.path].map(String).join('.'),
      code: blank ? 'text_empty' : issue.code,
      message: issue.message,
      minimum: bounds.minimum === undefined ? undefined : Number(bounds.minimum),
      maximum: bounds.maximum === undefined ? undefined : Number(bounds.maximum),
      origin: bounds.origin,
    };
  });
}

/** A refinement of the shared schemas names its field-error code and numbers in `params`. */
function codedProblem(issue: z.core.$ZodIssueCustom, pathPrefix: readonly (string | number)[]): Problem {
  const { code, ...params } = (issue.params ?? {}) as Record<string, unknown>;
  return {
    path: [...pathPrefix, ...issue.path].map(String).join('.'),
    code: isFieldErrorCode(code) ? code : 'custom',
    message: issue.message,
    params: params as FieldErrorParams,
  };
}

/** A failed conversion of typed text (`parseMajorAmount`, …) as a problem at its field. */
export function conversionProblem(path: string, result: Extract<TextToIntegerResult, { ok: false }>): Problem {
  return { path, code: `text_${result.problem}`, message: result.problem };
}

/** The first problem of each field wins: a failed conversion hides the schema's "required" that follows from it. */
export function firstProblemPerField(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((problem) => {
    if (seen.has(problem.path)) return false;
    seen.add(problem.path);
    return true;
  });
}

interface DescribeContext {
  t: TFunction;
  locale: string;
  kind: FieldKind;
  currency?: CurrencyCode;
  decimals?: number;
}

/** One problem in the reader's language. */
export function describeProblem(problem: Problem, { t, locale, kind, currency, decimals }: DescribeContext): string {
  const { code, minimum, maximum, origin } = problem;
  switch (code) {
    case 'text_empty':
    case 'invalid_type':
      return t('validation.required');
    case 'text_too_large':
      return t('validation.tooLarge');
    case 'text_format':
    case 'text_precision':
      if (kind === 'amount') {
        if (code === 'text_format' || !currency) return t('validation.amountFormat');
        return decimals
          ? t('validation.amountDecimals', { currency, count: decimals })
          : t('validation.amountWhole', { currency });
      }
      if (kind === 'rate' || kind === 'share') return t('validation.percentFormat');
      return t('validation.wholeNumber');
    case 'too_small':
      if (origin === 'string' || origin === 'array')
        return (minimum ?? 0) <= 1 ? t('validation.required') : t('validation.textMin', { min: minimum });
      if (kind === 'amount') return t('validation.amountPositive');
      if (kind === 'rate') return t('validation.rateRange');
      if (kind === 'share') return t('validation.shareRange');
      return t('validation.numberMin', { min: minimum });
    case 'too_big':
      if (origin === 'string') return t('validation.textMax', { max: maximum });
      if (origin === 'array') return t('validation.tooMany', { max: maximum });
      if (maximum !== undefined && maximum >= MAX_MINOR) return t('validation.tooLarge');
      if (kind === 'rate') return t('validation.rateRange');
      if (kind === 'share') return t('validation.shareRange');
      return t('validation.numberMax', { max: maximum });
    case 'invalid_format':
      return describeFormat(kind, t) ?? problem.message;
    case 'invalid_value':
    case 'invalid_union':
      return t('validation.choose');
    default:
      // The refinements, the cross-field rules and the API's details carry a code of their own.
      return describeFieldCode(problem, t, locale) ?? problem.message;
  }
}

function describeFormat(kind: FieldKind, t: TFunction): string | undefined {
  switch (kind) {
    case 'date':
      return t('validation.date');
    case 'datetime':
      return t('validation.dateTime');
    case 'month':
      return t('validation.month');
    case 'website':
      return t('validation.website');
    case 'nationality':
      return t('validation.nationality');
    case 'email':
      return t('validation.email');
    default:
      return undefined;
  }
}
