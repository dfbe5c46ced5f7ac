import type { CampaignStatus, CampaignType, CurrencyCode, RiskGrade, StoredRiskAssessment } from '@crowdstake/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/** Terms as stored: the type's terms, except reward tiers, which are rows of reward_tiers. */
export type StoredTerms = Record<string, unknown>;

@Entity({ name: 'campaigns' })
export class Campaign {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  companyId: string;

  @Column({ type: 'uuid' })
  ownerId: string;

  @Column({ type: 'text' })
  type: CampaignType;

  @Column({ type: 'text', default: 'draft' })
  status: CampaignStatus;

  /** Goes up with every edit, so a review and a risk assessment name exactly what they judged. */
  @Column({ type: 'integer', default: 1 })
  version: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  summary: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'text', nullable: true })
  risks: string | null;

  @Column({ type: 'text', nullable: true })
  useOfFunds: string | null;

  @Column({ type: 'char', length: 3 })
  currency: CurrencyCode;

  @Column({ type: 'bigint' })
  goalMinor: number;

  @Column({ type: 'bigint', nullable: true })
  maxAmountMinor: number | null;

  @Column({ type: 'timestamptz' })
  startsAt: Date;

  @Column({ type: 'timestamptz' })
  endsAt: Date;

  @Column({ type: 'jsonb' })
  terms: StoredTerms;

  @Column({ type: 'integer', nullable: true })
  annualRateBps: number | null;

  /** Held and settled pledges; moved only by the pledge and settlement code, in the same transaction as the ledger. */
  @Column({ type: 'bigint', default: 0 })
  raisedMinor: number;

  @Column({ type: 'integer', default: 0 })
  backersCount: number;

  /** raised ÷ goal, computed by PostgreSQL (a stored generated column); for sorting only. */
  @Column({ type: 'numeric', insert: false, update: false, select: false })
  fundedRatio: string;

  /** The latest risk assessment (history in risk_assessments). */
  @Column({ type: 'jsonb', nullable: true })
  risk: StoredRiskAssessment | null;

  @Column({ type: 'integer', nullable: true })
  riskScore: number | null;

  @Column({ type: 'char', length: 1, nullable: true })
  riskGrade: RiskGrade | null;

  @Column({ type: 'uuid', nullable: true })
  coverImageId: string | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  approvedAt: Date | null;

  @Column({ type: 'timestamptz', nullable: true })
  liveAt: Date | null;

  /** When it succeeded, failed or was cancelled. */
  @Column({ type: 'timestamptz', nullable: true })
  closedAt: Date | null;
}
