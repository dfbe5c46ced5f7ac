import type { MilestoneStatus } from '@crowdstake/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity({ name: 'campaign_milestones' })
export class CampaignMilestone {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  campaignId: string;

  @Column({ type: 'integer' })
  position: number;

  @Column({ type: 'text' })
  title: string;

  @Column({ type: 'text' })
  description: string;

  @Column({ type: 'integer' })
  shareBps: number;

  /** 'YYYY-MM-DD' */
  @Column({ type: 'date' })
  dueOn: string;

  @Column({ type: 'text', default: 'pending' })
  status: MilestoneStatus;
}
