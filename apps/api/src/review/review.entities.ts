import type {
  CampaignStatus,
  ReviewChecklist,
  ReviewDecision,
  RiskFactor,
  RiskGrade,
  RiskInput,
} from '@crowdstake/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** Every assessment ever made, with the figures it judged; the campaign row carries the latest. */
@Entity({ name: 'risk_assessments' })
export class RiskAssessmentRecord {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  campaignId: string;

  @Column({ type: 'integer' })
  campaignVersion: number;

  @Column({ type: 'integer' })
  score: number;

  @Column({ type: 'char', length: 1 })
  grade: RiskGrade;

  @Column({ type: 'jsonb' })
  factors: RiskFactor[];

  @Column({ type: 'jsonb' })
  input: RiskInput;

  @Column({ type: 'timestamptz' })
  assessedAt: Date;
}

@Entity({ name: 'reviews' })
export class Review {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  campaignId: string;

  @Column({ type: 'uuid' })
  reviewerId: string;

  @Column({ type: 'text' })
  decision: ReviewDecision;

  @Column({ type: 'text' })
  reasons: string;

  @Column({ type: 'jsonb' })
  checklist: ReviewChecklist;

  @Column({ type: 'integer' })
  campaignVersion: number;

  @Column({ type: 'text' })
  fromStatus: CampaignStatus;

  @Column({ type: 'text' })
  toStatus: CampaignStatus;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;
}
