import { addMinor } from '@crowdstake/domain';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { GENESIS_HASH, lockChain } from '../audit/audit-chain';
import { ClockService } from '../clock/clock.service';
import { LEDGER_CHAIN_LOCK_CLASS, transactionHash, verifyLedgerChains } from './ledger-chain';
import type { LedgerChainVerification } from './ledger-chain';
import { mustNotGoNegative, PLATFORM_OWNER, type LedgerAccountRef, type LedgerTransactionKind } from './ledger-chart';
import { LedgerOverdrawnError, LedgerReferenceConflictError } from './ledger.errors';
import { sameEntries, validatePosting, type LedgerPosting, type ValidPosting } from './ledger-posting';
import { moneyTrailFrom, type CampaignMoneyTrail, type TrailRow } from './money-trail';

export interface PostedLedgerTransaction extends ValidPosting {
  id: number;
  occurredAt: Date;
  /** True when the reference had been posted before and this is that first transaction. */
  replayed: boolean;
}

/**
 * The double-entry ledger (docs/decisions/0007): every movement of money is a
 * transaction of entries summing to zero, posted in the caller's database
 * transaction so the business change and its money commit together.
 */
@Injectable()
export class LedgerService {
  constructor(
    private readonly clock: ClockService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async post(manager: EntityManager, posting: LedgerPosting): Promise<PostedLedgerTransaction> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error('ledger transactions are posted inside the transaction of the change');
    const valid = validatePosting(posting);
    const first = await this.findPosted(manager, valid.reference);
    if (first) return replayOf(first, valid);

    const accountIds = await this.ensureAccounts(manager, valid);
    // The campaign's chain lock also serializes every movement of the campaign's
    // accounts (they move only in its transactions), so balances read below stay true.
    const chainKey = valid.campaignId ?? PLATFORM_OWNER;
    await lockChain(manager, LEDGER_CHAIN_LOCK_CLASS, chainKey);
    await this.refuseOverdraft(manager, valid, accountIds);

    const [head] = (await manager.query(
      `SELECT hash, chain_seq FROM ledger_transactions WHERE chain_key = $1 ORDER BY chain_seq DESC LIMIT 1`,
      [chainKey],
    )) as { hash: string; chain_seq: number }[];
    const prevHash = head?.hash ?? GENESIS_HASH;
    const chainSeq = (head?.chain_seq ?? 0) + 1;
    const occurredAt = this.clock.now();
    const hash = transactionHash(prevHash, {
      ...valid,
      occurredAt,
      chainKey,
      chainSeq,
      entries: valid.entries.map((e) => ({
        accountKind: e.account.kind,
        ownerId: e.account.ownerId,
        amount: e.amount,
      })),
    });
    // A concurrent post of the same reference that committed while we waited wins; we return it.
    const [inserted] = (await manager.query(
      `INSERT INTO ledger_transactions (reference, kind, campaign_id, currency, occurred_at, chain_key, chain_seq, prev_hash, hash)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)
       ON CONFLICT (reference) DO NOTHING RETURNING id`,
      [valid.reference, valid.kind, valid.campaignId, valid.currency, occurredAt, chainKey, chainSeq, prevHash, hash],
    )) as { id: number }[];
    if (!inserted) {
      const winner = await this.findPosted(manager, valid.reference);
      if (!winner) throw new Error(`ledger reference ${valid.reference} conflicted but cannot be read`);
      return replayOf(winner, valid);
    }
    await manager.query(
      `INSERT INTO ledger_entries (transaction_id, account_id, currency, amount)
       SELECT $1, account_id, $2, amount FROM unnest($3::bigint[], $4::bigint[]) AS e (account_id, amount)`,
      [
        inserted.id,
        valid.currency,
        valid.entries.map((e) => accountIds.get(accountKey(e.account))),
        valid.entries.map((e) => String(e.amount)),
      ],
    );
    return { ...valid, id: inserted.id, occurredAt, replayed: false };
  }

  /** An account's balance: the sum of its entries (0 for an account never used). */
  async balance(account: LedgerAccountRef & { currency: string }, manager?: EntityManager): Promise<number> {
    const [row] = (await (manager ?? this.dataSource).query(
      `SELECT coalesce(sum(e.amount), 0)::bigint AS balance
         FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
        WHERE a.kind = $1 AND a.owner_id = $2 AND a.currency = $3`,
      [account.kind, account.ownerId, account.currency.toUpperCase()],
    )) as { balance: number }[];
    return row?.balance ?? 0;
  }

  /**
   * Where a campaign's money went: collected from backers = fees + released
   * + refunded + in escrow, at every moment (escrow moves only through these
   * kinds, see LEDGER_TRANSACTION_RULES). `currency` is null before any money moved.
   */
  async campaignMoneyTrail(campaignId: string, manager?: EntityManager): Promise<CampaignMoneyTrail> {
    const rows = (await (manager ?? this.dataSource).query(
      `SELECT t.id, t.kind, t.currency, t.occurred_at,
              coalesce(sum(e.amount) FILTER (WHERE a.kind = 'campaign_escrow'), 0)::bigint AS escrow_change,
              coalesce(sum(e.amount) FILTER (WHERE a.kind = 'repayments_payable'), 0)::bigint AS repayments_change
         FROM ledger_transactions t
         JOIN ledger_entries e ON e.transaction_id = t.id
         JOIN ledger_accounts a ON a.id = e.account_id
        WHERE t.campaign_id = $1
          AND t.kind IN ('pledge_collected', 'fee_charged', 'released_to_founder', 'transfer_reversed',
                         'refund_advanced', 'pledge_refunded', 'repayment_distributed')
        GROUP BY t.id
        ORDER BY t.occurred_at, t.id`,
      [campaignId.toLowerCase()],
    )) as TrailRow[];
    return moneyTrailFrom(rows);
  }

  /** What has reached the founder's payout account for a campaign (payout transfers), in minor units. */
  async campaignPaidOut(campaignId: string): Promise<number> {
    const [row] = (await this.dataSource.query(
      `SELECT coalesce(sum(e.amount), 0)::bigint AS paid_out
         FROM ledger_transactions t
         JOIN ledger_entries e ON e.transaction_id = t.id
         JOIN ledger_accounts a ON a.id = e.account_id
        WHERE t.campaign_id = $1 AND t.kind = 'payout_transferred' AND a.kind = 'founder_payout'`,
      [campaignId.toLowerCase()],
    )) as { paid_out: string | number }[];
    return Number(row?.paid_out ?? 0);
  }

  /** Recomputes every ledger hash chain; used by `pnpm cli ledger:verify`. */
  verifyChain(): Promise<LedgerChainVerification> {
    return verifyLedgerChains(this.dataSource);
  }

  /** Accounts are made on first use; ON CONFLICT waits for a concurrent maker and then finds its row. */
  private async ensureAccounts(manager: EntityManager, posting: ValidPosting): Promise<Map<string, number>> {
    // In one order for every writer, so two posts creating the same accounts never deadlock.
    const refs = [...new Map(posting.entries.map((e) => [accountKey(e.account), e.account])).entries()]
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([, ref]) => ref);
    const kinds = refs.map((r) => r.kind);
    const owners = refs.map((r) => r.ownerId);
    await manager.query(
      `INSERT INTO ledger_accounts (kind, owner_id, currency)
       SELECT kind, owner_id, $3 FROM unnest($1::text[], $2::text[]) AS a (kind, owner_id)
       ON CONFLICT (kind, owner_id, currency) DO NOTHING`,
      [kinds, owners, posting.currency],
    );
    const rows = (await manager.query(
      `SELECT a.id, a.kind, a.owner_id FROM ledger_accounts a
         JOIN unnest($1::text[], $2::text[]) AS r (kind, owner_id) ON r.kind = a.kind AND r.owner_id = a.owner_id
        WHERE a.currency = $3`,
      [kinds, owners, posting.currency],
    )) as { id: number; kind: LedgerAccountRef['kind']; owner_id: string }[];
    return new Map(rows.map((r) => [accountKey({ kind: r.kind, ownerId: r.owner_id }), r.id]));
  }

  private async refuseOverdraft(manager: EntityManager, posting: ValidPosting, accountIds: Map<string, number>) {
    const changes = new Map<string, number>();
    for (const { account, amount } of posting.entries) {
      if (mustNotGoNegative(account.kind))
        changes.set(accountKey(account), addMinor(changes.get(accountKey(account)) ?? 0, amount));
    }
    for (const [key, change] of changes) {
      if (change >= 0) continue;
      const [row] = (await manager.query(
        `SELECT coalesce(sum(amount), 0)::bigint AS balance FROM ledger_entries WHERE account_id = $1`,
        [accountIds.get(key)],
      )) as { balance: number }[];
      const balance = row?.balance ?? 0;
      if (balance + change < 0) throw new LedgerOverdrawnError(key, balance, change);
    }
  }

  private async findPosted(manager: EntityManager, reference: string) {
    const rows = (await manager.query(
      `SELECT t.id, t.kind, t.campaign_id, t.currency, t.occurred_at, a.kind AS account_kind, a.owner_id, e.amount
         FROM ledger_transactions t
         JOIN ledger_entries e ON e.transaction_id = t.id
         JOIN ledger_accounts a ON a.id = e.account_id
        WHERE t.reference = $1
        ORDER BY e.id`,
      [reference],
    )) as PostedRow[];
    const [head] = rows;
    if (!head) return null;
    return {
      id: head.id,
      reference,
      kind: head.kind,
      campaignId: head.campaign_id,
      currency: head.currency,
      occurredAt: head.occurred_at,
      entries: rows.map((r) => ({ account: { kind: r.account_kind, ownerId: r.owner_id }, amount: r.amount })),
    } as Omit<PostedLedgerTransaction, 'replayed'>;
  }
}

interface PostedRow {
  id: number;
  kind: LedgerTransactionKind;
  campaign_id: string | null;
  currency: ValidPosting['currency'];
  occurred_at: Date;
  account_kind: LedgerAccountRef['kind'];
  owner_id: string;
  amount: number;
}

function accountKey(account: LedgerAccountRef): string {
  return `${account.kind}:${account.ownerId}`;
}

/** The first posting of a reference, refused if the repeat describes a different movement. */
function replayOf(first: Omit<PostedLedgerTransaction, 'replayed'>, repeat: ValidPosting): PostedLedgerTransaction {
  const same =
    first.kind === repeat.kind &&
    first.currency === repeat.currency &&
    first.campaignId === repeat.campaignId &&
    sameEntries(first.entries, repeat.entries);
  if (!same) throw new LedgerReferenceConflictError(repeat.reference);
  return { ...first, replayed: true };
}
