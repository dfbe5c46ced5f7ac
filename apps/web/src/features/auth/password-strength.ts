import { PASSWORD_MIN_LENGTH } from '@crowdstake/domain';

export type PasswordStrength = 'tooShort' | 'weak' | 'fair' | 'strong';

/** Sequences people reach for first; the server refuses ~49,000 common passwords, this only warns. */
const OBVIOUS_PARTS = ['password', 'qwerty', 'letmein', 'welcome', 'crowdstake', '123456', 'abcdef', 'iloveyou'];

/**
 * A quick hint while typing, not a gate: length counts most (a passphrase of plain words is
 * strong), mixing kinds of characters helps a little, and obvious patterns pull it down. The
 * API's password policy decides; this only tells people early which way they are heading.
 */
export function estimatePasswordStrength(password: string): PasswordStrength {
  if (password.length < PASSWORD_MIN_LENGTH) return 'tooShort';
  const lowered = password.toLowerCase();
  if (new Set(lowered).size < 4 || OBVIOUS_PARTS.some((part) => lowered.includes(part))) return 'weak';

  const kinds = [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((kind) => kind.test(password)).length;
  let points = 0;
  if (password.length >= 12) points += 1;
  if (password.length >= 16) points += 2;
  if (kinds >= 2) points += 1;
  if (kinds >= 3) points += 1;
  if (points >= 3) return 'strong';
  return points >= 2 ? 'fair' : 'weak';
}

/** How full the meter is, in quarters, so the bar and its colour move in clear steps. */
export const STRENGTH_METER: Record<PasswordStrength, { percent: number; color: string }> = {
  tooShort: { percent: 10, color: 'gray.5' },
  weak: { percent: 35, color: 'red.7' },
  fair: { percent: 65, color: 'yellow.6' },
  strong: { percent: 100, color: 'pine.7' },
};
