const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * Whole percent of the goal raised, rounded down (99.6% is not yet "100% funded"). BigInt keeps
 * raised × 100 exact even for amounts near 2^53 minor units.
 */
export function fundedPercent(raisedMinor: number, goalMinor: number): number {
  if (goalMinor <= 0) return 0;
  return Number((BigInt(raisedMinor) * 100n) / BigInt(goalMinor));
}

export type TimeLeft = { kind: 'days'; days: number } | { kind: 'today' } | { kind: 'ended' };

/** Days until the deadline, counting a part day as a day ("1 day left" until the last 24 hours). */
export function timeLeft(endsAt: string, now: Date): TimeLeft {
  const remaining = new Date(endsAt).getTime() - now.getTime();
  if (!(remaining > 0)) return { kind: 'ended' };
  if (remaining < DAY_MS) return { kind: 'today' };
  return { kind: 'days', days: Math.floor(remaining / DAY_MS) };
}
