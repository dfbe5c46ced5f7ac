import { type DynamicModule, Module } from '@nestjs/common';
import { CoreModule } from '../app.module';
import type { AppConfig } from '../config/config.schema';
import type { DatabaseConnection } from '../database/database-connection';
import { UsersModule } from '../users/users.module';

/** What `pnpm cli` commands need: the same services as the API, without HTTP. */
@Module({})
export class CliModule {
  static forRoot(config: AppConfig, database: DatabaseConnection): DynamicModule {
    return { module: CliModule, imports: [CoreModule.forRoot(config, database), UsersModule] };
  }
}
