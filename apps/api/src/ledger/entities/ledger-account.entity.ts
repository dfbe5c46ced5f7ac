import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { LedgerAccountKind } from '../ledger-chart';

/** One account of the chart: (kind, owner, currency) names it; created on first use, never changed. */
@Entity({ name: 'ledger_accounts' })
export class LedgerAccount {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: number;

  @Column({ type: 'text' })
  kind: LedgerAccountKind;

  /** A user, campaign or company id, or 'platform' (see LEDGER_ACCOUNT_KINDS). */
  @Column({ type: 'text' })
  ownerId: string;

  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;
}
