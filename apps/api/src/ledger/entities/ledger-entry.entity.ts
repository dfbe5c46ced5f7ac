import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One signed movement of one account: positive puts money in, negative takes it out. Never changed. */
@Entity({ name: 'ledger_entries' })
export class LedgerEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: number;

  @Column({ type: 'bigint' })
  transactionId: number;

  @Column({ type: 'bigint' })
  accountId: number;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** Minor units; bigint in the database, a safe integer here (see database/pg-types.ts). */
  @Column({ type: 'bigint' })
  amount: number;
}
