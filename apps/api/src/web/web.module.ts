import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { type DynamicModule, Logger, Module } from '@nestjs/common';
import { ServeStaticModule } from '@nestjs/serve-static';
import type { AppConfig } from '../config/config.schema';

/**
 * Serves the built web (apps/web/dist) on the API's origin, with every
 * non-API path falling back to index.html for client-side routing. In
 * `pnpm dev` Vite serves the web instead and proxies /api here.
 */
@Module({})
export class WebModule {
  static forRoot(config: AppConfig): DynamicModule {
    const indexFile = path.join(config.webDistDir, 'index.html');
    if (!existsSync(indexFile)) {
      new Logger(WebModule.name).warn(`No built web at ${config.webDistDir}; serving the API only (run pnpm build).`);
      return { module: WebModule };
    }
    return {
      module: WebModule,
      imports: [
        ServeStaticModule.forRoot({
          rootPath: config.webDistDir,
          exclude: ['/api', '/api/{*path}'],
          serveStaticOptions: {
            // Hashed asset names never change content; index.html must always be fresh.
            setHeaders: (response, filePath) => {
              response.setHeader('Cache-Control', filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache');
            },
          },
        }),
      ],
    };
  }
}
