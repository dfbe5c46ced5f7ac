/**
 * The chart of accounts and the rules of every kind of ledger transaction
 * (docs/decisions/0007). Amounts are signed minor units: a positive amount
 * puts money into an account, a negative one takes it out, and every
 * transaction sums to zero.
 *
 * Internal accounts are money in Stripe's hands on the platform's balance,
 * each holding it for someone; their sum per currency is what Stripe should
 * hold. External accounts stand for the outside parties money comes from and
 * goes to; their balances are the mirror of the flows (a backer who paid 100
 * has backer_funding −100).
 */
export const LEDGER_ACCOUNT_KINDS = {
  /** A backer's side (external): pledges collected from them, refunds and repayments paid to them. */
  backer_funding: { owner: 'user', internal: false },
  /** Backers' money held for a campaign until it is released, refunded or charged the platform fee. */
  campaign_escrow: { owner: 'campaign', internal: true },
  /** Refunds decided and asked of Stripe, not yet confirmed. */
  refunds_payable: { owner: 'campaign', internal: true },
  /** Released to the founder, the transfer to their connected account not yet confirmed. */
  founder_payable: { owner: 'campaign', internal: true },
  /** The founder's connected Stripe account (external): payouts go there, reversals come back. */
  founder_payout: { owner: 'company', internal: false },
  /**
   * What the founder owes the platform (external: a claim, not money at Stripe): a backer refunded
   * after the release whose amount the founder's connected account could not give back.
   */
  founder_receivable: { owner: 'company', internal: false },
  /** The founder's own payment method (external): bond instalments come from it. */
  founder_funding: { owner: 'company', internal: false },
  /** Instalments paid by the founder, held until distributed to the bond's holders. */
  repayments_payable: { owner: 'campaign', internal: true },
  /** The platform's own money at Stripe: fees earned, less Stripe's processing fees it bears. */
  platform_fees: { owner: 'platform', internal: true },
  /** Stripe's processing fees (external: an expense the platform bears, never the backer or founder). */
  processing_fees: { owner: 'platform', internal: false },
  /** The platform's own bank (external): top-ups of its Stripe balance. */
  platform_funding: { owner: 'platform', internal: false },
} as const;

export type LedgerAccountKind = keyof typeof LEDGER_ACCOUNT_KINDS;

/** The owner id of the platform's own accounts. */
export const PLATFORM_OWNER = 'platform';

/** Money held for a campaign may never go below zero: the check runs on the campaign's chain lock. */
export function mustNotGoNegative(kind: LedgerAccountKind): boolean {
  return LEDGER_ACCOUNT_KINDS[kind].owner === 'campaign';
}

type Direction = 'in' | 'out';

/**
 * Which accounts each kind of transaction may move, and which way. Escrow
 * moves only through the kinds the money trail folds, so a campaign's money trail
 * (collected = fees + released + refunded + in escrow) holds by construction.
 */
export const LEDGER_TRANSACTION_RULES = {
  pledge_collected: { backer_funding: 'out', campaign_escrow: 'in' },
  fee_charged: { campaign_escrow: 'out', platform_fees: 'in' },
  released_to_founder: { campaign_escrow: 'out', founder_payable: 'in' },
  transfer_reversed: { founder_payout: 'out', campaign_escrow: 'in' },
  // A refund after the release that the founder's account could not cover: the platform fronts it
  // from its own money into escrow, and what the founder kept becomes what the founder owes.
  refund_advanced: { platform_fees: 'out', campaign_escrow: 'in', founder_payout: 'out', founder_receivable: 'in' },
  pledge_refunded: { campaign_escrow: 'out', refunds_payable: 'in', backer_funding: 'in' },
  refund_paid: { refunds_payable: 'out', backer_funding: 'in' },
  payout_transferred: { founder_payable: 'out', founder_payout: 'in' },
  processing_fee: { platform_fees: 'out', processing_fees: 'in' },
  repayment_collected: { founder_funding: 'out', repayments_payable: 'in' },
  repayment_distributed: { repayments_payable: 'out', backer_funding: 'in' },
  platform_topped_up: { platform_funding: 'out', platform_fees: 'in' },
} as const satisfies Record<string, Partial<Record<LedgerAccountKind, Direction>>>;

export type LedgerTransactionKind = keyof typeof LEDGER_TRANSACTION_RULES;

export function isLedgerTransactionKind(value: string): value is LedgerTransactionKind {
  return Object.prototype.hasOwnProperty.call(LEDGER_TRANSACTION_RULES, value);
}

export function isLedgerAccountKind(value: string): value is LedgerAccountKind {
  return Object.prototype.hasOwnProperty.call(LEDGER_ACCOUNT_KINDS, value);
}

/** The direction a transaction kind may move an account kind, or undefined if it may not touch it. */
export function allowedDirection(kind: LedgerTransactionKind, account: LedgerAccountKind): Direction | undefined {
  return (LEDGER_TRANSACTION_RULES[kind] as Partial<Record<LedgerAccountKind, Direction>>)[account];
}

export interface LedgerAccountRef {
  kind: LedgerAccountKind;
  ownerId: string;
}

/** Account references by the business's names, so callers never spell an owner convention. */
export const ledgerAccount = {
  backerFunding: (backerId: string): LedgerAccountRef => ({ kind: 'backer_funding', ownerId: backerId }),
  escrow: (campaignId: string): LedgerAccountRef => ({ kind: 'campaign_escrow', ownerId: campaignId }),
  refundsPayable: (campaignId: string): LedgerAccountRef => ({ kind: 'refunds_payable', ownerId: campaignId }),
  founderPayable: (campaignId: string): LedgerAccountRef => ({ kind: 'founder_payable', ownerId: campaignId }),
  founderPayout: (companyId: string): LedgerAccountRef => ({ kind: 'founder_payout', ownerId: companyId }),
  founderFunding: (companyId: string): LedgerAccountRef => ({ kind: 'founder_funding', ownerId: companyId }),
  founderReceivable: (companyId: string): LedgerAccountRef => ({ kind: 'founder_receivable', ownerId: companyId }),
  repaymentsPayable: (campaignId: string): LedgerAccountRef => ({ kind: 'repayments_payable', ownerId: campaignId }),
  platformFees: (): LedgerAccountRef => ({ kind: 'platform_fees', ownerId: PLATFORM_OWNER }),
  processingFees: (): LedgerAccountRef => ({ kind: 'processing_fees', ownerId: PLATFORM_OWNER }),
  platformFunding: (): LedgerAccountRef => ({ kind: 'platform_funding', ownerId: PLATFORM_OWNER }),
};
