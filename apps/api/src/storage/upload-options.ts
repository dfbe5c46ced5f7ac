import { MulterModule } from '@nestjs/platform-express';
import { memoryStorage } from 'multer';
import { APP_CONFIG } from '../config/app-config';
import type { AppConfig } from '../config/config.schema';

/**
 * Multipart uploads for a feature module's FileInterceptor: held in memory up
 * to UPLOAD_MAX_BYTES (multer answers 413 past it), one file per request.
 */
export function uploadsModule() {
  return MulterModule.registerAsync({
    inject: [APP_CONFIG],
    useFactory: (config: AppConfig) => ({
      storage: memoryStorage(),
      limits: { fileSize: config.uploadMaxBytes, files: 1, fields: 10, fieldSize: 10_000 },
    }),
  });
}
