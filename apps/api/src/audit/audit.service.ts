import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { ClockService } from '../clock/clock.service';
import { AuditEntry } from './audit-entry.entity';
import { chainHash, GENESIS_HASH } from './audit-chain';

/** Serializes writers of the hash chain (any fixed number, distinct from other advisory locks). */
const AUDIT_CHAIN_LOCK = 7_202_612;

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

@Injectable()
export class AuditService {
  constructor(
    private readonly clock: ClockService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /**
   * Appends a line inside the caller's transaction, so the change and its
   * record commit or roll back together.
   */
  async record(manager: EntityManager, record: AuditRecord): Promise<AuditEntry> {
    if (!manager.queryRunner?.isTransactionActive)
      throw new Error('audit lines are written inside the transaction of the change');
    await manager.query('SELECT pg_advisory_xact_lock($1)', [AUDIT_CHAIN_LOCK]);
    const [last] = (await manager.query('SELECT hash FROM audit_log ORDER BY id DESC LIMIT 1')) as { hash: string }[];
    const prevHash = last?.hash ?? GENESIS_HASH;
    const recordedAt = new Date();
    const content = auditContent({ ...record, recordedAt, businessTime: this.clock.now() });
    const entry = manager.create(AuditEntry, { ...content, prevHash, hash: chainHash(prevHash, content) });
    return manager.save(entry);
  }

  async listForSubject(subjectType: string, subjectId: string): Promise<AuditEntry[]> {
    return this.dataSource.getRepository(AuditEntry).find({ where: { subjectType, subjectId }, order: { id: 'ASC' } });
  }

  /** Recomputes the whole chain; used by `pnpm cli ledger:verify`. */
  async verifyChain(batchSize = 1000): Promise<ChainVerification> {
    let prevHash = GENESIS_HASH;
    let lastId = 0;
    let entries = 0;
    for (;;) {
      const batch = await this.dataSource
        .getRepository(AuditEntry)
        .createQueryBuilder('a')
        .where('a.id > :lastId', { lastId })
        .orderBy('a.id', 'ASC')
        .limit(batchSize)
        .getMany();
      if (batch.length === 0) return { entries, firstBrokenId: null };
      for (const entry of batch) {
        if (entry.prevHash !== prevHash || entry.hash !== chainHash(prevHash, auditContent(entry))) {
          return { entries, firstBrokenId: entry.id };
        }
        prevHash = entry.hash;
        lastId = entry.id;
        entries += 1;
      }
    }
  }
}

/** The hashed fields of a line, the same when written and when read back. */
function auditContent(entry: AuditRecord & { recordedAt: Date; businessTime: Date }) {
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
  };
}
