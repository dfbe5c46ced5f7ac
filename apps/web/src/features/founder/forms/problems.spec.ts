import type { TFunction } from 'i18next';
import { describeProblem, type Problem } from './problems';
import { translateDomainSentence } from './domain-sentences';

/** Says which key was asked for, with its values, so the tests read what a person would be told. */
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key} ${JSON.stringify(values)}` : key) as unknown as TFunction;

const problem = (fields: Partial<Problem>): Problem => ({ path: 'goal', code: 'custom', message: '', ...fields });

describe('describeProblem', () => {
  it('words a problem by its code and the kind of field', () => {
    const context = { t, locale: 'en', kind: 'amount' as const, currency: 'USD' as const, decimals: 2 };
    expect(describeProblem(problem({ code: 'text_precision' }), context)).toBe(
      'founder.validation.amountDecimals {"currency":"USD","count":2}',
    );
    expect(describeProblem(problem({ code: 'too_small', origin: 'number', minimum: 0 }), context)).toBe(
      'founder.validation.amountPositive',
    );
    expect(
      describeProblem(problem({ code: 'too_small', origin: 'string', minimum: 5 }), { ...context, kind: 'text' }),
    ).toBe('founder.validation.textMin {"min":5}');
    expect(describeProblem(problem({ code: 'text_empty' }), { ...context, kind: 'text' })).toBe(
      'founder.validation.required',
    );
    expect(
      describeProblem(problem({ code: 'too_big', origin: 'number', maximum: 5000 }), { ...context, kind: 'rate' }),
    ).toBe('founder.validation.rateRange');
  });

  it('keeps a sentence it does not know as it was written', () => {
    const context = { t, locale: 'en', kind: 'text' as const };
    expect(describeProblem(problem({ code: 'api:validation_failed', message: 'Something new.' }), context)).toBe(
      'Something new.',
    );
  });
});

describe('translateDomainSentence', () => {
  it('recognises the rules’ sentences and reformats their amounts for the reader', () => {
    expect(translateDomainSentence('The goal must be a whole number of units of USD 300.00.', t, 'en')).toBe(
      'founder.validation.goalWholeUnits {"unit":"$300.00"}',
    );
    expect(
      translateDomainSentence('A reward campaign must run between 7 and 90 days; this one runs 3 days.', t, 'en'),
    ).toBe('founder.validation.duration {"min":"7","max":"90","days":"3"}');
    expect(
      translateDomainSentence(
        'Milestone shares must add up to 100% (10000 basis points); they add up to 9050.',
        t,
        'en',
      ),
    ).toBe('founder.validation.milestonesTotal {"percent":"90.5"}');
    expect(translateDomainSentence('The deadline must be in the future.', t, 'en')).toBe(
      'founder.validation.deadlineFuture',
    );
    expect(translateDomainSentence('Something the web has never heard of.', t, 'en')).toBeUndefined();
  });
});
