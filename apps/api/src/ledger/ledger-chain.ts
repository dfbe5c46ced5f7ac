import type { DataSource } from 'typeorm';
import { chainHash, GENESIS_HASH } from '../audit/audit-chain';
import type { LedgerAccountKind, LedgerTransactionKind } from './ledger-chart';

/**
 * Ledger transactions are hash-chained per campaign (chain key = the campaign
 * id; 'platform' for the few without one), like the audit log per subject
 * (docs/decisions/0008): a campaign's postings take turns on its own chain
 * and never wait for another campaign's.
 */
export const LEDGER_CHAIN_LOCK_CLASS = 7_202_614;

export interface ChainedTransactionContent {
  reference: string;
  kind: LedgerTransactionKind;
  campaignId: string | null;
  currency: string;
  occurredAt: Date;
  chainKey: string;
  chainSeq: number;
  entries: { accountKind: LedgerAccountKind; ownerId: string; amount: number }[];
}

/** What a transaction's hash covers; entries sorted, so their insertion order does not matter. */
export function transactionContent(t: ChainedTransactionContent) {
  const entries = t.entries
    .map((e) => [e.accountKind, e.ownerId, String(e.amount)])
    .sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : a.join('\u0000') > b.join('\u0000') ? 1 : 0));
  return {
    reference: t.reference,
    kind: t.kind,
    campaignId: t.campaignId,
    currency: t.currency,
    occurredAt: t.occurredAt,
    chainKey: t.chainKey,
    chainSeq: t.chainSeq,
    entries,
  };
}

export function transactionHash(prevHash: string, t: ChainedTransactionContent): string {
  return chainHash(prevHash, transactionContent(t));
}

export interface LedgerChainVerification {
  transactions: number;
  firstBrokenId: number | null;
}

interface TransactionRow {
  id: number;
  reference: string;
  kind: LedgerTransactionKind;
  campaign_id: string | null;
  currency: string;
  occurred_at: Date;
  chain_key: string;
  chain_seq: number;
  prev_hash: string;
  hash: string;
  predecessor_hash: string | null;
}

interface EntryRow {
  transaction_id: number;
  account_kind: LedgerAccountKind;
  owner_id: string;
  currency: string;
  amount: number;
}

/**
 * Recomputes every chain, in id order, each transaction joined with its
 * predecessor in its chain (flat memory however many campaigns). Broken: the
 * content (with its entries) does not hash to `hash`, `prev_hash` is not the
 * predecessor's hash (missing: deleted), or the entries do not balance.
 */
export async function verifyLedgerChains(dataSource: DataSource, batchSize = 500): Promise<LedgerChainVerification> {
  let lastId = 0;
  let transactions = 0;
  for (;;) {
    const batch = (await dataSource.query(
      `SELECT t.id, t.reference, t.kind, t.campaign_id, t.currency, t.occurred_at, t.chain_key, t.chain_seq,
              t.prev_hash, t.hash, p.hash AS predecessor_hash
         FROM ledger_transactions t
         LEFT JOIN ledger_transactions p ON p.chain_key = t.chain_key AND p.chain_seq = t.chain_seq - 1
        WHERE t.id > $1
        ORDER BY t.id
        LIMIT $2`,
      [lastId, batchSize],
    )) as TransactionRow[];
    if (batch.length === 0) return { transactions, firstBrokenId: null };
    const entryRows = (await dataSource.query(
      `SELECT e.transaction_id, a.kind AS account_kind, a.owner_id, e.currency, e.amount
         FROM ledger_entries e JOIN ledger_accounts a ON a.id = e.account_id
        WHERE e.transaction_id = ANY($1::bigint[])`,
      [batch.map((t) => t.id)],
    )) as EntryRow[];
    const entriesByTransaction = new Map<number, EntryRow[]>();
    for (const entry of entryRows) {
      const list = entriesByTransaction.get(entry.transaction_id) ?? [];
      list.push(entry);
      entriesByTransaction.set(entry.transaction_id, list);
    }
    for (const row of batch) {
      const entries = entriesByTransaction.get(row.id) ?? [];
      const expectedPrev = row.chain_seq === 1 ? GENESIS_HASH : row.predecessor_hash;
      const balanced = entries.length >= 2 && entries.reduce((sum, e) => sum + BigInt(e.amount), 0n) === 0n;
      const content: ChainedTransactionContent = {
        reference: row.reference,
        kind: row.kind,
        campaignId: row.campaign_id,
        currency: row.currency,
        occurredAt: row.occurred_at,
        chainKey: row.chain_key,
        chainSeq: row.chain_seq,
        entries: entries.map((e) => ({ accountKind: e.account_kind, ownerId: e.owner_id, amount: e.amount })),
      };
      if (
        !balanced ||
        entries.some((e) => e.currency !== row.currency) ||
        row.prev_hash !== expectedPrev ||
        row.hash !== transactionHash(row.prev_hash, content)
      ) {
        return { transactions, firstBrokenId: row.id };
      }
      lastId = row.id;
      transactions += 1;
    }
  }
}
