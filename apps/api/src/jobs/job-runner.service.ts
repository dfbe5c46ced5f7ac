import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, type EntityManager } from 'typeorm';
import { APP_CONFIG } from '../config/app-config';
import { returnedRows } from '../database/returned-rows';
import type { AppConfig } from '../config/config.schema';

export interface JobContext {
  id: number;
  kind: string;
  payload: Record<string, unknown>;
  attempt: number;
  /** When the job was written (real time): Stripe forgets an idempotency key 24 hours after its first use. */
  createdAt: Date;
}

export type JobHandler = (job: JobContext) => Promise<void>;

export interface EnqueueOptions {
  /** At most one job ever exists per key: enqueueing it again is a no-op (the outbox's idempotency). */
  dedupeKey?: string;
  /** Real time; background work is about now, business time decides *what* is due. */
  runAt?: Date;
  maxAttempts?: number;
}

const BATCH = 10;

/** JobRunnerService.enqueue without the service, for processes that run no jobs (the CLI). */
export async function enqueueJob(
  manager: EntityManager,
  kind: string,
  payload: Record<string, unknown>,
  options: EnqueueOptions = {},
): Promise<void> {
  await manager.query(
    `INSERT INTO jobs (kind, payload, dedupe_key, run_at, max_attempts)
     VALUES ($1, $2, $3, COALESCE($4, now()), $5) ON CONFLICT (dedupe_key) DO NOTHING`,
    [kind, JSON.stringify(payload), options.dedupeKey ?? null, options.runAt ?? null, options.maxAttempts ?? 12],
  );
}

/**
 * The durable job runner: jobs are rows written in the same transaction as
 * the change that causes them (an outbox), claimed by any replica with
 * `FOR UPDATE SKIP LOCKED`, retried with backoff, and claimed again when the
 * process that held one died. Handlers must be idempotent: a job can run more
 * than once (a crash after its effect, before it was marked done).
 */
@Injectable()
export class JobRunnerService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(JobRunnerService.name);
  private readonly handlers = new Map<string, JobHandler>();
  private timer?: NodeJS.Timeout;
  private running: Promise<number> | null = null;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  register(kind: string, handler: JobHandler): void {
    if (this.handlers.has(kind)) throw new Error(`a handler for job ${kind} is already registered`);
    this.handlers.set(kind, handler);
  }

  /** Writes a job in the caller's transaction, so it exists exactly when the change that causes it does. */
  enqueue(
    manager: EntityManager,
    kind: string,
    payload: Record<string, unknown>,
    options: EnqueueOptions = {},
  ): Promise<void> {
    return enqueueJob(manager, kind, payload, options);
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.runDue(), this.config.jobsIntervalMs);
    this.timer.unref();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running;
  }

  /** Runs what is due now; concurrent calls share one pass. Resolves to the number of jobs run. */
  runDue(): Promise<number> {
    if (this.stopped) return Promise.resolve(0);
    this.running ??= this.pass().finally(() => {
      this.running = null;
    });
    return this.running;
  }

  /** Runs until nothing is due (tests and the test clock use it to wait for the consequences of a change). */
  async drain(maxPasses = 50): Promise<void> {
    for (let pass = 0; pass < maxPasses; pass += 1) if ((await this.runDue()) === 0) return;
  }

  private async pass(): Promise<number> {
    let ran = 0;
    try {
      for (;;) {
        const jobs = await this.claim();
        for (const job of jobs) {
          await this.execute(job);
          ran += 1;
        }
        if (jobs.length < BATCH || this.stopped) return ran;
      }
    } catch (error) {
      this.logger.error({ err: error }, 'The job runner could not claim jobs; it will try again');
      return ran;
    }
  }

  private async claim(): Promise<JobContext[]> {
    const kinds = [...this.handlers.keys()];
    if (kinds.length === 0) return [];
    const result: unknown = await this.dataSource.query(
      `UPDATE jobs SET status = 'running', attempts = attempts + 1, leased_until = now() + make_interval(secs => $1)
        WHERE id IN (SELECT id FROM jobs
                      WHERE kind = ANY($2) AND run_at <= now()
                        AND (status = 'queued' OR (status = 'running' AND leased_until < now()))
                      ORDER BY run_at, id LIMIT $3 FOR UPDATE SKIP LOCKED)
        RETURNING id, kind, payload, attempts, created_at`,
      [this.config.jobsLeaseSeconds, kinds, BATCH],
    );
    const rows = returnedRows<{
      id: number | string;
      kind: string;
      payload: Record<string, unknown>;
      attempts: number;
      created_at: Date | string;
    }>(result);
    return rows.map((row) => ({
      id: Number(row.id),
      kind: row.kind,
      payload: row.payload,
      attempt: row.attempts,
      createdAt: new Date(row.created_at),
    }));
  }

  private async execute(job: JobContext): Promise<void> {
    const handler = this.handlers.get(job.kind);
    try {
      if (!handler) throw new Error(`no handler for job ${job.kind}`);
      await handler(job);
      await this.dataSource.query(
        `UPDATE jobs SET status = 'done', finished_at = now(), leased_until = NULL WHERE id = $1`,
        [job.id],
      );
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      // Exponential backoff from 2 s, at most an hour apart; after max attempts the job is dead and
      // waits for an operator (reconcile and the logs say which).
      await this.dataSource.query(
        `UPDATE jobs SET status = CASE WHEN attempts >= max_attempts THEN 'dead' ELSE 'queued' END,
                run_at = now() + make_interval(secs => LEAST(3600, 2 ^ attempts)), leased_until = NULL,
                last_error = left($2, 500)
          WHERE id = $1`,
        [job.id, message],
      );
      this.logger.warn({ jobId: job.id, kind: job.kind, attempt: job.attempt, err: error }, 'A job failed');
    }
  }
}
