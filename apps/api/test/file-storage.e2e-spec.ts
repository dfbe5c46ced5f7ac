import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import * as path from 'node:path';
import { Logger } from '@nestjs/common';
import { Client } from 'pg';
import { FILE_STORE } from '../src/storage/file-store';
import type { PostgresFileStore } from '../src/storage/postgres-file-store';
import { aCampaign, aCompany, PDF_BYTES, PNG_BYTES } from './support/campaign-factories';
import { aUser, type SignedInUser } from './support/factories';
import { startReplicaOf, startTestApp, type TestApp } from './support/test-app';

const onServer = Boolean(process.env.DATABASE_URL);
const NEEDS_SERVER = 'needs the PostgreSQL server (set DATABASE_URL): the embedded engine serves one process';
/** Tests that need a second process on the database or real row locks; skipped, with the reason, on PGlite. */
const serverOnly = (name: string, test: () => Promise<void>) =>
  onServer ? it(name, test) : it.skip(`${name} — skipped: ${NEEDS_SERVER}`, test);

const sha256Of = (content: Buffer) => createHash('sha256').update(content).digest('hex');

/** A PDF whose hash no other test produces, so a file removed here is not shared with another row. */
const aUniquePdf = (label: string) => Buffer.concat([PDF_BYTES, Buffer.from(`% ${label} ${Math.random()}\n`)]);

describe('stored files', () => {
  let t: TestApp;
  let founder: SignedInUser;
  let companyId: string;
  beforeAll(async () => {
    if (!onServer) console.info(`Replica and race tests of stored files are skipped: ${NEEDS_SERVER}.`);
    t = await startTestApp();
    founder = await aUser(t, 'founder');
    companyId = (await aCompany(t, founder)).id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const uploadDocument = (app: TestApp, content: Buffer, filename: string, isPublic = false) =>
    app
      .http()
      .post(`/api/companies/${companyId}/documents`)
      .set('Authorization', founder.auth)
      .field('kind', 'financial_statements')
      .field('public', String(isPublic))
      .attach('file', content, { filename, contentType: 'application/pdf' });

  describe('replicas on one database', () => {
    serverOnly('serves a document and a campaign image uploaded through another replica', async () => {
      const replica = await startReplicaOf(t);
      try {
        const content = aUniquePdf('replica');
        const upload = await uploadDocument(t, content, 'accounts.pdf').expect(201);
        const listed = await replica
          .http()
          .get(`/api/companies/${companyId}/documents`)
          .set('Authorization', founder.auth)
          .expect(200);
        expect(listed.body.items.map((item: { id: string }) => item.id)).toContain(upload.body.id);
        const download = await replica.http().get(upload.body.url).set('Authorization', founder.auth).expect(200);
        expect(Buffer.from(download.body).equals(content)).toBe(true);

        const campaign = await aCampaign(t, founder, companyId);
        const image = await replica
          .http()
          .post(`/api/campaigns/${campaign.id}/images`)
          .set('Authorization', founder.auth)
          .field('cover', 'true')
          .attach('file', PNG_BYTES, 'cover.png')
          .expect(201);
        const served = await t.http().get(image.body.url).set('Authorization', founder.auth).expect(200);
        expect(Buffer.from(served.body).equals(PNG_BYTES)).toBe(true);
      } finally {
        await replica.close();
      }
    });
  });

  describe('a file the store has lost', () => {
    const logged = () => jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
    afterEach(() => jest.restoreAllMocks());

    it('is a logged 404 in the database store', async () => {
      const content = aUniquePdf('lost-db');
      const upload = await uploadDocument(t, content, 'lost.pdf').expect(201);
      await t.dataSource.query('DELETE FROM stored_files WHERE sha256 = $1', [sha256Of(content)]);
      const errors = logged();
      const response = await t.http().get(upload.body.url).set('Authorization', founder.auth).expect(404);
      expect(response.body).toMatchObject({ statusCode: 404, code: 'not_found' });
      expect(response.body.message).toMatch(/file of this document is missing/);
      expect(errors.mock.calls.flat().join(' ')).toContain(`${sha256Of(content)} of document ${upload.body.id}`);
    });

    it('is a logged 404 in the local folder store, not a 400', async () => {
      const local = await startTestApp({ FILE_STORE: 'local' });
      try {
        const owner = await aUser(local, 'founder');
        const company = await aCompany(local, owner);
        const content = aUniquePdf('lost-local');
        const upload = await local
          .http()
          .post(`/api/companies/${company.id}/documents`)
          .set('Authorization', owner.auth)
          .field('kind', 'identity')
          .attach('file', content, { filename: 'id.pdf', contentType: 'application/pdf' })
          .expect(201);
        await local.http().get(upload.body.url).set('Authorization', owner.auth).expect(200);
        const sha256 = sha256Of(content);
        unlinkSync(path.join(local.config.storageDir, sha256.slice(0, 2), sha256));
        const errors = logged();
        const response = await local.http().get(upload.body.url).set('Authorization', owner.auth).expect(404);
        expect(response.body.code).toBe('not_found');
        expect(errors).toHaveBeenCalled();
      } finally {
        await local.close();
      }
    });
  });

  describe('files kept on disk by earlier versions', () => {
    const keepOnDisk = (folder: string, content: Buffer) => {
      const sha256 = sha256Of(content);
      mkdirSync(path.join(folder, sha256.slice(0, 2)), { recursive: true });
      writeFileSync(path.join(folder, sha256.slice(0, 2), sha256), content);
      return sha256;
    };
    const storedCount = async (app: TestApp, sha256: string) =>
      (
        (await app.dataSource.query('SELECT count(*)::int AS n FROM stored_files WHERE sha256 = $1', [sha256])) as {
          n: number;
        }[]
      )[0]?.n;

    it('are copied into the database when first read', async () => {
      const content = aUniquePdf('earlier-read');
      const upload = await uploadDocument(t, content, 'old.pdf').expect(201);
      // As an earlier version left it: the row in the database, the file only on this machine's disk.
      await t.dataSource.query('DELETE FROM stored_files WHERE sha256 = $1', [upload.body.sha256]);
      keepOnDisk(t.config.storageDir, content);
      const download = await t.http().get(upload.body.url).set('Authorization', founder.auth).expect(200);
      expect(Buffer.from(download.body).equals(content)).toBe(true);
      expect(await storedCount(t, upload.body.sha256)).toBe(1);
    });

    it('are copied into the database at start-up', async () => {
      const content = aUniquePdf('earlier-boot');
      const sha256 = keepOnDisk(t.config.storageDir, content);
      // A file whose name is not its hash is damaged, and not copied.
      const damaged = `ab${'0'.repeat(62)}`;
      mkdirSync(path.join(t.config.storageDir, 'ab'), { recursive: true });
      writeFileSync(path.join(t.config.storageDir, 'ab', damaged), 'not what the name says');
      const errors = jest.spyOn(Logger.prototype, 'error').mockImplementation(() => undefined);
      try {
        // What start-up runs (every replica, each over its own folder), called again on the running app.
        await (t.app.get(FILE_STORE) as PostgresFileStore).onApplicationBootstrap();
        expect(await storedCount(t, sha256)).toBe(1);
        expect(await storedCount(t, damaged)).toBe(0);
        expect(errors.mock.calls.flat().join(' ')).toContain(damaged);
      } finally {
        jest.restoreAllMocks();
        rmSync(path.join(t.config.storageDir, 'ab', damaged));
      }
    });
  });

  describe('file names', () => {
    it('keeps a Chinese file name and sends it back in RFC 5987 form with an ASCII fallback', async () => {
      const upload = await uploadDocument(t, aUniquePdf('name'), '财务报表 2025.pdf').expect(201);
      expect(upload.body.filename).toBe('财务报表 2025.pdf');
      const download = await t.http().get(upload.body.url).set('Authorization', founder.auth).expect(200);
      const disposition = download.headers['content-disposition'];
      expect(disposition).toContain(`filename*=UTF-8''${encodeURIComponent('财务报表 2025.pdf')}`);
      expect(disposition).toMatch(/^inline; filename="[\x20-\x7e]+\.pdf"/);
    });
  });

  describe('an image upload racing a submit', () => {
    serverOnly('is refused once the campaign it waited for has been submitted', async () => {
      const campaign = await aCampaign(t, founder, companyId);
      const holder = new Client({ connectionString: process.env.DATABASE_URL });
      await holder.connect();
      try {
        // A submit caught half-way: the campaign row locked and already marked submitted, not yet committed.
        const campaigns = `"${t.config.database.schema}".campaigns`;
        await holder.query('BEGIN');
        await holder.query(`SELECT id FROM ${campaigns} WHERE id = $1 FOR UPDATE`, [campaign.id]);
        await holder.query(`UPDATE ${campaigns} SET status = 'submitted', submitted_at = now() WHERE id = $1`, [
          campaign.id,
        ]);
        const { pid } = (await holder.query('SELECT pg_backend_pid() AS pid')).rows[0] as { pid: number };
        const commitOnceTheUploadWaits = async () => {
          for (let tries = 0; tries < 50; tries += 1) {
            const waiting = await t.dataSource.query(
              'SELECT count(*)::int AS n FROM pg_stat_activity WHERE $1 = ANY(pg_blocking_pids(pid))',
              [pid],
            );
            if (waiting[0].n > 0) break;
            await new Promise((resolve) => setTimeout(resolve, 100));
          }
          await holder.query('COMMIT');
        };
        const [upload] = await Promise.all([
          t
            .http()
            .post(`/api/campaigns/${campaign.id}/images`)
            .set('Authorization', founder.auth)
            .attach('file', PNG_BYTES, 'late.png')
            .then((response) => response),
          commitOnceTheUploadWaits(),
        ]);
        expect(upload.status).toBe(409);
        const images = await t.dataSource.query('SELECT id FROM campaign_images WHERE campaign_id = $1', [campaign.id]);
        expect(images).toHaveLength(0);
      } finally {
        await holder.query('ROLLBACK').catch(() => undefined);
        await holder.end();
      }
    });
  });
});
