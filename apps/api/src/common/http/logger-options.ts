import { RequestMethod } from '@nestjs/common';
import type { Params } from 'nestjs-pino';
import type { AppConfig } from '../../config/config.schema';
import { requestIdFor } from './request-id';

/**
 * Logs with a request id on every line (JSON, or pretty lines at a terminal). Only method, path and status of
 * requests are logged: never headers (tokens, cookies), bodies or query
 * strings, which may carry personal or business data.
 */
export function loggerOptions(config: AppConfig): Params {
  return {
    pinoHttp: {
      level: config.logLevel,
      genReqId: requestIdFor,
      serializers: {
        req: (request: { id: string; method: string; url: string }) => ({
          id: request.id,
          method: request.method,
          path: request.url.split('?')[0],
        }),
        res: (response: { statusCode: number }) => ({ statusCode: response.statusCode }),
      },
      customLogLevel: (_request, response, error) =>
        error || response.statusCode >= 500 ? 'error' : response.statusCode >= 400 ? 'info' : 'debug',
      autoLogging: { ignore: (request) => request.url === '/api/health' },
      // At a terminal (or LOG_FORMAT=pretty) one short line per event; JSON everywhere else.
      ...(config.logFormat === 'pretty'
        ? {
            transport: {
              target: 'pino-pretty',
              options: { singleLine: true, translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname' },
            },
          }
        : {}),
    },
    forRoutes: [{ path: '{*path}', method: RequestMethod.ALL }],
  };
}
