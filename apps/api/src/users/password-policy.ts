import { dictionary } from '@zxcvbn-ts/language-common';

let commonPasswords: Set<string> | undefined;

/** ~49,000 passwords seen most often in breaches (zxcvbn's list), loaded on first use. */
function commonPasswordSet(): Set<string> {
  commonPasswords ??= new Set((dictionary['passwords-common'] as string[]).map((password) => password.toLowerCase()));
  return commonPasswords;
}

/**
 * Why a password is refused beyond the length rule of the shared schema, or
 * null when it is acceptable. Checked on the server only: the list is too big
 * to ship to browsers.
 */
export function passwordWeakness(password: string, context: { email: string; name: string }): string | null {
  const lowered = password.toLowerCase();
  if (commonPasswordSet().has(lowered)) return 'This password is too common; choose one that is harder to guess.';
  if (/^(.)\1+$/.test(password)) return 'A password of one repeated character is too easy to guess.';
  const localPart = context.email.split('@')[0] ?? '';
  if (lowered === context.email.toLowerCase() || (localPart.length >= 4 && lowered === localPart.toLowerCase())) {
    return 'Your password must not be your email address.';
  }
  if (context.name.trim().length >= 4 && lowered.replace(/\s/g, '') === context.name.toLowerCase().replace(/\s/g, '')) {
    return 'Your password must not be your name.';
  }
  return null;
}
