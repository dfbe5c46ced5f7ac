import { existsSync, readdirSync } from 'node:fs';
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
 * The build writes a brotli (.br) and a gzip (.gz) copy beside every text
 * file (apps/web/vite.config.ts); a client that accepts one gets it, with
 * Content-Encoding, the original file's Content-Type and Vary:
 * Accept-Encoding, so nothing is compressed per request.
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
    const encodings = precompressedFiles(this.webDistDir);
    const files = express.static(this.webDistDir, { index: false, setHeaders: setCacheHeaders });
    app.use((request: Request, response: Response, next: NextFunction) => {
      if (isApiPath(request.path)) next();
      else if (!sendPrecompressed(request, response, next, this.webDistDir, request.path, encodings))
        files(request, response, next);
    });
    app.get('{*path}', (request: Request, response: Response, next: NextFunction) => {
      if (isApiPath(request.path)) {
        next();
        return;
      }
      if (sendPrecompressed(request, response, next, this.webDistDir, '/index.html', encodings)) return;
      setCacheHeaders(response, indexFile);
      response.sendFile(indexFile, (error?: Error) => {
        if (error) next(error);
      });
    });
  }
}

/** The encodings the build wrote, best first. */
const ENCODINGS = [
  { name: 'br', extension: '.br' },
  { name: 'gzip', extension: '.gz' },
] as const;
type Encoding = (typeof ENCODINGS)[number]['name'];

/** URL path (`/assets/index-abc.js`) → the compressed copies beside that file. */
function precompressedFiles(root: string): Map<string, Encoding[]> {
  const found = new Map<string, Encoding[]>();
  const names = new Set(readdirSync(root, { recursive: true, encoding: 'utf8' }));
  for (const name of names) {
    // Like express.static, nothing under a dot folder (the build's .vite manifest) is served.
    if (name.split(path.sep).some((segment) => segment.startsWith('.'))) continue;
    const available = ENCODINGS.filter((encoding) => names.has(name + encoding.extension)).map((e) => e.name);
    if (available.length > 0) found.set(`/${name.split(path.sep).join('/')}`, available);
  }
  return found;
}

/**
 * Sends the compressed copy of the file at `urlPath` when the client accepts one; false when there
 * is none to send (no copy, a method other than GET or HEAD, or a client that accepts neither).
 */
function sendPrecompressed(
  request: Request,
  response: Response,
  next: NextFunction,
  root: string,
  urlPath: string,
  encodings: Map<string, Encoding[]>,
): boolean {
  if (request.method !== 'GET' && request.method !== 'HEAD') return false;
  const available = encodings.get(urlPath);
  if (!available) return false;
  // The answer depends on Accept-Encoding whichever copy goes out, so caches must key on it.
  response.vary('Accept-Encoding');
  // Brotli when accepted at all: browsers list gzip first with the same weight, yet br is smaller.
  const encoding = ENCODINGS.find(
    (candidate) => available.includes(candidate.name) && request.acceptsEncodings(candidate.name) === candidate.name,
  );
  if (!encoding) return false;
  const file = path.join(root, ...urlPath.split('/').filter(Boolean));
  setCacheHeaders(response, file);
  response.setHeader('Content-Encoding', encoding.name);
  // The original's type: send would otherwise name the .br/.gz file's own.
  response.type(path.extname(file));
  response.sendFile(file + encoding.extension, (error?: Error) => {
    if (error) next(error);
  });
  return true;
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
