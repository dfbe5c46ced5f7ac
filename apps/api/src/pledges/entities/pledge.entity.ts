import type { CurrencyCode, HoldingMethod, PledgeStatus } from '@crowdstake/domain';
import { Column, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A backer's pledge. Its status moves only through the domain's transition
 * table, by conditional updates; the money behind it is recorded in the ledger.
 */
@Entity({ name: 'pledges' })
export class Pledge {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  campaignId: string;

  @Column({ type: 'uuid' })
  backerId: string;

  @Column({ type: 'text' })
  status: PledgeStatus;

  @Column({ type: 'text' })
  holding: HoldingMethod;

  @Column({ type: 'bigint' })
  amountMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: CurrencyCode;

  @Column({ type: 'uuid', nullable: true })
  tierId: string | null;

  @Column({ type: 'bigint', nullable: true })
  units: number | null;

  @Column({ type: 'bigint', nullable: true })
  shares: number | null;

  @Column({ type: 'text' })
  paymentMethodId: string;

  @Column({ type: 'text', nullable: true })
  savedPaymentMethodId: string | null;

  @Column({ type: 'text' })
  idempotencyKey: string;

  /** SHA-256 of the request body: the same key with another body is refused. */
  @Column({ type: 'text' })
  requestHash: string;

  @Column({ type: 'text', nullable: true })
  failureCode: string | null;

  @Column({ type: 'timestamptz' })
  cancellableUntil: Date;

  /** Business time (the platform clock), like every date a backer reads. */
  @Column({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
