import type { CurrencyCode, FounderIdentity, Industry, TeamMember } from '@crowdstake/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

@Entity({ name: 'companies' })
export class Company {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  ownerId: string;

  @Column({ type: 'text' })
  legalName: string;

  @Column({ type: 'text' })
  registrationNumber: string;

  @Column({ type: 'text' })
  registrationKey: string;

  @Column({ type: 'text' })
  jurisdiction: string;

  /** 'YYYY-MM-DD' (the pg type parser keeps dates as text). */
  @Column({ type: 'date' })
  foundedOn: string;

  @Column({ type: 'text' })
  industry: Industry;

  @Column({ type: 'text', nullable: true })
  website: string | null;

  @Column({ type: 'integer' })
  employees: number;

  @Column({ type: 'bigint' })
  annualRevenue: number;

  @Column({ type: 'bigint' })
  totalDebt: number;

  @Column({ type: 'char', length: 3 })
  currency: CurrencyCode;

  /** Personal data: shown to the owner and staff only, never logged. */
  @Column({ type: 'jsonb', nullable: true })
  founderIdentity: FounderIdentity | null;

  /** The people behind the company, public on its campaign pages. */
  @Column({ type: 'jsonb', default: () => "'[]'::jsonb" })
  team: TeamMember[];

  @Column({ type: 'text', nullable: true })
  identityKey: string | null;

  /** The company's Stripe Connect account: where a succeeded campaign's money is transferred. */
  @Column({ type: 'text', nullable: true })
  payoutAccountId: string | null;

  /** Stripe says the account can receive payouts; an approved campaign goes live only then. */
  @Column({ type: 'boolean', default: false })
  payoutReady: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}

@Entity({ name: 'company_members' })
export class CompanyMember {
  @Column({ type: 'uuid', primary: true })
  companyId: string;

  @Column({ type: 'uuid', primary: true })
  userId: string;

  @Column({ type: 'text' })
  role: 'owner' | 'member';

  @Column({ type: 'timestamptz', default: () => 'now()' })
  addedAt: Date;

  /** When the member left or was removed; the row stays as history (conflict of interest). */
  @Column({ type: 'timestamptz', nullable: true })
  leftAt: Date | null;
}
