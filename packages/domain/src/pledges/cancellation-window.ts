/** By default a backer may cancel until 48 hours before the campaign's deadline; after that a pledge is final. */
export const DEFAULT_CANCELLATION_WINDOW_HOURS = 48;

const HOUR_MS = 3_600_000;

/** The last instant a pledge to a campaign ending at `endsAt` can be cancelled by its backer. */
export function cancellationDeadline(endsAt: Date, windowHours = DEFAULT_CANCELLATION_WINDOW_HOURS): Date {
  if (!Number.isInteger(windowHours) || windowHours < 0) throw new RangeError('window must be whole hours, ≥ 0');
  return new Date(endsAt.getTime() - windowHours * HOUR_MS);
}

export function isWithinCancellationWindow(
  now: Date,
  endsAt: Date,
  windowHours = DEFAULT_CANCELLATION_WINDOW_HOURS,
): boolean {
  return now.getTime() <= cancellationDeadline(endsAt, windowHours).getTime();
}
