import { Controller, Get, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { Public } from '../auth/access.decorators';
import { DATABASE_RETRY_AFTER_SECONDS } from '../common/errors/all-exceptions.filter';
import { ApiDoc } from '../openapi/api-doc';
import * as S from '../openapi/answer-schemas';

@ApiTags('platform')
@Controller('health')
export class HealthController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /**
   * Liveness and each dependency's reachability: 200 when all answer, 503 with
   * Retry-After naming the one that does not (`checks`). `database` repeats
   * `checks.database` for the monitors that already read it.
   */
  @ApiDoc({ summary: 'Liveness and each dependency’s reachability', answer: S.healthSchema, alsoAnswers: [503] })
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
      response.setHeader('Retry-After', String(DATABASE_RETRY_AFTER_SECONDS));
    }
    return {
      status: database === 'up' ? 'ok' : 'degraded',
      checks: { database },
      database,
      databaseLatencyMs: Date.now() - started,
      time: new Date().toISOString(),
    };
  }
}
