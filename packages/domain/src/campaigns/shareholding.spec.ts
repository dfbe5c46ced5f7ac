import { MoneyError } from '../money/money';
import { ownershipBps, shareOfferingFigures } from './shareholding';

// A bakery worth $900,000 before the round sells 10,000 shares at $10.00.
const bakery = { pricePerShare: 1000, preMoneyValuation: 90_000_000, sharesOffered: 10_000 };

describe('shareOfferingFigures', () => {
  it('works out the offering of a small company', () => {
    // maxRaise 10,000 × 1000 = 10,000,000 ($100,000); post-money $900,000 + $100,000 = $1,000,000;
    // 100,000 ÷ 1,000,000 = 10% = 1000 bps; 90,000,000 ÷ 1000 = 90,000 shares before the round.
    expect(shareOfferingFigures(bakery)).toEqual({
      maxRaise: 10_000_000,
      postMoneyValuation: 100_000_000,
      percentOfferedBps: 1000,
      impliedPreMoneyShares: 90_000,
    });
  });

  it('rounds the percentage half up and the implied shares down', () => {
    // maxRaise 1 × 3 = 3, post-money 3 + 5 = 8: 3/8 = 37.5% = 3750 bps exactly;
    // maxRaise 1 × 1 = 1, post-money 1 + 2 = 3: 3333.33… → 3333; post-money 1 + 5 = 6: 1666.67 → 1667.
    expect(shareOfferingFigures({ pricePerShare: 3, preMoneyValuation: 5, sharesOffered: 1 }).percentOfferedBps).toBe(
      3750,
    );
    expect(shareOfferingFigures({ pricePerShare: 1, preMoneyValuation: 2, sharesOffered: 1 }).percentOfferedBps).toBe(
      3333,
    );
    expect(shareOfferingFigures({ pricePerShare: 1, preMoneyValuation: 5, sharesOffered: 1 }).percentOfferedBps).toBe(
      1667,
    );
    // 1 bps exactly half: raise 1, post-money 20,000 → 0.5 bps → 1.
    expect(
      shareOfferingFigures({ pricePerShare: 1, preMoneyValuation: 19_999, sharesOffered: 1 }).percentOfferedBps,
    ).toBe(1);
    expect(
      shareOfferingFigures({ pricePerShare: 1, preMoneyValuation: 20_000, sharesOffered: 1 }).percentOfferedBps,
    ).toBe(0);
    // 999 ÷ 1000 = 0.999 → 0 shares; 1999 ÷ 1000 → 1.
    expect(shareOfferingFigures({ ...bakery, preMoneyValuation: 999 }).impliedPreMoneyShares).toBe(0);
    expect(shareOfferingFigures({ ...bakery, preMoneyValuation: 1999 }).impliedPreMoneyShares).toBe(1);
  });

  it('is exact near 2^53 and refuses figures beyond it', () => {
    const huge = { pricePerShare: 2 ** 26, preMoneyValuation: 2 ** 52 - 1, sharesOffered: 2 ** 26 - 1 };
    const figures = shareOfferingFigures(huge);
    expect(figures.maxRaise).toBe(2 ** 52 - 2 ** 26);
    expect(figures.postMoneyValuation).toBe(2 ** 53 - 2 ** 26 - 1);
    expect(() => shareOfferingFigures({ ...huge, sharesOffered: 2 ** 27 })).toThrow(MoneyError);
    expect(() => shareOfferingFigures({ ...huge, preMoneyValuation: 2 ** 53 - 1 })).toThrow(MoneyError);
  });
});

describe('ownershipBps', () => {
  it("gives a backer's part of the company after the round", () => {
    // 100 shares × $10 = $1,000 of $1,000,000 post-money = 0.1% = 10 bps.
    expect(ownershipBps(100, bakery)).toBe(10);
    expect(ownershipBps(10_000, bakery)).toBe(1000); // the whole offering
    expect(ownershipBps(0, bakery)).toBe(0);
  });

  it('rounds half up', () => {
    // 5 shares × $10 = $50 → 0.5 bps → 1; 4 shares → 0.4 → 0; 15 → 1.5 → 2.
    expect(ownershipBps(5, bakery)).toBe(1);
    expect(ownershipBps(4, bakery)).toBe(0);
    expect(ownershipBps(15, bakery)).toBe(2);
  });

  it('refuses impossible share counts', () => {
    expect(() => ownershipBps(-1, bakery)).toThrow(MoneyError);
    expect(() => ownershipBps(1.5, bakery)).toThrow(MoneyError);
  });
});
