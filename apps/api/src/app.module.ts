import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER, APP_PIPE } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { LoggerModule } from 'nestjs-pino';
import { ZodValidationPipe } from 'nestjs-zod';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { ClockModule } from './clock/clock.module';
import { AllExceptionsFilter } from './common/errors/all-exceptions.filter';
import { loggerOptions } from './common/http/logger-options';
import { APP_CONFIG } from './config/app-config';
import type { AppConfig } from './config/config.schema';
import type { DatabaseConnection } from './database/database-connection';
import { HealthController } from './health/health.controller';
import { RateLimitModule } from './rate-limit/rate-limit.module';
import { UsersModule } from './users/users.module';
import { WebModule } from './web/web.module';

@Module({})
export class AppModule {
  static forRoot(config: AppConfig, database: DatabaseConnection): DynamicModule {
    return {
      module: AppModule,
      global: true,
      imports: [
        LoggerModule.forRoot(loggerOptions(config)),
        TypeOrmModule.forRoot({ ...database.options, autoLoadEntities: true }),
        ClockModule.forRoot(config.testClock),
        AuditModule,
        RateLimitModule,
        UsersModule,
        AuthModule,
        WebModule.forRoot(config),
      ],
      controllers: [HealthController],
      providers: [
        { provide: APP_CONFIG, useValue: config },
        { provide: APP_PIPE, useClass: ZodValidationPipe },
        { provide: APP_FILTER, useClass: AllExceptionsFilter },
      ],
      exports: [APP_CONFIG],
    };
  }
}
