import { computeRiskAssessment } from './risk-assessment';
import type { RiskInput } from './risk-factors';
import { DEFAULT_REVENUE_FLOORS, revenueFloorsFor } from './risk-bands';
import { SUPPORTED_CURRENCIES, type CurrencyCode } from '../money/currency';

const now = new Date('2025-06-15T12:00:00Z');

function company(currency: CurrencyCode, annualRevenue: number, totalDebt: number, goal: number): RiskInput {
  return {
    identityVerified: true,
    foundedOn: '2019-01-01',
    annualRevenue,
    totalDebt,
    companyCurrency: currency,
    goal,
    campaignCurrency: currency,
    documentKinds: ['identity'],
    earlierCampaigns: { succeeded: 0, failed: 0, cancelled: 0, rejected: 0 },
    duplicateRegistrationNumber: false,
    duplicateIdentity: false,
    blacklisted: false,
  };
}

const revenuePoints = (input: RiskInput, config = {}) =>
  computeRiskAssessment(input, now, config).factors.find((f) => f.key === 'revenue')!.points;

describe('revenue bands per currency', () => {
  it('scores a yen company like a dollar company of the same worth, not like one 150 times richer', () => {
    // ¥150,000,000 ≈ $1,000,000: both reach the 12-point band, not the top one.
    const yen = computeRiskAssessment(company('JPY', 150_000_000, 37_500_000, 7_500_000), now);
    const dollars = computeRiskAssessment(company('USD', 100_000_000, 25_000_000, 5_000_000), now);
    expect(yen.factors.map((f) => [f.key, f.points])).toEqual(dollars.factors.map((f) => [f.key, f.points]));
    expect(yen.score).toBe(dollars.score);
    expect(yen.grade).toBe(dollars.grade);
    expect(revenuePoints(company('JPY', 150_000_000, 0, 1))).toBe(12);
    // The band is written in yen, which have no minor unit.
    expect(yen.factors.find((f) => f.key === 'revenue')!.public).toMatchObject({
      reasonCode: 'revenue_band_between',
      params: { currency: 'JPY', from: 150_000_000, below: 750_000_000 },
      reason: 'Annual revenue from ¥150,000,000 to below ¥750,000,000.',
    });
  });

  it('has floors for every accepted currency, largest first', () => {
    for (const currency of SUPPORTED_CURRENCIES) expect(() => revenueFloorsFor(currency)).not.toThrow();
    expect(revenuePoints(company('CNY', 700_000_000, 0, 1))).toBe(12); // ¥7,000,000 (yuan)
    expect(revenuePoints(company('CNY', 699_999_999, 0, 1))).toBe(9);
    expect(revenuePoints(company('GBP', 4_000_000 * 100, 0, 1))).toBe(15);
  });

  it('takes floors from configuration, and the defaults for a currency the configuration leaves out', () => {
    const config = { revenueFloors: { USD: [4_000_000, 2_000_000, 500_000, 100_000] as const } };
    expect(revenuePoints(company('USD', 100_000_000, 0, 1), config)).toBe(9);
    expect(revenuePoints(company('JPY', 150_000_000, 0, 1), config)).toBe(12);
    expect(() => revenueFloorsFor('USD', { revenueFloors: { USD: [1, 2, 3, 4] } })).toThrow(RangeError);
  });

  it('falls back to the dollar figures for a currency with none at all', () => {
    const added = 'NZD' as CurrencyCode; // a currency added to the platform before its figures
    expect(revenueFloorsFor(added)).toEqual(DEFAULT_REVENUE_FLOORS.USD);
  });
});
