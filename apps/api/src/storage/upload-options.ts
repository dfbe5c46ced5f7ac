import { MulterModule } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/config.schema';

/**
 * Multipart uploads for a feature module's FileInterceptor: held in memory up
 * to UPLOAD_MAX_BYTES (multer answers 413 past it), one file per request.
 * File names are read as UTF-8, as browsers send them (multer's default,
 * latin1, turns a Chinese name into mojibake).
 */
export function uploadsModule() {
  return MulterModule.registerAsync({
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => ({
      storage: memoryStorage(),
      defParamCharset: 'utf8',
      limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 10, fieldSize: 10_000 },
    }),
  });
}
