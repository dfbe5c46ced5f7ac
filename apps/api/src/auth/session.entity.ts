import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/**
 * A signed-in session. The token itself is never stored, only its SHA-256,
 * so a copy of the database cannot be used to sign in.
 */
@Entity({ name: 'sessions' })
export class Session {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  userId: string;

  @Column({ type: 'text' })
  tokenHash: string;

  @Column({ type: 'text' })
  csrfToken: string;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  createdAt: Date;

  @Column({ type: 'timestamptz', default: () => 'now()' })
  lastUsedAt: Date;

  @Column({ type: 'timestamptz' })
  expiresAt: Date;

  @Column({ type: 'timestamptz', nullable: true })
  revokedAt: Date | null;
}
