import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorators';

@ApiTags('platform')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Liveness and database reachability: 200 when both are fine, 503 when the database does not answer. */
  @Get()
  @Public()
  async health(@Res({ passthrough: true }) response: Response) {
    const started = Date.now();
    let database: 'up' | 'down' = 'down';
    try {
      await Promise.race([
        this.dataSource.query('SELECT 1'),
        new Promise((_, reject) => setTimeout(() => reject(new Error('timeout')), 3000).unref()),
      ]);
      database = 'up';
    } catch {
      response.status(503);
    }
    return {
      status: database === 'up' ? 'ok' : 'degraded',
      database,
      databaseLatencyMs: Date.now() - started,
      time: new Date().toISOString(),
    };
  }
}
