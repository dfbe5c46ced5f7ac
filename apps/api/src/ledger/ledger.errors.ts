/**
 * Ledger errors are the platform's own mistakes, never a person's: the
 * services that move money decide what is allowed (and answer 4xx) before
 * they post. So these are not AppErrors with an HTTP code: reaching one is a
 * bug, a 500 with the details in the log, and the caller's whole database
 * transaction rolls back.
 */
export class LedgerError extends Error {
  override name = 'LedgerError';
}

/** The posting breaks a rule of the chart: wrong accounts for its kind, a wrong sign, a bad amount, no balance. */
export class InvalidLedgerPostingError extends LedgerError {
  override name = 'InvalidLedgerPostingError';
}

/** The same reference was posted before with different content: two events were given one name. */
export class LedgerReferenceConflictError extends LedgerError {
  override name = 'LedgerReferenceConflictError';
  constructor(readonly reference: string) {
    super(`ledger reference ${reference} was already posted with different content`);
  }
}

/** Money held for a campaign would go below zero (more refunded or released than it holds). */
export class LedgerOverdrawnError extends LedgerError {
  override name = 'LedgerOverdrawnError';
  constructor(
    readonly account: string,
    readonly balance: number,
    readonly change: number,
  ) {
    super(`ledger account ${account} holds ${balance}; taking ${-change} would overdraw it`);
  }
}
