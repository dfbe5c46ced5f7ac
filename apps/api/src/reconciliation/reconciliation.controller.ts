import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '../auth/access.decorators';
import { ReconciliationService, type ReconciliationReport } from './reconciliation.service';

@ApiTags('platform')
@ApiBearerAuth()
@Controller('admin')
export class ReconciliationController {
  constructor(private readonly reconciliation: ReconciliationService) {}

  /**
   * The ledger against Stripe, per campaign. It lives in the API too because the
   * emulator's state is in the API's memory: `pnpm cli reconcile` cannot see it.
   */
  @Get('reconciliation')
  @Roles('admin')
  report(): Promise<ReconciliationReport> {
    return this.reconciliation.reconcile();
  }
}
