import { type DynamicModule, Module } from '@nestjs/common';
import { CoreModule } from '../app.module';
import type { AppConfig } from '../config/config.schema';
import type { DatabaseConnection } from '../database/database-connection';
import { ReconciliationModule } from '../reconciliation/reconciliation.module';
import { UsersModule } from '../users/users.module';

/** What `pnpm cli` commands need: the same services as the API, without HTTP. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig, database: DatabaseConnection): DynamicModule {
    // Reconciling reads Stripe, or an emulator running as its own server (STRIPE_EMULATOR_URL);
    // otherwise the payments live in the emulator inside the running API
    // (`GET /api/admin/reconciliation`), and the CLI must not start an empty one.
    const stripe = config.stripe.secretKey || config.stripe.emulator ? [ReconciliationModule] : [];
    return { module: CliModule, imports: [CoreModule.forRoot(config, database), UsersModule, ...stripe] };
  }
}
