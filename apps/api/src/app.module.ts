import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE, DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { ZodValidationPipe } from 'nestjs-zod';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { CampaignsModule } from './campaigns/campaigns.module';
import { CompaniesModule } from './companies/companies.module';
import { PaymentsModule } from './payments/payments.module';
import { PayoutsModule } from './payouts/payouts.module';
import { ReviewModule } from './review/review.module';
import { StorageModule } from './storage/storage.module';
import { ClockModule } from './clock/clock.module';
import { LedgerModule } from './ledger/ledger.module';
import { MailModule } from './mail/mail.module';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { loggerOptions } from './common/http/logger-options';
import { APP_CONFIG } from './config/app-config';
import type { AppConfig } from './config/config.schema';
import type { DatabaseConnection } from './database/database-connection';
import { HealthController } from './health/health.controller';
import { IdempotencyModule } from './idempotency/idempotency.module';
import { JobsModule } from './jobs/jobs.module';
import { PledgesModule } from './pledges/pledges.module';
import { SettlementModule } from './settlement/settlement.module';
import { WebhooksModule } from './webhooks/webhooks.module';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { ReconciliationModule } from './reconciliation/reconciliation.module';
import { UsersModule } from './users/users.module';
import { WebModule } from './web/web.module';

/** The configuration, the database and the modules every process needs (the HTTP app and the CLI). */
@Module({})
export class CoreModule {
  static forRoot(config: AppConfig, database: DatabaseConnection): DynamicModule {
    return {
      module: CoreModule,
      global: true,
      imports: [
        TypeOrmModule.forRoot({ ...database.options, autoLoadEntities: true }),
        ClockModule.forRoot(config.testClock),
        AuditModule,
        JobsModule,
        LedgerModule,
        StorageModule,
      ],
      providers: [{ provide: APP_CONFIG, useValue: config }],
      exports: [APP_CONFIG, LedgerModule],
    };
  }
}

/** The HTTP application: every feature module, the access guard, validation, errors, logs and the web. */
@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseConnection): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(config, database),
        LoggerModule.forRoot(loggerOptions(config)),
        DiscoveryModule,
        RateLimitModule,
        MailModule.forRoot(config),
        UsersModule,
        AuthModule,
        CompaniesModule,
        CampaignsModule,
        ReviewModule,
        PaymentsModule,
        PayoutsModule,
        PledgesModule,
        SettlementModule,
        ReconciliationModule,
        WebhooksModule,
        IdempotencyModule,
        WebModule.forRoot(config),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
    };
  }
}
