import type { Role } from '@crowdstake/domain';

/** Pages that make no sense to come back to after signing in. */
const AUTH_PAGES = ['/sign-in', '/sign-up', '/forgot-password', '/reset-password'];

/**
 * Where to go after signing in, from a `?next=` value. Only a path on this site is accepted
 * (never `//evil.example` or `https://…`), so the link cannot send anyone elsewhere.
 */
export function safeNextPath(raw: string | null | undefined, fallback = '/'): string {
  if (!raw || !raw.startsWith('/') || raw.startsWith('//') || raw.startsWith('/\\')) return fallback;
  const pathname = raw.split(/[?#]/)[0] ?? '';
  if (AUTH_PAGES.includes(pathname)) return fallback;
  return raw;
}

/** Where a person lands after signing in when nothing asked to come back anywhere: their own work. */
export function landingPath(role: Role): string {
  switch (role) {
    case 'founder':
      return '/founder';
    case 'reviewer':
    case 'admin':
      return '/review';
    default:
      return '/';
  }
}

/** A link to the sign-in page that comes back to `returnTo` afterwards. */
export function signInPath(returnTo: string): string {
  const next = safeNextPath(returnTo, '');
  return next && next !== '/' ? `/sign-in?next=${encodeURIComponent(next)}` : '/sign-in';
}
