import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ClockService } from '../clock/clock.service';
import { AuditEntry } from './audit-entry.entity';
import { chainHash, GENESIS_HASH, lockChain } from './audit-chain';

/** The advisory-lock class of audit chains; each subject is one key in it (see lockChain). */
const AUDIT_SUBJECT_LOCK_CLASS = 7_202_613;

export interface AuditRecord {
  actorId: string | null;
  /** The actor's role, or 'system' for the platform's own jobs. */
  actorRole: string;
  action: string;
  subjectType: string;
  subjectId: string;
  fromStatus?: string | null;
  toStatus?: string | null;
  reasons?: string | null;
  data?: Record<string, unknown>;
}

export interface ChainVerification {
  entries: number;
  firstBrokenId: number | null;
}

interface AuditRowWithPredecessor {
  id: number;
  recorded_at: Date;
  business_time: Date;
  actor_id: string | null;
  actor_role: string;
  action: string;
  subject_type: string;
  subject_id: string;
  from_status: string | null;
  to_status: string | null;
  reasons: string | null;
  data: Record<string, unknown>;
  subject_seq: number | null;
  prev_hash: string;
  hash: string;
  /** The stored hash of the line before this one in the same subject's chain, if it exists. */
  predecessor_hash: string | null;
}

/**
 * The append-only audit log. Each subject (a campaign, a company, a user, …)
 * has its own hash chain, so two writes about different subjects never wait
 * for each other (docs/decisions/0008).
 */
@Injectable()
export class AuditService {
  constructor(
    private readonly clock: ClockService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Appends a line inside the caller's transaction, so the change and its
   * record commit or roll back together. The lock is the subject's, held to
   * the caller's commit: writers of one subject take turns, others go on.
   */
  async record(manager: EntityManager, record: AuditRecord): Promise<AuditEntry> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error('audit lines are written inside the transaction of the change');
    await lockChain(manager, AUDIT_SUBJECT_LOCK_CLASS, `${record.subjectType}:${record.subjectId}`);
    const [last] = (await manager.query(
      `SELECT hash, subject_seq FROM audit_log
        WHERE subject_type = $1 AND subject_id = $2 AND subject_seq IS NOT NULL
        ORDER BY subject_seq DESC LIMIT 1`,
      [record.subjectType, record.subjectId],
    )) as { hash: string; subject_seq: number }[];
    const prevHash = last?.hash ?? GENESIS_HASH;
    const subjectSeq = (last?.subject_seq ?? 0) + 1;
    const content = auditContent({ ...record, recordedAt: new Date(), businessTime: this.clock.now(), subjectSeq });
    const entry = manager.create(AuditEntry, { ...content, prevHash, hash: chainHash(prevHash, content) });
    return manager.save(entry);
  }

  async listForSubject(subjectType: string, subjectId: string): Promise<AuditEntry[]> {
    return this.dataSource.getRepository(AuditEntry).find({ where: { subjectType, subjectId }, order: { id: 'ASC' } });
  }

  /**
   * Recomputes every chain; used by `pnpm cli ledger:verify`. Lines are read
   * in id order, each with its subject predecessor's stored hash (whose own
   * hash is checked when its turn comes), so memory stays flat however many
   * subjects there are. A line is broken if its content does not hash to its
   * hash, or its prev_hash is not its predecessor's hash (a missing
   * predecessor means a line was deleted). Lines from before per-subject
   * chains (no subject_seq) are checked as the one global chain they were.
   */
  async verifyChain(batchSize = 1000): Promise<ChainVerification> {
    let legacyPrevHash = GENESIS_HASH;
    let lastId = 0;
    let entries = 0;
    for (;;) {
      const batch = (await this.dataSource.query(
        `SELECT a.*, p.hash AS predecessor_hash
           FROM audit_log a
           LEFT JOIN audit_log p
             ON p.subject_type = a.subject_type AND p.subject_id = a.subject_id AND p.subject_seq = a.subject_seq - 1
          WHERE a.id > $1
          ORDER BY a.id
          LIMIT $2`,
        [lastId, batchSize],
      )) as AuditRowWithPredecessor[];
      if (batch.length === 0) return { entries, firstBrokenId: null };
      for (const row of batch) {
        const legacy = row.subject_seq === null;
        const expectedPrev = legacy ? legacyPrevHash : row.subject_seq === 1 ? GENESIS_HASH : row.predecessor_hash;
        if (row.prev_hash !== expectedPrev || row.hash !== chainHash(row.prev_hash, auditContent(fromRow(row)))) {
          return { entries, firstBrokenId: row.id };
        }
        if (legacy) legacyPrevHash = row.hash;
        lastId = row.id;
        entries += 1;
      }
    }
  }
}

function fromRow(row: AuditRowWithPredecessor) {
  return {
    recordedAt: row.recorded_at,
    businessTime: row.business_time,
    actorId: row.actor_id,
    actorRole: row.actor_role,
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    fromStatus: row.from_status,
    toStatus: row.to_status,
    reasons: row.reasons,
    data: row.data,
    subjectSeq: row.subject_seq,
  };
}

/**
 * The hashed fields of a line, the same when written and when read back. The
 * place in the subject's chain is hashed too; older lines have none, and
 * leaving it out (undefined) keeps their hashes as they were written.
 */
function auditContent(entry: AuditRecord & { recordedAt: Date; businessTime: Date; subjectSeq: number | null }) {
  return {
    recordedAt: entry.recordedAt,
    businessTime: entry.businessTime,
    actorId: entry.actorId ?? null,
    actorRole: entry.actorRole,
    action: entry.action,
    subjectType: entry.subjectType,
    subjectId: entry.subjectId,
    fromStatus: entry.fromStatus ?? null,
    toStatus: entry.toStatus ?? null,
    reasons: entry.reasons ?? null,
    data: entry.data ?? {},
    subjectSeq: entry.subjectSeq ?? undefined,
  };
}
