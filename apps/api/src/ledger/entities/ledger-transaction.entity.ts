import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LedgerTransactionKind } from '../ledger-chart';

/**
 * A group of entries that sums to zero, posted once per business event (its
 * reference) and hash-chained with the other transactions of its campaign.
 */
@Entity({ name: 'ledger_transactions' })
export class LedgerTransaction {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: number;

  /** The business event, e.g. `pledge:<id>:collected`: posting it again returns this transaction. */
  @Column({ type: 'text' })
  reference: string;

  @Column({ type: 'text' })
  kind: LedgerTransactionKind;

  @Column({ type: 'uuid', nullable: true })
  campaignId: string | null;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** The platform clock's time of the event. */
  @Column({ type: 'timestamptz' })
  occurredAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  recordedAt: Date;

  /** The hash chain this transaction belongs to: its campaign's, or the platform's. */
  @Column({ type: 'text' })
  chainKey: string;

  @Column({ type: 'integer' })
  chainSeq: number;

  @Column({ type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;
}
