import { nearestWholeUnits, roundedToUnits } from './whole-units';

describe('rounding the goal and cap to whole units of a new price', () => {
  it('moves an amount to the nearest whole number of units, half up, never below one unit', () => {
    expect(nearestWholeUnits(100_000_00, 300_00)).toBe(99_900_00); // 333.33 units → 333
    expect(nearestWholeUnits(100_050_00, 300_00)).toBe(100_200_00); // 333.5 units → 334
    expect(nearestWholeUnits(100_00, 300_00)).toBe(300_00); // under one unit → one unit
    expect(nearestWholeUnits(900_00, 300_00)).toBe(900_00);
  });

  it('leaves whole amounts alone and keeps the cap at or above the goal', () => {
    expect(roundedToUnits(100_000_00, 150_100_00, 300_00)).toEqual({ goal: 99_900_00, maxAmount: 150_000_00 });
    expect(roundedToUnits(99_900_00, 100_000_00, 300_00)).toEqual({ goal: null, maxAmount: 99_900_00 });
    expect(roundedToUnits(100_050_00, 100_100_00, 300_00)).toEqual({ goal: 100_200_00, maxAmount: 100_200_00 });
    expect(roundedToUnits(90_000_00, undefined, 300_00)).toEqual({ goal: null, maxAmount: null });
  });
});
