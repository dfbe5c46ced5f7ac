import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import compression from 'compression';
import cookieParser from 'cookie-parser';
import type { NextFunction, Request, Response } from 'express';
import helmet from 'helmet';
import { Logger } from 'nestjs-pino';
import { cleanupOpenApiDoc } from 'nestjs-zod';
import { DataSource } from 'typeorm';
import { AppModule } from './app.module';
import { finishOpenApiDocument } from './openapi/api-doc';
import { translateBodyParserErrors } from './common/http/body-parser-errors';
import { noStoreForSignedInCallers } from './common/http/no-store';
import { assignRequestId } from './common/http/request-id';
import type { AppConfig } from './config/config.schema';
import type { DatabaseConnection } from './database/database-connection';
import { runMigrations } from './database/run-migrations';

/** Brings the schema up to date with a short-lived connection of its own, before any module touches the database. */
export async function migrateDatabase(config: AppConfig, database: DatabaseConnection): Promise<void> {
  const dataSource = new DataSource({ ...database.options, entities: [] });
  await dataSource.initialize();
  try {
    await runMigrations(dataSource, config.database.schema);
  } finally {
    await dataSource.destroy();
  }
}

/** The HTTP application, configured identically for `pnpm start`, the tests and the CLI's smoke checks. */
export async function createApp(config: AppConfig, database: DatabaseConnection): Promise<NestExpressApplication> {
  await migrateDatabase(config, database);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, database), {
    bodyParser: false,
    rawBody: true,
    bufferLogs: true,
    // Let start-up errors propagate to the caller (main prints them; tests see them) instead of exiting the process.
    abortOnError: false,
  });
  configureHttp(app, config);
  return app;
}

export function configureHttp(app: NestExpressApplication, config: AppConfig): void {
  app.useLogger(app.get(Logger));
  app.use(assignRequestId);
  app.set('trust proxy', config.trustProxy);
  app.disable('x-powered-by');
  app.use(
    helmet({
      contentSecurityPolicy: {
        directives: {
          defaultSrc: ["'self'"],
          scriptSrc: ["'self'"],
          // Mantine and Swagger UI set inline styles.
          styleSrc: ["'self'", "'unsafe-inline'"],
          imgSrc: ["'self'", 'data:', 'blob:'],
          connectSrc: ["'self'"],
          frameAncestors: ["'none'"],
          upgradeInsecureRequests: null,
        },
      },
      crossOriginEmbedderPolicy: false,
    }),
  );
  // JSON answers over 1 KB go out gzipped or brotli-compressed when the client accepts it (the web's
  // files are compressed at build time instead: WebModule). Uploaded documents and images are not
  // compressible types, so they pass through as they are.
  app.use('/api', compression({ threshold: 1024 }));
  app.use(cookieParser());
  app.use('/api', noStoreForSignedInCallers);
  app.useBodyParser('json', { limit: config.bodyLimitBytes });
  app.use(translateBodyParserErrors);
  app.setGlobalPrefix('api');
  setUpOpenApi(app);
}

/** The OpenAPI 3.1 document of the API, as `/api/docs/openapi.json` serves it (docs/api.md, "The OpenAPI document"). */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  return finishOpenApiDocument(
    cleanupOpenApiDoc(
      SwaggerModule.createDocument(
        app,
        new DocumentBuilder()
          .setOpenAPIVersion('3.1.0')
          .setTitle('Crowdstake API')
          .setDescription(
            'Risk-reviewed crowdfunding with escrowed funds. Money is integer minor units beside an ISO 4217 currency. ' +
              'Errors are {statusCode, error, message, code, details?, requestId}. Lists are {items, total, page, pageSize}.',
          )
          .setVersion('1')
          .build(),
      ),
      { version: '3.1' },
    ),
  );
}

function setUpOpenApi(app: INestApplication): OpenAPIObject {
  const document = buildOpenApiDocument(app);
  // /api/docs answers the document itself to clients that ask for JSON, and Swagger UI to browsers.
  app.use('/api/docs', (request: Request, response: Response, next: NextFunction) => {
    if (
      (request.path === '/' || request.path === '') &&
      request.accepts(['text/html', 'application/json']) === 'application/json'
    ) {
      response.json(document);
      return;
    }
    next();
  });
  SwaggerModule.setup('api/docs', app, document, {
    jsonDocumentUrl: 'api/docs/openapi.json',
    yamlDocumentUrl: 'api/docs/openapi.yaml',
  });
  return document;
}
