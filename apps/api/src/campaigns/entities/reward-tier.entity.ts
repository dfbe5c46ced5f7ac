import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A reward tier; `sold` moves by a conditional UPDATE that can never pass `quantity` (a CHECK backs it). */
@Entity({ name: 'reward_tiers' })
export class RewardTier {
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

  @Column({ type: 'bigint' })
  priceMinor: number;

  @Column({ type: 'integer', nullable: true })
  quantity: number | null;

  @Column({ type: 'integer', default: 0 })
  sold: number;

  /** 'YYYY-MM' */
  @Column({ type: 'char', length: 7 })
  estimatedDelivery: string;
}
