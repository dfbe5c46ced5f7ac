import {
  addMinor,
  allocate,
  formatMinorAsDecimal,
  formatMoney,
  minorAmountSchema,
  MoneyError,
  mulDivHalfUp,
  mulMinor,
  percentageFee,
  positiveMinorAmountSchema,
} from './index';
import { currencySchema } from './currency-schema';

describe('allocate (largest remainder, ties to the earliest part)', () => {
  it('splits evenly when it can', () => {
    expect(allocate(900, [1, 1, 1])).toEqual([300, 300, 300]);
  });

  it('gives leftover cents to the earliest parts on ties', () => {
    expect(allocate(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(allocate(101, [1, 1, 1])).toEqual([34, 34, 33]);
  });

  it('gives leftover cents to the largest remainders first', () => {
    // exact shares: 16.666…, 33.333…, 50 → floors 16, 33, 50 (99); the cent goes to the .666 remainder
    expect(allocate(100, [1, 2, 3])).toEqual([17, 33, 50]);
  });

  it('never loses or invents a cent, whatever the weights', () => {
    let seed = 42;
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed;
    };
    for (let round = 0; round < 500; round += 1) {
      const total = random() % 10_000_000;
      const weights = Array.from({ length: 1 + (random() % 40) }, () => random() % 100_000);
      // `: boolean` stops TypeScript inferring a type predicate that would narrow weights to 0[].
      if (weights.every((w): boolean => w === 0)) weights[0] = 1;
      const parts = allocate(total, weights);
      expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
      parts.forEach((part, i) => {
        const exact = (total * (weights[i] as number)) / weights.reduce((a, b) => a + b, 0);
        expect(Math.abs(part - exact)).toBeLessThan(1);
      });
    }
  });

  it('is exact for totals and weights near 2^53', () => {
    const total = Number.MAX_SAFE_INTEGER;
    const parts = allocate(total, [Number.MAX_SAFE_INTEGER, 1]);
    expect(parts.reduce((a, b) => a + b, 0)).toBe(total);
    expect(parts[1]).toBe(1);
  });

  it('gives nothing to zero weights', () => {
    expect(allocate(10, [0, 5, 0, 5])).toEqual([0, 5, 0, 5]);
  });

  it('refuses impossible inputs', () => {
    expect(() => allocate(10, [])).toThrow(MoneyError);
    expect(() => allocate(10, [0, 0])).toThrow(MoneyError);
    expect(() => allocate(-1, [1])).toThrow(MoneyError);
    expect(() => allocate(1.5, [1])).toThrow(MoneyError);
    expect(() => allocate(10, [1, -1])).toThrow(MoneyError);
    expect(allocate(0, [])).toEqual([]);
  });
});

describe('percentageFee (basis points, half up to the minor unit)', () => {
  it('rounds exact halves up', () => {
    expect(percentageFee(50, 500)).toBe(3); // 2.5 → 3
    expect(percentageFee(30, 500)).toBe(2); // 1.5 → 2
  });

  it('rounds below half down and above half up', () => {
    expect(percentageFee(49, 500)).toBe(2); // 2.45 → 2
    expect(percentageFee(51, 500)).toBe(3); // 2.55 → 3
  });

  it('computes ordinary fees', () => {
    expect(percentageFee(1_000_000, 500)).toBe(50_000);
    expect(percentageFee(123_457, 250)).toBe(3086); // 3086.425
    expect(percentageFee(0, 500)).toBe(0);
    expect(percentageFee(999, 0)).toBe(0);
    expect(percentageFee(999, 10_000)).toBe(999);
  });

  it('does not overflow on large totals', () => {
    expect(percentageFee(Number.MAX_SAFE_INTEGER, 10_000)).toBe(Number.MAX_SAFE_INTEGER);
    expect(percentageFee(9_007_199_254_740_990, 500)).toBe(450_359_962_737_050);
  });

  it('refuses rates outside 0–100%', () => {
    expect(() => percentageFee(100, -1)).toThrow(MoneyError);
    expect(() => percentageFee(100, 10_001)).toThrow(MoneyError);
    expect(() => percentageFee(100, 2.5)).toThrow(MoneyError);
  });
});

describe('arithmetic', () => {
  it('adds minor units and refuses to overflow', () => {
    expect(addMinor(1, 2, 3)).toBe(6);
    expect(() => addMinor(Number.MAX_SAFE_INTEGER, 1)).toThrow(MoneyError);
  });

  it('multiplies and divides exactly with half-up rounding', () => {
    expect(mulDivHalfUp(7, 1, 2)).toBe(4);
    expect(mulDivHalfUp(-7, 1, 2)).toBe(-4);
    expect(mulDivHalfUp(2 ** 52, 3, 4)).toBe(3 * 2 ** 50);
  });
});

describe('formatting', () => {
  it('writes minor units as a decimal of major units', () => {
    expect(formatMinorAsDecimal(1234, 'USD')).toBe('12.34');
    expect(formatMinorAsDecimal(5, 'USD')).toBe('0.05');
    expect(formatMinorAsDecimal(-5, 'EUR')).toBe('-0.05');
    expect(formatMinorAsDecimal(1200, 'JPY')).toBe('1200');
  });

  it('formats for people in their locale', () => {
    expect(formatMoney(123456, 'USD', 'en-US')).toBe('$1,234.56');
    expect(formatMoney(1200, 'JPY', 'en-US')).toBe('¥1,200');
    expect(formatMoney(9_007_199_254_740_991, 'USD', 'en-US')).toBe('$90,071,992,547,409.91');
  });

  it('drops needless cents from whole amounts only when asked', () => {
    const whenNeeded = { cents: 'when-needed' } as const;
    expect(formatMoney(100_000_00, 'USD', 'en-US')).toBe('$100,000.00');
    expect(formatMoney(100_000_00, 'USD', 'en-US', whenNeeded)).toBe('$100,000');
    expect(formatMoney(100_000_50, 'USD', 'en-US', whenNeeded)).toBe('$100,000.50');
    expect(formatMoney(5, 'USD', 'en-US', whenNeeded)).toBe('$0.05');
    expect(formatMoney(0, 'EUR', 'de-DE', whenNeeded)).toBe('0\u00a0€');
    expect(formatMoney(1200, 'JPY', 'en-US', whenNeeded)).toBe('¥1,200');
    expect(formatMoney(-250_00, 'USD', 'en-US', whenNeeded)).toBe('-$250');
    expect(formatMoney(9_007_199_254_740_900, 'USD', 'en-US', whenNeeded)).toBe('$90,071,992,547,409');
  });
});

describe('currencySchema', () => {
  it('accepts supported codes in any case and normalizes them', () => {
    expect(currencySchema.parse('usd')).toBe('USD');
    expect(currencySchema.parse('EUR')).toBe('EUR');
  });

  it('refuses unknown codes', () => {
    expect(currencySchema.safeParse('XYZ').success).toBe(false);
    expect(currencySchema.safeParse('').success).toBe(false);
  });
});

describe('mulMinor', () => {
  it('multiplies exactly and refuses products beyond 2^53 − 1', () => {
    expect(mulMinor(2500, 4)).toBe(10_000);
    expect(mulMinor(2 ** 26, 2 ** 26)).toBe(2 ** 52);
    expect(mulMinor(94_906_265, 94_906_265)).toBe(9_007_199_136_250_225); // just below 2^53
    expect(() => mulMinor(94_906_266, 94_906_266)).toThrow(MoneyError);
    expect(() => mulMinor(1.5, 2)).toThrow(MoneyError);
  });
});

describe('amount schemas', () => {
  it('give one message per mistake', () => {
    const messages = (value: unknown) => positiveMinorAmountSchema.safeParse(value).error?.issues.map((i) => i.message);
    expect(messages(-100)).toEqual(['Must be greater than zero.']);
    expect(messages(0)).toEqual(['Must be greater than zero.']);
    expect(messages(2.5)).toEqual(['Must be a whole number of minor units.']);
    expect(positiveMinorAmountSchema.safeParse(2 ** 53).success).toBe(false);
    expect(messages(1)).toBeUndefined();
    expect(minorAmountSchema.safeParse(0).success).toBe(true);
    expect(minorAmountSchema.safeParse(-1).success).toBe(false);
  });
});
