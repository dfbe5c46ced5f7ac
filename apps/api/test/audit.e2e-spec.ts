import { AuditService } from '../src/audit/audit.service';
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
