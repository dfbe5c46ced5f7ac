import { addMinor } from '@crowdstake/domain';
import type { LedgerTransactionKind } from './ledger-chart';

/** `GET /api/campaigns/:id/money-trail`: money actually taken from backers and where it went. */
export interface CampaignMoneyTrail {
  currency: string | null;
  collected: number;
  fees: number;
  released: number;
  refunded: number;
  repaid: number;
  inEscrow: number;
  entries: { kind: LedgerTransactionKind; amount: number; at: string; transactionId: string }[];
}

/** One ledger transaction of the campaign with the net movement of its escrow and of its repayments. */
export interface TrailRow {
  id: number;
  kind: LedgerTransactionKind;
  currency: string;
  occurred_at: Date;
  escrow_change: number;
  repayments_change: number;
}

/**
 * Folds the campaign's transactions into the trail. `inEscrow` is the sum of
 * the escrow's own entries, not a difference of the other figures, so the
 * identity collected = fees + released + refunded + inEscrow is a check, not
 * an assumption. A reversed transfer comes back into escrow and out of released;
 * so does a refund the platform advanced because the founder's account could not cover it.
 */
export function moneyTrailFrom(rows: readonly TrailRow[]): CampaignMoneyTrail {
  const trail: CampaignMoneyTrail = {
    currency: null,
    collected: 0,
    fees: 0,
    released: 0,
    refunded: 0,
    repaid: 0,
    inEscrow: 0,
    entries: [],
  };
  for (const row of rows) {
    if (trail.currency !== null && trail.currency !== row.currency)
      throw new Error(`campaign money trail mixes ${trail.currency} and ${row.currency}`);
    trail.currency = row.currency;
    const escrowOut = -row.escrow_change;
    let amount: number;
    switch (row.kind) {
      case 'pledge_collected':
        trail.collected = addMinor(trail.collected, row.escrow_change);
        amount = row.escrow_change;
        break;
      case 'fee_charged':
        trail.fees = addMinor(trail.fees, escrowOut);
        amount = escrowOut;
        break;
      case 'released_to_founder':
        trail.released = addMinor(trail.released, escrowOut);
        amount = escrowOut;
        break;
      // A refund advanced by the platform is owed by the founder: no longer counted as released to them.
      case 'transfer_reversed':
      case 'refund_advanced':
        trail.released = addMinor(trail.released, escrowOut);
        amount = row.escrow_change;
        break;
      case 'pledge_refunded':
        trail.refunded = addMinor(trail.refunded, escrowOut);
        amount = escrowOut;
        break;
      case 'repayment_distributed':
        trail.repaid = addMinor(trail.repaid, -row.repayments_change);
        amount = -row.repayments_change;
        break;
      default:
        continue;
    }
    trail.inEscrow = addMinor(trail.inEscrow, row.escrow_change);
    trail.entries.push({ kind: row.kind, amount, at: row.occurred_at.toISOString(), transactionId: String(row.id) });
  }
  return trail;
}
