import * as fs from 'node:fs/promises';
import * as net from 'node:net';
import { tmpdir } from 'node:os';
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
  /** The folder of the engine's Unix socket (libpq and `pg` read a host starting with / so). */
  host: string;
  /** Names the socket file in `host`: `.s.PGSQL.<port>`; no TCP port is open. */
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
  /**
   * The folder for the Unix socket, made private (0700). Absent: a private
   * temporary folder, removed on close.
   */
  socketDir?: string;
}

/** The port in the socket file's name; pg and libpq look for `<host>/.s.PGSQL.<port>`. */
const SOCKET_PORT = 5432;
/** Unix socket paths are limited to about 104 bytes (103 on macOS, 107 on Linux). */
const MAX_SOCKET_PATH = 100;

export async function startEmbeddedPostgres(options: EmbeddedPostgresOptions): Promise<EmbeddedPostgres> {
  let dataDirUrl = 'memory://';
  if (options.dataDir !== 'memory') {
    // The data files are the database: only this account may read them.
    await makePrivateDir(options.dataDir);
    dataDirUrl = options.dataDir;
  }
  const socket = await prepareSocketDir(options.socketDir);
  const db = await PGlite.create(dataDirUrl, options.loadDataDir ? { loadDataDir: options.loadDataDir } : {});
  // pglite-socket accepts any user and password, so the engine is served on a
  // Unix socket in a 0700 folder: only this account can connect (see decision 0002).
  const server = new PGLiteSocketServer({ db, path: socket.path, maxConnections: options.maxConnections });
  if (options.protocolAwareQueue !== false) installProtocolAwareQueue(server);
  try {
    await server.start();
    await fs.chmod(socket.path, 0o600);
  } catch (error) {
    await db.close();
    await socket.remove();
    throw error;
  }
  let closed = false;
  return {
    host: socket.dir,
    port: SOCKET_PORT,
    async dump() {
      return (await db.dumpDataDir('none')) as Blob;
    },
    async close() {
      if (closed) return;
      closed = true;
      await server.stop();
      await db.close();
      await socket.remove();
    },
  };
}

async function makePrivateDir(dir: string): Promise<void> {
  await fs.mkdir(dir, { recursive: true, mode: 0o700 });
  // mkdir leaves an existing folder's mode alone, and the umask may have widened a new one.
  await fs.chmod(dir, 0o700);
}

/**
 * The socket folder: the one asked for when its path fits a socket address,
 * else a private temporary one. A socket file left by a crashed engine is
 * removed (the caller has checked that no live process owns the folder).
 */
async function prepareSocketDir(
  wanted: string | undefined,
): Promise<{ dir: string; path: string; remove(): Promise<void> }> {
  const socketName = `.s.PGSQL.${SOCKET_PORT}`;
  if (wanted && path.join(wanted, socketName).length <= MAX_SOCKET_PATH) {
    await makePrivateDir(wanted);
    const socketPath = path.join(wanted, socketName);
    await fs.rm(socketPath, { force: true });
    return { dir: wanted, path: socketPath, remove: () => fs.rm(socketPath, { force: true }) };
  }
  // mkdtemp makes the folder 0700.
  const dir = await fs.mkdtemp(path.join(tmpdir(), 'crowdstake-pg-'));
  return {
    dir,
    path: path.join(dir, socketName),
    remove: () => fs.rm(dir, { recursive: true, force: true }),
  };
}

/**
 * Which process serves a data folder. Only one process may own a PGlite data
 * folder; the platform records its socket here so `pnpm cli` can connect to it
 * instead of opening the folder a second time.
 */
export interface EmbeddedOwner {
  pid: number;
  /** The socket folder and port, as in EmbeddedPostgres. */
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
  if (!isProcessAlive(owner.pid) || !(await isAcceptingConnections(owner.host, owner.port))) return null;
  return owner;
}

export async function writeOwner(dataDir: string, owner: EmbeddedOwner): Promise<void> {
  await fs.writeFile(ownerFilePath(dataDir), JSON.stringify(owner, null, 2), { mode: 0o600 });
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

function isAcceptingConnections(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    // A host that is a folder is a Unix socket's (owner files from before it were TCP).
    const socket = host.startsWith('/')
      ? net.connect({ path: path.join(host, `.s.PGSQL.${port}`) })
      : net.connect({ host, port });
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
