import { isCurrencyCode, type CurrencyCode } from '@crowdstake/domain';
import {
  allowedDirection,
  isLedgerAccountKind,
  isLedgerTransactionKind,
  LEDGER_ACCOUNT_KINDS,
  type LedgerAccountRef,
  type LedgerTransactionKind,
} from './ledger-chart';
import { InvalidLedgerPostingError } from './ledger.errors';

export interface LedgerPosting {
  /** Names the business event once, e.g. `pledge:<id>:collected`; posting it again returns the first. */
  reference: string;
  kind: LedgerTransactionKind;
  /** The campaign whose money trail this belongs to; required when a campaign's account moves. */
  campaignId?: string | null;
  currency: CurrencyCode | string;
  /** Signed minor units: positive into the account, negative out of it; they must sum to zero. */
  entries: { account: LedgerAccountRef; amount: number }[];
}

export interface ValidPosting {
  reference: string;
  kind: LedgerTransactionKind;
  campaignId: string | null;
  currency: CurrencyCode;
  entries: { account: LedgerAccountRef; amount: number }[];
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/**
 * Checks a posting against the chart before it reaches the database (which
 * checks the balance again at commit): known kinds, whole non-zero amounts,
 * each account moved only the way its transaction kind allows, a campaign's
 * accounts only in that campaign's transactions, and a zero sum.
 */
export function validatePosting(posting: LedgerPosting): ValidPosting {
  function refuse(why: string): never {
    throw new InvalidLedgerPostingError(`ledger posting ${JSON.stringify(posting.reference)} refused: ${why}`);
  }
  if (typeof posting.reference !== 'string' || posting.reference.trim() === '' || posting.reference.length > 200)
    refuse('the reference must be 1–200 characters');
  if (!isLedgerTransactionKind(posting.kind)) refuse(`unknown transaction kind ${String(posting.kind)}`);
  const currency = String(posting.currency).toUpperCase();
  if (!isCurrencyCode(currency)) refuse(`unsupported currency ${String(posting.currency)}`);
  const campaignId = posting.campaignId ? posting.campaignId.toLowerCase() : null;
  if (campaignId !== null && !UUID.test(campaignId)) refuse('the campaign id must be a uuid');
  if (!Array.isArray(posting.entries) || posting.entries.length < 2) refuse('a transaction needs at least two entries');

  let sum = 0n;
  const entries = posting.entries.map(({ account, amount }) => {
    if (!Number.isSafeInteger(amount) || amount === 0)
      refuse(`amounts are non-zero whole minor units, got ${String(amount)}`);
    if (!isLedgerAccountKind(account.kind)) refuse(`unknown account kind ${String(account.kind)}`);
    if (typeof account.ownerId !== 'string' || account.ownerId === '') refuse(`${account.kind} needs an owner id`);
    const direction = allowedDirection(posting.kind, account.kind);
    if (direction === undefined) refuse(`${posting.kind} may not move ${account.kind}`);
    if ((direction === 'in') !== amount > 0)
      refuse(`${posting.kind} may only move money ${direction} of ${account.kind}`);
    let ownerId = account.ownerId;
    if (LEDGER_ACCOUNT_KINDS[account.kind].owner === 'campaign') {
      ownerId = ownerId.toLowerCase();
      if (ownerId !== campaignId) refuse(`${account.kind} of campaign ${ownerId} moves only in that campaign's trail`);
    }
    sum += BigInt(amount);
    return { account: { kind: account.kind, ownerId }, amount };
  });
  if (sum !== 0n) refuse(`entries sum to ${sum}, not zero`);
  return { reference: posting.reference, kind: posting.kind, campaignId, currency: currency as CurrencyCode, entries };
}

/** Two postings are the same event if they move the same accounts by the same amounts. */
export function sameEntries(a: ValidPosting['entries'], b: ValidPosting['entries']): boolean {
  const key = (entries: ValidPosting['entries']) =>
    entries
      .map((e) => `${e.account.kind}\u0000${e.account.ownerId}\u0000${e.amount}`)
      .sort()
      .join('\n');
  return key(a) === key(b);
}
