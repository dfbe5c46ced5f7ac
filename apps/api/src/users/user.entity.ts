import type { Role } from '@crowdstake/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type UserStatus = 'active' | 'suspended';

@Entity({ name: 'users' })
export class User {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Always stored lower-case (a CHECK constraint holds it). */
  @Column({ type: 'text' })
  email: string;

  @Column({ type: 'text' })
  name: string;

  @Column({ type: 'text' })
  role: Role;

  /** Roles added to the account after it was made (a backer who also founds); see `roles`. */
  @Column({ type: 'text', array: true, default: () => "'{}'" })
  extraRoles: Role[];

  @Column({ type: 'text', select: false })
  passwordHash: string;

  @Column({ type: 'text', default: 'active' })
  status: UserStatus;

  /** When the user accepted the terms of use and the risk statement at sign-up; null if they were not asked. */
  @Column({ type: 'timestamptz', nullable: true })
  termsAcceptedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt: Date;
}
