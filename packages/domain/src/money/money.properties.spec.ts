import fc from 'fast-check';
import { allocate, BPS_DENOMINATOR, MAX_MINOR, percentageFee } from './money';

/**
 * Properties the ledger relies on, checked over random inputs up to 2^53 − 1.
 * The oracles are written independently of the code under test, in BigInt,
 * so a rounding mistake cannot hide behind the same mistake in the check.
 */

const amount = fc.oneof(fc.integer({ min: 0, max: 10_000_000 }), fc.integer({ min: 0, max: MAX_MINOR }));
const weight = fc.oneof(fc.integer({ min: 0, max: 1000 }), fc.integer({ min: 0, max: MAX_MINOR }));
const weights = fc.array(weight, { minLength: 1, maxLength: 30 }).filter((list) => list.some((w) => w > 0));
const bps = fc.integer({ min: 0, max: BPS_DENOMINATOR });

const sum = (list: readonly number[]) => list.reduce((acc, n) => acc + BigInt(n), 0n);

describe('allocate: properties', () => {
  it('always sums exactly to the amount and gives no part below zero', () => {
    fc.assert(
      fc.property(amount, weights, (total, ws) => {
        const parts = allocate(total, ws);
        return (
          parts.length === ws.length &&
          sum(parts) === BigInt(total) &&
          parts.every((part) => Number.isSafeInteger(part) && part >= 0)
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('differs from each exact share by less than one minor unit', () => {
    fc.assert(
      fc.property(amount, weights, (total, ws) => {
        const parts = allocate(total, ws);
        const weightSum = sum(ws);
        return ws.every((w, i) => {
          // |part − total·w/W| < 1  ⇔  |part·W − total·w| < W, exact in BigInt
          const difference = BigInt(parts[i] as number) * weightSum - BigInt(total) * BigInt(w);
          return (difference < 0n ? -difference : difference) < weightSum;
        });
      }),
      { numRuns: 1000 },
    );
  });

  it('rounds up exactly the largest remainders, ties going to the earlier index', () => {
    fc.assert(
      fc.property(amount, weights, (total, ws) => {
        const parts = allocate(total, ws);
        const weightSum = sum(ws);
        const shares = ws.map((w, i) => {
          const exact = BigInt(total) * BigInt(w);
          return { index: i, remainder: exact % weightSum, roundedUp: BigInt(parts[i] as number) > exact / weightSum };
        });
        const up = shares.filter((s) => s.roundedUp);
        const down = shares.filter((s) => !s.roundedUp);
        return up.every((u) =>
          down.every((d) => u.remainder > d.remainder || (u.remainder === d.remainder && u.index < d.index)),
        );
      }),
      { numRuns: 1000 },
    );
  });

  it('never gives a smaller weight more, and splits equal weights earliest-first', () => {
    fc.assert(
      fc.property(amount, weights, (total, ws) => {
        const parts = allocate(total, ws);
        for (let i = 0; i < ws.length; i += 1) {
          for (let j = i + 1; j < ws.length; j += 1) {
            const [wi, wj, pi, pj] = [ws[i], ws[j], parts[i], parts[j]] as [number, number, number, number];
            if (wi > wj && pi < pj) return false;
            if (wi < wj && pi > pj) return false;
            if (wi === wj && pi - pj !== 0 && pi - pj !== 1) return false;
          }
          if (ws[i] === 0 && parts[i] !== 0) return false;
        }
        return true;
      }),
      { numRuns: 1000 },
    );
  });

  it('is unchanged when every weight is scaled by the same factor', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10_000_000 }),
        fc.array(fc.integer({ min: 0, max: 10_000 }), { minLength: 1, maxLength: 30 }).filter((l) => l.some((w) => w)),
        fc.integer({ min: 1, max: 1000 }),
        (total, ws, factor) => {
          expect(
            allocate(
              total,
              ws.map((w) => w * factor),
            ),
          ).toEqual(allocate(total, ws));
        },
      ),
    );
  });
});

describe('percentageFee: properties', () => {
  it('equals the fee rounded half up, by an independent formula', () => {
    fc.assert(
      fc.property(amount, bps, (total, rate) => {
        // half up: ⌊x/10000 + 1/2⌋ = ⌊(2·x + 10000) / 20000⌋ with x = total·rate
        const expected = (2n * BigInt(total) * BigInt(rate) + 10_000n) / 20_000n;
        expect(BigInt(percentageFee(total, rate))).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('is never negative, never more than the total, and grows with the total and the rate', () => {
    fc.assert(
      fc.property(amount, amount, bps, bps, (a, b, r1, r2) => {
        const fee = percentageFee(a, r1);
        expect(fee).toBeGreaterThanOrEqual(0);
        expect(fee).toBeLessThanOrEqual(a);
        expect(a - fee).toBeGreaterThanOrEqual(0);
        const [small, large] = a <= b ? [a, b] : [b, a];
        expect(percentageFee(small, r1)).toBeLessThanOrEqual(percentageFee(large, r1));
        const [low, high] = r1 <= r2 ? [r1, r2] : [r2, r1];
        expect(percentageFee(a, low)).toBeLessThanOrEqual(percentageFee(a, high));
      }),
      { numRuns: 1000 },
    );
  });

  it('is within half a minor unit of the exact fee, and exact halves go up', () => {
    fc.assert(
      fc.property(amount, bps, (total, rate) => {
        const error = BigInt(percentageFee(total, rate)) * 10_000n - BigInt(total) * BigInt(rate);
        expect(error).toBeGreaterThan(-5_000n);
        expect(error).toBeLessThanOrEqual(5_000n);
      }),
      { numRuns: 1000 },
    );
  });
});
