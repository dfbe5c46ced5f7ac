import { existsSync } from 'node:fs';
import * as path from 'node:path';
import { type DynamicModule, Inject, Logger, Module, type OnModuleInit } from '@nestjs/common';
import { HttpAdapterHost } from '@nestjs/core';
import express, { type NextFunction, type Request, type Response } from 'express';
import type { AppConfig } from '../config/config.schema';

const WEB_DIST_DIR = Symbol('WEB_DIST_DIR');

/**
 * Serves the built web (apps/web/dist) on the API's origin, with every
 * non-API GET falling back to index.html for client-side routing. In
 * `pnpm dev` Vite serves the web instead and proxies /api here.
 *
 * Not @nestjs/serve-static: its error middleware turned every error raised
 * before the routes on an /api path (invalid JSON, an oversized body, an
 * unknown encoding) into a 404. Here /api paths are never touched, so their
 * errors reach the exception filter unchanged.
 */
@Module({})
export class WebModule implements OnModuleInit {
  static forRoot(config: AppConfig): DynamicModule {
    return { module: WebModule, providers: [{ provide: WEB_DIST_DIR, useValue: config.webDistDir }] };
  }

  constructor(
    private readonly adapterHost: HttpAdapterHost,
    @Inject(WEB_DIST_DIR) private readonly webDistDir: string,
  ) {}

  /** Runs after the routes are registered and before Nest's not-found handler, so API routes win. */
  onModuleInit(): void {
    const indexFile = path.join(this.webDistDir, 'index.html');
    if (!existsSync(indexFile)) {
      new Logger(WebModule.name).warn(`No built web at ${this.webDistDir}; serving the API only (run pnpm build).`);
      return;
    }
    const app = this.adapterHost.httpAdapter.getInstance<express.Express>();
    const files = express.static(this.webDistDir, { index: false, setHeaders: setCacheHeaders });
    app.use((request: Request, response: Response, next: NextFunction) => {
      if (isApiPath(request.path)) next();
      else files(request, response, next);
    });
    app.get('{*path}', (request: Request, response: Response, next: NextFunction) => {
      if (isApiPath(request.path)) {
        next();
        return;
      }
      setCacheHeaders(response, indexFile);
      response.sendFile(indexFile, (error?: Error) => {
        if (error) next(error);
      });
    });
  }
}

function isApiPath(urlPath: string): boolean {
  return urlPath === '/api' || urlPath.startsWith('/api/');
}

/** Hashed asset names never change content; index.html must always be fresh. */
function setCacheHeaders(response: Response, filePath: string): void {
  response.setHeader(
    'Cache-Control',
    filePath.includes(`${path.sep}assets${path.sep}`) ? 'public, max-age=31536000, immutable' : 'no-cache',
  );
}
