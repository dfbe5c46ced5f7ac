import { JobRunnerService, type JobContext } from '../src/jobs/job-runner.service';
import { startTestApp, type TestApp } from './support/test-app';

describe('durable jobs', () => {
  let t: TestApp;
  let runner: JobRunnerService;
  const seen: JobContext[] = [];
  let failuresLeft = 0;

  beforeAll(async () => {
    t = await startTestApp({ JOBS_INTERVAL_MS: '3600000' });
    runner = t.app.get(JobRunnerService);
    runner.register('test.record', async (job) => {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        throw new Error('the outside system is down');
      }
      seen.push(job);
    });
  });
  afterAll(() => t.close());
  beforeEach(() => {
    seen.length = 0;
    failuresLeft = 0;
  });

  async function jobRow(dedupeKey: string) {
    const [row] = await t.dataSource.query(`SELECT status, attempts, last_error FROM jobs WHERE dedupe_key = $1`, [
      dedupeKey,
    ]);
    return row as { status: string; attempts: number; last_error: string | null } | undefined;
  }

  it('exists only if the transaction that wrote it commits', async () => {
    await t.dataSource
      .transaction(async (manager) => {
        await runner.enqueue(manager, 'test.record', { n: 1 }, { dedupeKey: 'rolled-back' });
        throw new Error('the change fails');
      })
      .catch(() => undefined);
    expect(await jobRow('rolled-back')).toBeUndefined();
    await t.dataSource.transaction((manager) =>
      runner.enqueue(manager, 'test.record', { n: 2 }, { dedupeKey: 'kept' }),
    );
    await runner.drain();
    expect(seen.map((job) => job.payload)).toEqual([{ n: 2 }]);
    expect(await jobRow('kept')).toMatchObject({ status: 'done', attempts: 1 });
  });

  it('is written once per dedupe key however often it is enqueued', async () => {
    await Promise.all(
      Array.from({ length: 5 }, () =>
        t.dataSource.transaction((manager) => runner.enqueue(manager, 'test.record', { n: 3 }, { dedupeKey: 'once' })),
      ),
    );
    await runner.drain();
    expect(seen).toHaveLength(1);
  });

  it('retries a failing job later and records why it failed', async () => {
    failuresLeft = 1;
    await t.dataSource.transaction((manager) =>
      runner.enqueue(manager, 'test.record', { n: 4 }, { dedupeKey: 'retry' }),
    );
    await runner.drain();
    expect(await jobRow('retry')).toMatchObject({
      status: 'queued',
      attempts: 1,
      last_error: 'the outside system is down',
    });
    await t.dataSource.query(`UPDATE jobs SET run_at = now() WHERE dedupe_key = 'retry'`);
    await runner.drain();
    expect(await jobRow('retry')).toMatchObject({ status: 'done', attempts: 2 });
    expect(seen).toHaveLength(1);
  });

  it('runs again a job whose process died while holding it', async () => {
    await t.dataSource.transaction((manager) =>
      runner.enqueue(manager, 'test.record', { n: 5 }, { dedupeKey: 'crashed' }),
    );
    // As a crashed replica leaves it: claimed, lease not yet expired, then expired.
    await t.dataSource.query(
      `UPDATE jobs SET status = 'running', attempts = 1, leased_until = now() + interval '1 minute' WHERE dedupe_key = 'crashed'`,
    );
    await runner.drain();
    expect(seen).toHaveLength(0);
    await t.dataSource.query(`UPDATE jobs SET leased_until = now() - interval '1 second' WHERE dedupe_key = 'crashed'`);
    await runner.drain();
    expect(seen.map((job) => job.payload)).toEqual([{ n: 5 }]);
    expect(await jobRow('crashed')).toMatchObject({ status: 'done', attempts: 2 });
  });
});
