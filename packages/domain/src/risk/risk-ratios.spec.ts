import { amountAtLeast, percentOf, pointsOnSlope, ratioAtMost } from './risk-ratios';

describe('risk ratios', () => {
  it('compares ratios exactly, even at 2^53', () => {
    expect(ratioAtMost(25, 100, [1, 4])).toBe(true);
    expect(ratioAtMost(26, 100, [1, 4])).toBe(false);
    // 2^53 − 1 against 2^53 − 2: a hair above 1, which doubles would round to exactly 1.
    expect(ratioAtMost(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER - 1, [1, 1])).toBe(false);
  });

  it('reads thresholds in major units of the currency', () => {
    expect(amountAtLeast(5_000_000, 50_000, 'USD')).toBe(true);
    expect(amountAtLeast(4_999_999, 50_000, 'USD')).toBe(false);
    expect(amountAtLeast(50_000, 50_000, 'JPY')).toBe(true);
  });

  it('scales points on a line, half up, clamped to 0..max', () => {
    expect(pointsOnSlope(15, 0, 100, [0, 1], [2, 1])).toBe(15);
    expect(pointsOnSlope(15, 100, 100, [0, 1], [2, 1])).toBe(8); // 7.5 → 8
    expect(pointsOnSlope(15, 300, 100, [0, 1], [2, 1])).toBe(0);
    expect(pointsOnSlope(15, 10, 100, [1, 4], [2, 1])).toBe(15); // below the full-point ratio
    expect(() => pointsOnSlope(15, 1, 100, [2, 1], [1, 4])).toThrow(RangeError);
  });

  it('writes percentages for people', () => {
    expect(percentOf(45, 100)).toBe('45%');
    expect(percentOf(1, 200)).toBe('1%'); // 0.5% → 1%
    expect(percentOf(1, 201)).toBe('less than 1%');
    expect(percentOf(0, 100)).toBe('0%');
  });
});
