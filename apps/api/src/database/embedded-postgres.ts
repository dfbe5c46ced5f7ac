import * as fs from 'node:fs/promises';
import * as net from 'node:net';
import * as path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { PGLiteSocketServer } from '@electric-sql/pglite-socket';
import { installProtocolAwareQueue } from './protocol-aware-queue';

/**
 * The embedded PostgreSQL engine (PGlite, PostgreSQL 18 compiled to WebAssembly)
 * served over the ordinary PostgreSQL wire protocol, so TypeORM's `postgres`
 * driver and `pg` talk to it exactly as to a server. See
 * docs/decisions/0002-embedded-postgres.md for why this shape.
 *
 * PGlite is one backend session: pglite-socket runs the transactions of its
 * connections one whole transaction at a time. Code must therefore never need
 * a second pooled connection while it holds a transaction open.
 */
export interface EmbeddedPostgres {
  host: string;
  port: number;
  /** The whole data folder as a tarball, to start other engines from (tests use a migrated template). */
  dump(): Promise<Blob>;
  close(): Promise<void>;
}

export interface EmbeddedPostgresOptions {
  /** A folder that keeps the data across restarts, or 'memory' for a throwaway database. */
  dataDir: string | 'memory';
  /** Connections the socket server accepts at once: the pool size of every process that connects. */
  maxConnections: number;
  /** A data-dir tarball (from `dumpDataDir`) to start from, e.g. an already-migrated template. */
  loadDataDir?: Blob;
  /** Only the regression test turns this off, to show the interleaving it prevents. */
  protocolAwareQueue?: boolean;
}

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  let dataDirUrl = 'memory://';
  if (options.dataDir !== 'memory') {
    await fs.mkdir(options.dataDir, { recursive: true });
    dataDirUrl = options.dataDir;
  }
  const db = await PGlite.create(dataDirUrl, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  const server = new PGLiteSocketServer({ db, host: '127.0.0.1', port: 0, maxConnections: options.maxConnections });
  if (options.protocolAwareQueue !== false) installProtocolAwareQueue(server);
  await server.start();
  const port = Number(server.getServerConn().split(':').pop());
  let closed = false;
  return {
    host: '127.0.0.1',
    port,
    async dump() {
      return (await db.dumpDataDir('none')) as Blob;
    },
    async close() {
      if (closed) return;
      closed = true;
      await server.stop();
      await db.close();
    },
  };
}

/**
 * Which process serves a data folder. Only one process may own a PGlite data
 * folder; the platform records its socket here so `pnpm cli` can connect to it
 * instead of opening the folder a second time.
 */
export interface EmbeddedOwner {
  pid: number;
  host: string;
  port: number;
  startedAt: string;
}

export function ownerFilePath(dataDir: string): string {
  return path.join(dataDir, 'embedded-postgres.json');
}

export async function readLiveOwner(dataDir: string): Promise<EmbeddedOwner | null> {
  let owner: EmbeddedOwner;
  try {
    owner = JSON.parse(await fs.readFile(ownerFilePath(dataDir), 'utf8')) as EmbeddedOwner;
  } catch {
    return null;
  }
  if (!isProcessAlive(owner.pid) || !(await isPortOpen(owner.host, owner.port))) return null;
  return owner;
}

export async function writeOwner(dataDir: string, owner: EmbeddedOwner): Promise<void> {
  await fs.writeFile(ownerFilePath(dataDir), JSON.stringify(owner, null, 2));
}

export async function removeOwner(dataDir: string, pid: number): Promise<void> {
  try {
    const owner = JSON.parse(await fs.readFile(ownerFilePath(dataDir), 'utf8')) as EmbeddedOwner;
    if (owner.pid === pid) await fs.rm(ownerFilePath(dataDir), { force: true });
  } catch {
    // already gone
  }
}

function isProcessAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isPortOpen(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host, port });
    socket.setTimeout(1000);
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('timeout', () => {
      socket.destroy();
      resolve(false);
    });
    socket.once('error', () => resolve(false));
  });
}
