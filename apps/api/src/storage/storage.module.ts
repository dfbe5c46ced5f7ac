import { Global, Module } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/config.schema';
import { FILE_STORE, type FileStore } from './file-store';
import { LocalFileStore } from './local-file-store';
import { PostgresFileStore } from './postgres-file-store';

/** The FileStore for FILE_STORE: the database (default, any number of replicas) or a local folder (one instance). */
@Global()
@Module({
  providers: [
    {
      provide: FILE_STORE,
      inject: [APP_CONFIG, DataSource],
      useFactory: (config: AppConfig, dataSource: DataSource): FileStore =>
        config.fileStore === 'local'
          ? new LocalFileStore(config)
          : new PostgresFileStore(dataSource, new LocalFileStore(config)),
    },
  ],
  exports: [FILE_STORE],
})
export class StorageModule {}
