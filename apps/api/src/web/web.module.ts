import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { type DynamicModule, Logger, Module, type OnApplicationBootstrap } from '@nestjs/common';
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
      return {
        module: WebModule,
        providers: [{ provide: MissingWebNotice, useValue: new MissingWebNotice(config.webDistDir) }],
      };
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
              response.setHeader(
                'Cache-Control',
                filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
              );
            },
          },
        }),
      ],
    };
  }
}

/** Says once, through the application's logger, that only the API is served. */
class MissingWebNotice implements OnApplicationBootstrap {
  constructor(private readonly webDistDir: string) {}

  onApplicationBootstrap(): void {
    new Logger(WebModule.name).warn(`No built web at ${this.webDistDir}; serving the API only (run pnpm build).`);
  }
}
