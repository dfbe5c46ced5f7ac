import type { TFunction } from 'i18next';
import { FIELD_ERROR_CODES, textSchema, type FieldError } from '@crowdstake/domain';
import { createInstance } from 'i18next';
import type { z } from 'zod';
import { describeProblem, problemsFromZod, type Problem } from './problems';
import { en } from '../../i18n/en';
import { zhCN } from '../../i18n/zh-CN';
import { describeRuleError } from './field-error-words';

/** Says which key was asked for, with its values, so the tests read what a person would be told. */
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

const problem = (fields: Partial<Problem>): Problem => ({ path: 'goal', code: 'custom', message: '', ...fields });

describe('describeProblem', () => {
  it('words a problem by its code and the kind of field', () => {
    const context = { t, locale: 'en', kind: 'amount' as const, currency: 'USD' as const, decimals: 2 };
    expect(describeProblem(problem({ code: 'text_precision' }), context)).toBe(
      'validation.amountDecimals {"currency":"USD","count":2}',
    );
    expect(describeProblem(problem({ code: 'too_small', origin: 'number', minimum: 0 }), context)).toBe(
      'validation.amountPositive',
    );
    expect(
      describeProblem(problem({ code: 'too_small', origin: 'string', minimum: 5 }), { ...context, kind: 'text' }),
    ).toBe('validation.textMin {"min":5}');
    expect(describeProblem(problem({ code: 'text_empty' }), { ...context, kind: 'text' })).toBe('validation.required');
    expect(
      describeProblem(problem({ code: 'too_big', origin: 'number', maximum: 5000 }), { ...context, kind: 'rate' }),
    ).toBe('validation.rateRange');
  });

  it('keeps a sentence it does not know as it was written', () => {
    const context = { t, locale: 'en', kind: 'text' as const };
    expect(describeProblem(problem({ code: 'api:validation_failed', message: 'Something new.' }), context)).toBe(
      'Something new.',
    );
  });
});

describe('describeRuleError', () => {
  const rule = (code: FieldError['code'], params?: FieldError['params'], path = 'goal'): FieldError => ({
    path,
    code,
    params,
    message: 'The server’s English sentence.',
  });

  it('words the rules by their code, and formats their amounts for the reader', () => {
    expect(describeRuleError(rule('not_whole_units', { unit: 30_000, currency: 'USD' }), t, 'en')).toBe(
      'validation.goalWholeUnits {"unit":"$300"}',
    );
    expect(describeRuleError(rule('not_whole_units', { unit: 30_000, currency: 'USD' }, 'maxAmount'), t, 'en')).toBe(
      'validation.maxWholeUnits {"unit":"$300"}',
    );
    expect(describeRuleError(rule('duration_out_of_range', { minimum: 7, maximum: 90, days: 3 }), t, 'en')).toBe(
      'validation.duration {"min":7,"max":90,"days":3}',
    );
    expect(describeRuleError(rule('milestones_total', { total: 9050 }), t, 'en')).toBe(
      'validation.milestonesTotal {"percent":"90.5"}',
    );
    expect(describeRuleError(rule('deadline_in_past'), t, 'en')).toBe('validation.deadlineFuture');
    expect(describeRuleError(rule('control_characters'), t, 'en')).toBe('validation.controlCharacters');
  });

  it('keeps the server’s sentence for a code the web has no words for', () => {
    expect(describeRuleError(rule('a_rule_added_later' as FieldError['code']), t, 'en')).toBe(
      'The server’s English sentence.',
    );
  });

  it.each(['en', 'zh-CN'])('words every field-error code of the API in %s, from its code and params', async (lng) => {
    const i18n = createInstance();
    await i18n.init({ lng, resources: { en: { translation: en }, 'zh-CN': { translation: zhCN } } });
    const params = { minimum: 1, maximum: 2, days: 3, years: 4, total: 5000, currency: 'USD', amount: 100, unit: 100 };
    for (const code of FIELD_ERROR_CODES) {
      const words = describeRuleError(rule(code, params), i18n.t, lng);
      expect([code, words]).not.toEqual([code, 'The server’s English sentence.']);
      expect([code, words]).not.toEqual([code, expect.stringMatching(/^validation\./)]);
    }
    expect(describeRuleError(rule('restate_in_new_currency', { currency: 'CNY' }), i18n.t, lng)).toContain('CNY');
  });
});

describe('describeProblem with coded problems', () => {
  const context = { t, locale: 'en', kind: 'text' as const };
  it('words an API detail by its code and params rather than by its English message', () => {
    expect(describeProblem(problem({ code: 'api:too_short', params: { minimum: 10 }, message: 'x' }), context)).toBe(
      'validation.textMin {"min":10}',
    );
    expect(describeProblem(problem({ code: 'api:control_characters', message: 'x' }), context)).toBe(
      'validation.controlCharacters',
    );
  });

  it('reads the code of a refinement of the shared schemas from its params', () => {
    const parsed = textSchema('Title', 5, 120).safeParse('Oven\u0000');
    expect(parsed.success).toBe(false);
    const [coded] = problemsFromZod(parsed.error as z.ZodError);
    expect(coded).toMatchObject({ path: '', code: 'control_characters' });
    expect(describeProblem(coded as Problem, context)).toBe('validation.controlCharacters');
  });
});
