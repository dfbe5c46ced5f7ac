import { type DynamicModule, Global, Logger, Module } from '@nestjs/common';
import { getDataSourceToken } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/config.schema';
import { LocalMailboxController } from './local-mailbox.controller';
import { MailOutboxService } from './mail-outbox.service';
import { localMailboxTransport, MAIL_TRANSPORT, smtpTransport, type MailTransport } from './mail-transport';
import { PublicUrl } from './public-url';

/** Whether the local mailbox is readable over HTTP: only for the offline default, never in production. */
export function localMailboxServed(config: AppConfig): boolean {
  return !config.mail.smtpUrl && config.env !== 'production';
}

/** Outgoing mail: an outbox in PostgreSQL, sent by the job runner through nodemailer. */
@Global()
@Module({})
export class MailModule {
  static forRoot(config: AppConfig): DynamicModule {
    return {
      module: MailModule,
      controllers: localMailboxServed(config) ? [LocalMailboxController] : [],
      providers: [
        {
          provide: MAIL_TRANSPORT,
          inject: [APP_CONFIG, getDataSourceToken()],
          useFactory: (appConfig: AppConfig, dataSource: DataSource): MailTransport => {
            if (appConfig.mail.smtpUrl) return smtpTransport(appConfig);
            if (appConfig.env === 'production') {
              new Logger(MailModule.name).warn(
                'SMTP_URL is not set: mail (password resets) is kept in the local_mailbox table and not delivered',
              );
            }
            return localMailboxTransport(appConfig, dataSource);
          },
        },
        MailOutboxService,
        PublicUrl,
      ],
      exports: [MailOutboxService, PublicUrl],
    };
  }
}
