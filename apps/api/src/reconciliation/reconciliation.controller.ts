import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { ReconciliationService, type ReconciliationReport } from './reconciliation.service';
import { ApiDoc } from '../openapi/api-doc';
import * as S from '../openapi/answer-schemas';

@ApiTags('platform')
@Controller('admin')
export class ReconciliationController {
  constructor(private readonly reconciliation: ReconciliationService) {}

  /**
   * The ledger against Stripe, per campaign. It lives in the API too because the
   * emulator's state is in the API's memory: `pnpm cli reconcile` cannot see it.
   */
  @ApiDoc({ summary: 'The ledger against Stripe, per campaign', answer: S.reconciliationSchema })
  @Get('reconciliation')
  @Roles('admin')
  report(): Promise<ReconciliationReport> {
    return this.reconciliation.reconcile();
  }
}
