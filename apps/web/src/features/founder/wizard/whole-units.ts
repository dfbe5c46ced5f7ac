/** An amount moved to the nearest whole number of units (half up), never below one unit. */
export function nearestWholeUnits(amount: number, unit: number): number {
  const remainder = amount % unit;
  const down = amount - remainder;
  return Math.max(unit, remainder * 2 >= unit ? down + unit : down);
}

/**
 * The goal and cap in whole units of `unit`: each to its nearest multiple, the cap never below the
 * goal. Null for an amount that is already whole (or absent).
 */
export function roundedToUnits(
  goal: number | undefined,
  maxAmount: number | undefined,
  unit: number,
): { goal: number | null; maxAmount: number | null } {
  const newGoal = goal !== undefined && goal % unit !== 0 ? nearestWholeUnits(goal, unit) : null;
  const finalGoal = newGoal ?? goal ?? 0;
  let newMax: number | null = null;
  if (maxAmount !== undefined && (maxAmount % unit !== 0 || maxAmount < finalGoal)) {
    newMax = Math.max(nearestWholeUnits(maxAmount, unit), finalGoal);
  }
  return { goal: newGoal, maxAmount: newMax };
}
