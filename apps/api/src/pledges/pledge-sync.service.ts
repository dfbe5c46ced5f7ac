import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/config.schema';
import { JobRunnerService } from '../jobs/job-runner.service';
import { PledgePaymentsService } from './pledge-payments.service';

export const SYNC_PLEDGE_JOB = 'pledge.sync';

/** Pledges looked at per sweep; the next sweep takes the rest. */
const SWEEP_BATCH = 500;

/**
 * The periodic sync (docs/money.md): a pledge still pending after
 * PLEDGE_SYNC_AFTER_SECONDS (a webhook lost, 3-D Secure unfinished, Stripe's
 * answer lost) is asked about at Stripe by a job, which records what Stripe
 * says exactly as the webhook would. Any replica may sweep: a job per pledge
 * and period (its dedupe key) is written once, and claimed by one runner.
 */
@Injectable()
export class PledgeSyncService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(PledgeSyncService.name);
  private timer?: NodeJS.Timeout;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly jobs: JobRunnerService,
    private readonly pledgePayments: PledgePaymentsService,
  ) {
    this.jobs.register(SYNC_PLEDGE_JOB, async (job) => {
      await this.pledgePayments.syncWithStripe(String(job.payload.pledgeId));
    });
  }

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.sweep(), this.config.pledgeSyncIntervalMs);
    this.timer.unref();
  }

  onApplicationShutdown(): void {
    if (this.timer) clearInterval(this.timer);
  }

  /** Enqueues a sync for every pledge pending longer than the threshold (real time); the count looked at. */
  async sweep(): Promise<number> {
    try {
      const after = this.config.pledgeSyncAfterSeconds;
      const due = (await this.dataSource.query(
        `SELECT id, extract(epoch FROM now() - updated_at)::float8 AS age FROM pledges
          WHERE status = 'pending' AND updated_at <= now() - make_interval(secs => $1)
          ORDER BY updated_at LIMIT $2`,
        [after, SWEEP_BATCH],
      )) as { id: string; age: number }[];
      // One job per pledge and round (its dedupe key), so sweeps of several replicas write it once.
      for (const { id, age } of due)
        await this.dataSource.transaction((manager) =>
          this.jobs.enqueue(
            manager,
            SYNC_PLEDGE_JOB,
            { pledgeId: id },
            { dedupeKey: `${SYNC_PLEDGE_JOB}:${id}:${syncRound(age, after)}`, maxAttempts: 5 },
          ),
        );
      return due.length;
    } catch (error) {
      this.logger.error({ err: error }, 'The pending-pledge sweep failed; it will run again');
      return 0;
    }
  }
}

/** Once a day at most, for a pledge left pending for long (a backer who never finished 3-D Secure). */
const LONGEST_SYNC_PERIOD_SECONDS = 86_400;

/**
 * Which sync round a pledge pending for `ageSeconds` is in: rounds double in
 * length from `afterSeconds` (asked at 1×, 2×, 4×… the threshold), up to one
 * a day. An outcome is usually soon after the pledge, so it is found soon;
 * one left pending for weeks costs a job a day, not one per sweep.
 */
export function syncRound(ageSeconds: number, afterSeconds: number): string {
  const doubling = Math.floor(Math.log2(Math.max(1, ageSeconds / afterSeconds)));
  if (afterSeconds * 2 ** doubling < LONGEST_SYNC_PERIOD_SECONDS) return `x${doubling}`;
  return `d${Math.floor(ageSeconds / LONGEST_SYNC_PERIOD_SECONDS)}`;
}
