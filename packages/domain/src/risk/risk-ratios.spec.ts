import { amountAtLeast, ratioAtMost, wholePercent } from './risk-ratios';

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

  it('gives whole percentages, half up, 0 for a positive amount below half a percent', () => {
    expect(wholePercent(45, 100)).toBe(45);
    expect(wholePercent(1, 200)).toBe(1); // 0.5% → 1%
    expect(wholePercent(1, 201)).toBe(0); // worded "less than 1%"
    expect(wholePercent(Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER)).toBe(100);
  });
});
