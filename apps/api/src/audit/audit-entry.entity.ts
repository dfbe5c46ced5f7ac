import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** One line of the append-only audit log; a database trigger refuses updates and deletes. */
@Entity({ name: 'audit_log' })
export class AuditEntry {
  @PrimaryGeneratedColumn('identity', { type: 'bigint', generatedIdentity: 'ALWAYS' })
  id: number;

  /** Wall-clock time the line was written. */
  @Column({ type: 'timestamptz' })
  recordedAt: Date;

  /** The platform clock's time (differs from recordedAt only under TEST_CLOCK). */
  @Column({ type: 'timestamptz' })
  businessTime: Date;

  @Column({ type: 'uuid', nullable: true })
  actorId: string | null;

  @Column({ type: 'text' })
  actorRole: string;

  @Column({ type: 'text' })
  action: string;

  @Column({ type: 'text' })
  subjectType: string;

  @Column({ type: 'text' })
  subjectId: string;

  @Column({ type: 'text', nullable: true })
  fromStatus: string | null;

  @Column({ type: 'text', nullable: true })
  toStatus: string | null;

  @Column({ type: 'text', nullable: true })
  reasons: string | null;

  @Column({ type: 'jsonb', default: {} })
  data: Record<string, unknown>;

  /**
   * The line's place in its subject's own hash chain (1, 2, …). Null only on
   * lines written before chains were per subject: those form one global chain.
   */
  @Column({ type: 'integer', nullable: true })
  subjectSeq: number | null;

  /** The hash of the subject's previous line (of the previous line overall, for the older lines). */
  @Column({ type: 'text' })
  prevHash: string;

  @Column({ type: 'text' })
  hash: string;
}
