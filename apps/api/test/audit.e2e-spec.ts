import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { chainHash, GENESIS_HASH } from '../src/audit/audit-chain';
import { AuditService, type AuditRecord } from '../src/audit/audit.service';
import { aUser } from './support/factories';
import { startTestApp, type TestApp } from './support/test-app';

describe('audit log', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await aUser(t, 'founder');
    await aUser(t, 'backer');
  });
  afterAll(async () => {
    await t?.close();
  });

  it('refuses updates, deletes and truncation in the database itself', async () => {
    await expect(t.dataSource.query(`UPDATE audit_log SET reasons = 'rewritten'`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`DELETE FROM audit_log`)).rejects.toThrow(/append-only/);
    await expect(t.dataSource.query(`TRUNCATE audit_log`)).rejects.toThrow(/append-only/);
  });

  it('chains every line to the one before, so verification finds any altered line', async () => {
    const audit = t.app.get(AuditService);
    expect(await audit.verifyChain()).toEqual({ entries: 2, firstBrokenId: null });

    // Someone with direct database access switches the guard off and edits history:
    const [first] = await t.dataSource.query(`SELECT id FROM audit_log ORDER BY id LIMIT 1`);
    await t.dataSource.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
    await t.dataSource.query(`UPDATE audit_log SET data = '{"role":"admin"}' WHERE id = $1`, [first.id]);
    await t.dataSource.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
    expect(await audit.verifyChain()).toEqual({ entries: 0, firstBrokenId: first.id });
  });
});

describe('audit chains per subject', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('gives each subject its own chain, numbered 1, 2, … even when written at once', async () => {
    const audit = t.app.get(AuditService);
    const subjects = [randomUUID(), randomUUID(), randomUUID()];
    await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        t.dataSource.transaction((manager) => audit.record(manager, aRecord(subjects[i % 3] as string, i))),
      ),
    );
    for (const subjectId of subjects) {
      const lines = await audit.listForSubject('test_subject', subjectId);
      expect(lines.map((line) => line.subjectSeq)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
      expect(lines[0]?.prevHash).toBe(GENESIS_HASH);
      lines.slice(1).forEach((line, i) => expect(line.prevHash).toBe(lines[i]?.hash));
    }
    expect(await audit.verifyChain()).toMatchObject({ firstBrokenId: null });
  });

  (process.env.DATABASE_URL ? it : it.skip)(
    'lets a write on one subject complete while another subject is held open (PostgreSQL server only: PGlite runs one session at a time)',
    async () => {
      const audit = t.app.get(AuditService);
      const [subjectA, subjectB] = [randomUUID(), randomUUID()];
      const holder = t.dataSource.createQueryRunner();
      await holder.connect();
      try {
        await holder.startTransaction();
        await audit.record(holder.manager, aRecord(subjectA, 0));

        // With one platform-wide lock this write waited for the holder's commit; now it must not.
        await t.dataSource.transaction(async (manager) => {
          await manager.query(`SET LOCAL lock_timeout = '2s'`);
          await audit.record(manager, aRecord(subjectB, 1));
        });

        // The same subject still takes turns: its second writer waits for the first.
        await expect(
          t.dataSource.transaction(async (manager) => {
            await manager.query(`SET LOCAL lock_timeout = '300ms'`);
            await audit.record(manager, aRecord(subjectA, 2));
          }),
        ).rejects.toThrow(/lock timeout/);

        await holder.commitTransaction();
      } finally {
        if (holder.isTransactionActive) await holder.rollbackTransaction();
        await holder.release();
      }
      expect((await audit.listForSubject('test_subject', subjectB)).map((l) => l.subjectSeq)).toEqual([1]);
    },
  );

  it('refuses a new line without its place in a subject chain', async () => {
    await expect(
      t.dataSource.query(
        `INSERT INTO audit_log (recorded_at, business_time, actor_role, action, subject_type, subject_id, prev_hash, hash)
         VALUES (now(), now(), 'system', 'sneaky', 'test_subject', 'x', $1, 'h')`,
        [GENESIS_HASH],
      ),
    ).rejects.toThrow(/audit_log_subject_seq_required/);
  });

  it('finds a line deleted from the middle of a subject chain', async () => {
    const audit = t.app.get(AuditService);
    const subjectId = randomUUID();
    for (let i = 0; i < 3; i += 1) await t.dataSource.transaction((m) => audit.record(m, aRecord(subjectId, i)));
    const [, middle, last] = await audit.listForSubject('test_subject', subjectId);
    await withGuardOff(t.dataSource, `DELETE FROM audit_log WHERE id = $1`, [middle?.id]);
    expect(await audit.verifyChain()).toMatchObject({ firstBrokenId: last?.id });
  });
});

describe('audit log written before chains were per subject', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(async () => {
    await t?.close();
  });

  it('verifies the old lines as the one global chain they were, beside the new per-subject chains', async () => {
    const audit = t.app.get(AuditService);
    await t.dataSource.transaction((m) => audit.record(m, aRecord(randomUUID(), 0)));
    // Lines as the old code wrote them: no subject_seq, each chained to the previous old line.
    await t.dataSource.query(`ALTER TABLE audit_log DROP CONSTRAINT audit_log_subject_seq_required`);
    let prevHash = GENESIS_HASH;
    const legacyIds: number[] = [];
    for (const subjectId of [randomUUID(), randomUUID(), randomUUID()]) {
      const content = {
        recordedAt: new Date('2026-11-01T10:00:00.000Z'),
        businessTime: new Date('2026-11-01T10:00:00.000Z'),
        actorId: null,
        actorRole: 'system',
        action: 'legacy.line',
        subjectType: 'test_subject',
        subjectId,
        fromStatus: null,
        toStatus: null,
        reasons: null,
        data: {},
      };
      const hash = chainHash(prevHash, content);
      const [row] = await t.dataSource.query(
        `INSERT INTO audit_log (recorded_at, business_time, actor_role, action, subject_type, subject_id, data, prev_hash, hash)
         VALUES ($1, $2, 'system', 'legacy.line', 'test_subject', $3, '{}', $4, $5) RETURNING id`,
        [content.recordedAt, content.businessTime, subjectId, prevHash, hash],
      );
      legacyIds.push(row.id);
      prevHash = hash;
    }
    await t.dataSource.query(
      `ALTER TABLE audit_log ADD CONSTRAINT audit_log_subject_seq_required CHECK (subject_seq IS NOT NULL AND subject_seq >= 1) NOT VALID`,
    );
    await t.dataSource.transaction((m) => audit.record(m, aRecord(randomUUID(), 1)));
    expect(await audit.verifyChain()).toEqual({ entries: 5, firstBrokenId: null });

    // (The check on subject_seq applies to updated old lines too: the editor must drop it as well.)
    await t.dataSource.query(`ALTER TABLE audit_log DROP CONSTRAINT audit_log_subject_seq_required`);
    await withGuardOff(t.dataSource, `UPDATE audit_log SET action = 'rewritten' WHERE id = $1`, [legacyIds[1]]);
    expect(await audit.verifyChain()).toEqual({ entries: 2, firstBrokenId: legacyIds[1] });
  });
});

function aRecord(subjectId: string, n: number): AuditRecord {
  return { actorId: null, actorRole: 'system', action: `test.write_${n}`, subjectType: 'test_subject', subjectId };
}

/** What someone with direct database access could do: switch the append-only guard off and edit history. */
async function withGuardOff(dataSource: DataSource, sql: string, params: unknown[]): Promise<void> {
  await dataSource.query(`ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only`);
  try {
    await dataSource.query(sql, params);
  } finally {
    await dataSource.query(`ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only`);
  }
}
