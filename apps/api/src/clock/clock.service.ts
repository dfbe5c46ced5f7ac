import { Inject, Injectable, Logger, type OnApplicationShutdown, type OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/config.schema';

/**
 * The platform's business clock: go-live, deadlines, windows and due dates
 * read it. It is real time, shifted forward by an offset that only the test
 * clock (TEST_CLOCK=on) can change. The offset lives in PostgreSQL so every
 * replica agrees; each replica refreshes its copy every second. Sessions and
 * rate limits use real time, never this clock.
 */
@Injectable()
export class ClockService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(ClockService.name);
  private offsetMs = 0;
  private refreshTimer?: NodeJS.Timeout;
  private readonly advanceListeners: Array<() => Promise<void>> = [];

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  async onModuleInit(): Promise<void> {
    if (!this.config.testClock) return;
    await this.refresh();
    this.refreshTimer = setInterval(() => {
      this.refresh().catch((error: unknown) => this.logger.warn({ err: error }, 'Could not refresh the test clock'));
    }, 1000);
    this.refreshTimer.unref();
  }

  onApplicationShutdown(): void {
    if (this.refreshTimer) clearInterval(this.refreshTimer);
  }

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  get isTestClock(): boolean {
    return this.config.testClock;
  }

  /** Moves business time forward to `target` (never back); returns the new now. */
  async advanceTo(target: Date): Promise<Date> {
    const offsetMs = target.getTime() - Date.now();
    // The WHERE keeps the clock monotonic even when two callers race.
    await this.dataSource.query(
      'UPDATE platform_clock SET offset_ms = GREATEST(offset_ms, $1), updated_at = now() WHERE id = 1',
      [offsetMs],
    );
    await this.refresh();
    // Work that fell due is done before the caller hears back, so the next read already sees it.
    await Promise.allSettled(this.advanceListeners.map((listener) => listener()));
    return this.now();
  }

  /** Called after the clock moves, so jobs that fell due run at once rather than at the next tick. */
  onAdvance(listener: () => Promise<void>): void {
    this.advanceListeners.push(listener);
  }

  private async refresh(): Promise<void> {
    const [row] = (await this.dataSource.query('SELECT offset_ms FROM platform_clock WHERE id = 1')) as {
      offset_ms: number;
    }[];
    this.offsetMs = Math.max(this.offsetMs, row?.offset_ms ?? 0);
  }
}
