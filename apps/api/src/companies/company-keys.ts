import { createHash } from 'node:crypto';
import type { FounderIdentity } from '@crowdstake/domain';

/** "HRB 12-345 b" and "hrb12345B" are the same registration: compare letters and digits only. */
export function registrationKey(registrationNumber: string): string {
  return registrationNumber.toUpperCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/**
 * The same person on two accounts has the same key. A hash, so the lookup
 * index holds no identity document numbers in the clear.
 */
export function identityKey(identity: FounderIdentity | null | undefined): string | null {
  if (!identity) return null;
  const normalized = [
    identity.fullName.toLowerCase().replace(/\s+/g, ' ').trim(),
    identity.dateOfBirth,
    identity.nationality.toUpperCase(),
    identity.idDocumentNumber.toUpperCase().replace(/[^\p{L}\p{N}]/gu, ''),
  ].join('|');
  return createHash('sha256').update(normalized).digest('hex');
}
