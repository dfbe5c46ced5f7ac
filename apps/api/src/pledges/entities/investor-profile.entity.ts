import type { CurrencyCode } from '@crowdstake/domain';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** What a backer declared about their means; the investment limit is computed from it. */
@Entity({ name: 'investor_profiles' })
export class InvestorProfile {
  @PrimaryColumn({ type: 'uuid' })
  userId: string;

  @Column({ type: 'bigint' })
  annualIncomeMinor: number;

  @Column({ type: 'bigint' })
  netWorthMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: CurrencyCode;

  @Column({ type: 'boolean' })
  accredited: boolean;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
