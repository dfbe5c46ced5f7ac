import type { DataSourceOptions } from 'typeorm';
import type { AppConfig } from '../config/config.schema';
import {
  readLiveOwner,
  removeOwner,
  startEmbeddedPostgres,
  writeOwner,
  type EmbeddedPostgres,
} from './embedded-postgres';
import { MIGRATIONS } from './migrations';
import { SnakeNamingStrategy } from './naming-strategy';
import { installPgTypeParsers } from './pg-types';

/** Where the API's data lives: a PostgreSQL server, or the embedded engine this process (or another) runs. */
export interface DatabaseConnection {
  engine: 'server' | 'embedded';
  /** TypeORM options for this database, without entities (feature modules register theirs). */
  options: DataSourceOptions;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /**
   * 'platform' owns the embedded data folder and refuses to share it;
   * 'cli' connects to the running platform's engine when there is one.
   */
  as: 'platform' | 'cli';
  /** Tests: a throwaway in-memory embedded database, optionally started from a migrated template. */
  inMemory?: { template?: Blob };
}

export class DataDirInUseError extends Error {}

/**
 * A request waits a bounded time for a connection (a free one from the pool, or
 * a new one to a database that does not answer) and then fails with a 503,
 * rather than hanging; keep-alive notices a vanished server on idle sockets.
 */
function boundedWaits(config: AppConfig) {
  return { connectionTimeoutMillis: config.database.connectTimeoutMs, keepAlive: true } as const;
}

export async function openDatabase(
  config: AppConfig,
  { as, inMemory }: OpenDatabaseOptions,
): Promise<DatabaseConnection> {
  installPgTypeParsers();
  const common = {
    type: 'postgres' as const,
    schema: config.database.schema,
    namingStrategy: new SnakeNamingStrategy(),
    synchronize: false,
    migrations: MIGRATIONS,
    migrationsTableName: 'schema_migrations',
    migrationsRun: false,
  };

  if (config.database.url) {
    return {
      engine: 'server',
      options: {
        ...common,
        url: config.database.url,
        extra: {
          max: config.database.poolSize,
          application_name: 'crowdstake',
          ...boundedWaits(config),
          ...(config.database.schema !== 'public' ? { options: `-c search_path=${config.database.schema}` } : {}),
        },
      },
      close: async () => undefined,
    };
  }

  if (!inMemory) {
    const owner = await readLiveOwner(config.dataDir);
    if (owner && as === 'cli') {
      return { engine: 'embedded', options: embeddedOptions(common, owner, config), close: async () => undefined };
    }
    if (owner) {
      throw new DataDirInUseError(
        `The embedded database in ${config.dataDir} is already served by process ${owner.pid}; stop it or set DATA_DIR to another folder.`,
      );
    }
  }

  const engine: EmbeddedPostgres = await startEmbeddedPostgres({
    dataDir: inMemory ? 'memory' : `${config.dataDir}/pgdata`,
    maxConnections: config.database.poolSize + 2,
    loadDataDir: inMemory?.template,
    // The `pnpm cli` finds it through the owner file.
    socketDir: inMemory ? undefined : `${config.dataDir}/run`,
  });
  if (!inMemory)
    await writeOwner(config.dataDir, {
      pid: process.pid,
      host: engine.host,
      port: engine.port,
      startedAt: new Date().toISOString(),
    });
  return {
    engine: 'embedded',
    options: embeddedOptions(common, engine, config),
    close: async () => {
      if (!inMemory) await removeOwner(config.dataDir, process.pid);
      await engine.close();
    },
  };
}

function embeddedOptions(
  common: Partial<DataSourceOptions>,
  socket: { host: string; port: number },
  config: AppConfig,
): DataSourceOptions {
  return {
    ...common,
    type: 'postgres',
    host: socket.host,
    port: socket.port,
    username: 'postgres',
    database: 'postgres',
    schema: 'public',
    extra: { max: config.database.poolSize, application_name: 'crowdstake', ...boundedWaits(config) },
  } as DataSourceOptions;
}
