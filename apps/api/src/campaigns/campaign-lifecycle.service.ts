import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { CampaignAction } from '@crowdstake/domain';
import { DataSource } from 'typeorm';
import { ClockService } from '../clock/clock.service';
import { CompaniesService } from '../companies/companies.service';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/config.schema';
import { CampaignTransitionsService } from './campaign-transitions.service';
import type { Campaign } from './entities/campaign.entity';

const BATCH = 100;

interface DueRule {
  action: CampaignAction;
  /** Finds candidates (`id`, `company_id`); `due` re-checks each on its locked row, so a stale candidate is skipped. */
  sql: string;
  due: (campaign: Campaign, now: Date, payoutReady: boolean) => boolean;
}

/**
 * Moves campaigns along when the platform clock says so: approved ones go live
 * at their start (or are cancelled if their deadline came first), live ones
 * close at their deadline as funded or not. The state itself is the queue:
 * every replica may sweep, and the row lock plus the re-check make each move
 * happen once. It runs every SCHEDULER_INTERVAL_MS and at once when the test
 * clock moves.
 */
@Injectable()
export class CampaignLifecycleService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CampaignLifecycleService.name);
  private timer?: NodeJS.Timeout;
  private chain: Promise<void> = Promise.resolve();
  private queued = false;
  private stopped = false;

  private readonly rules: DueRule[] = [
    {
      action: 'expire_unstarted',
      sql: `SELECT id, company_id FROM campaigns WHERE status = 'approved' AND ends_at <= $1 ORDER BY ends_at LIMIT ${BATCH}`,
      due: (c, now) => c.status === 'approved' && c.endsAt <= now,
    },
    {
      action: 'go_live',
      // The payout-account gate: money raised must have somewhere to go, so a campaign
      // waits (approved) until its company's Stripe payout account is ready. The candidates are
      // filtered in the same statement (a batch of waiting campaigns must not hide a ready one);
      // the readiness that counts is read through CompaniesService under a share lock in `move`.
      sql: `SELECT c.id, c.company_id FROM campaigns c JOIN companies co ON co.id = c.company_id
             WHERE c.status = 'approved' AND c.starts_at <= $1 AND c.ends_at > $1 AND co.payout_ready
             ORDER BY c.starts_at LIMIT ${BATCH}`,
      due: (c, now, payoutReady) => c.status === 'approved' && c.startsAt <= now && c.endsAt > now && payoutReady,
    },
    {
      action: 'close_succeeded',
      sql: `SELECT id, company_id FROM campaigns WHERE status = 'live' AND ends_at <= $1 AND raised_minor >= goal_minor ORDER BY ends_at LIMIT ${BATCH}`,
      due: (c, now) => c.status === 'live' && c.endsAt <= now && c.raisedMinor >= c.goalMinor,
    },
    {
      action: 'close_failed',
      sql: `SELECT id, company_id FROM campaigns WHERE status = 'live' AND ends_at <= $1 AND raised_minor < goal_minor ORDER BY ends_at LIMIT ${BATCH}`,
      due: (c, now) => c.status === 'live' && c.endsAt <= now && c.raisedMinor < c.goalMinor,
    },
  ];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly transitions: CampaignTransitionsService,
    private readonly clock: ClockService,
    private readonly companies: CompaniesService,
  ) {}

  onApplicationBootstrap(): void {
    this.timer = setInterval(() => void this.runDue(), this.config.schedulerIntervalMs);
    this.timer.unref();
    this.clock.onAdvance(() => this.runDue());
    void this.runDue();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.chain;
  }

  /** Sweeps once more after any sweep in progress; calls while one is queued share it. */
  runDue(): Promise<void> {
    if (this.queued || this.stopped) return this.chain;
    this.queued = true;
    this.chain = this.chain.then(async () => {
      this.queued = false;
      if (this.stopped) return;
      try {
        await this.sweep();
      } catch (error) {
        this.logger.error({ err: error }, 'Campaign lifecycle sweep failed; it will run again');
      }
    });
    return this.chain;
  }

  /** Right after an approval: a campaign whose start has passed goes live at once. */
  async goLiveIfDue(campaign: Pick<Campaign, 'id' | 'companyId'>): Promise<void> {
    await this.move(
      campaign.id,
      campaign.companyId,
      this.rules.find((rule) => rule.action === 'go_live') as DueRule,
      this.clock.now(),
    );
  }

  private async sweep(): Promise<void> {
    for (const rule of this.rules) {
      for (;;) {
        const now = this.clock.now();
        const rows = (await this.dataSource.query(rule.sql, [now])) as { id: string; company_id: string }[];
        let moved = 0;
        for (const row of rows) if (await this.move(row.id, row.company_id, rule, now)) moved += 1;
        if (rows.length < BATCH || moved === 0) break;
      }
    }
  }

  private async move(campaignId: string, companyId: string, rule: DueRule, now: Date): Promise<boolean> {
    try {
      const result = await this.dataSource.transaction(async (manager) => {
        // Read under a share lock, so the account cannot be marked not ready while the campaign goes live.
        const payoutReady = await this.companies.payoutReadyLocked(manager, companyId);
        return this.transitions.apply(manager, campaignId, {
          action: rule.action,
          actor: 'system',
          by: null,
          precondition: (campaign) => rule.due(campaign, now, payoutReady),
          reasons: rule.action === 'expire_unstarted' ? 'The deadline passed before the campaign went live.' : null,
          data: { clock: now.toISOString() },
        });
      });
      return result !== null;
    } catch (error) {
      this.logger.error({ err: error, campaignId, action: rule.action }, 'Could not move a due campaign');
      return false;
    }
  }
}
