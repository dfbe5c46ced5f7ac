import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import * as path from 'node:path';
import { Client } from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';

/** TCP ports this process listens on, from /proc (Linux): its socket inodes matched to LISTEN rows. */
function tcpPortsListenedOnByThisProcess(): Set<number> {
  const inodes = new Set<string>();
  for (const fd of readdirSync('/proc/self/fd')) {
    try {
      const match = /^socket:\[(\d+)\]$/.exec(readlinkSync(`/proc/self/fd/${fd}`));
      if (match?.[1]) inodes.add(match[1]);
    } catch {
      // the fd closed meanwhile
    }
  }
  const ports = new Set<number>();
  for (const table of ['/proc/self/net/tcp', '/proc/self/net/tcp6']) {
    if (!existsSync(table)) continue;
    for (const row of readFileSync(table, 'utf8').split('\n').slice(1)) {
      const columns = row.trim().split(/\s+/);
      const [, local, , state, , , , , , inode] = columns;
      if (state === '0A' && inode && inodes.has(inode) && local) ports.add(parseInt(local.split(':')[1] ?? '', 16));
    }
  }
  return ports;
}

/** Tries the socket as another account (nobody), which only root can arrange. */
function connectAsNobody(socketPath: string): string {
  const script = `require('net').connect({ path: ${JSON.stringify(socketPath)} })
    .on('connect', () => { console.log('connected'); process.exit(0); })
    .on('error', (e) => { console.log(e.code); process.exit(0); });`;
  const result = spawnSync(process.execPath, ['-e', script], { uid: 65534, gid: 65534, cwd: '/', encoding: 'utf8' });
  return (result.stdout || result.stderr).trim();
}

// Starting PGlite takes seconds, and much longer on a busy machine.
jest.setTimeout(180_000);

const onLinux = process.platform === 'linux' && existsSync('/proc/self/net/tcp');

describe('the embedded engine is reachable only by its own account', () => {
  let folder: string;
  beforeEach(() => {
    folder = mkdtempSync(path.join(tmpdir(), 'crowdstake-socket-'));
  });
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('serves a Unix socket in a 0700 folder of the data folder, opens no TCP port, and keeps its data files private', async () => {
    const before = onLinux ? tcpPortsListenedOnByThisProcess() : new Set<number>();
    const engine = await startEmbeddedPostgres({
      dataDir: path.join(folder, 'pgdata'),
      socketDir: path.join(folder, 'run'),
      maxConnections: 2,
    });
    try {
      expect(engine.host).toBe(path.join(folder, 'run'));
      const socketPath = path.join(engine.host, `.s.PGSQL.${engine.port}`);
      expect(statSync(engine.host).mode & 0o777).toBe(0o700);
      expect(statSync(socketPath).isSocket()).toBe(true);
      expect(statSync(socketPath).mode & 0o777).toBe(0o600);
      expect(statSync(path.join(folder, 'pgdata')).mode & 0o777).toBe(0o700);

      if (onLinux) {
        const opened = [...tcpPortsListenedOnByThisProcess()].filter((port) => !before.has(port));
        expect(opened).toEqual([]);
      } else {
        process.stdout.write('embedded-socket.spec: TCP listeners not checked (needs /proc, Linux).\n');
      }

      // The owner connects as any PostgreSQL client does, with the folder as host.
      const client = new Client({ host: engine.host, port: engine.port, user: 'postgres', database: 'postgres' });
      await client.connect();
      expect((await client.query<{ one: number }>('SELECT 1 AS one')).rows).toEqual([{ one: 1 }]);
      await client.end();

      if (process.getuid?.() === 0) {
        expect(connectAsNobody(socketPath)).toBe('EACCES');
      } else {
        process.stdout.write('embedded-socket.spec: another account not tried (needs root to switch to nobody).\n');
      }
    } finally {
      await engine.close();
    }
    expect(existsSync(path.join(folder, 'run', '.s.PGSQL.5432'))).toBe(false);
  });

  it('replaces a socket file left by a crashed engine', async () => {
    const run = path.join(folder, 'run');
    mkdirSync(run, { mode: 0o700 });
    const socketPath = path.join(run, '.s.PGSQL.5432');
    // A process killed while listening leaves its socket file behind.
    const listenThenDie = `require('net').createServer().listen(${JSON.stringify(socketPath)}, () => process.kill(process.pid, 'SIGKILL'))`;
    spawnSync(process.execPath, ['-e', listenThenDie]);
    expect(statSync(socketPath).isSocket()).toBe(true);

    const engine = await startEmbeddedPostgres({ dataDir: 'memory', socketDir: run, maxConnections: 1 });
    const client = new Client({ host: engine.host, port: engine.port, user: 'postgres', database: 'postgres' });
    await client.connect();
    await client.end();
    await engine.close();
  });

  it('uses a private temporary folder when none is given, and removes it on close', async () => {
    const engine = await startEmbeddedPostgres({ dataDir: 'memory', maxConnections: 1 });
    expect(path.isAbsolute(engine.host)).toBe(true);
    expect(statSync(engine.host).mode & 0o777).toBe(0o700);
    await engine.close();
    expect(existsSync(engine.host)).toBe(false);
  });
});
