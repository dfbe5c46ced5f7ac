import * as net from 'node:net';

/**
 * A TCP proxy in front of the PostgreSQL server that a test can cut (close
 * every connection and refuse new ones), stall (accept and never answer) and
 * restore, to see how the API behaves while its database is unreachable.
 */
export class CuttableProxy {
  private server: net.Server | null = null;
  private readonly sockets = new Set<net.Socket>();
  private stalled = false;
  port = 0;

  constructor(private readonly target: { host: string; port: number }) {}

  async start(): Promise<number> {
    const server = net.createServer((client) => this.accept(client));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(this.port, '127.0.0.1', () => resolve());
    });
    this.port = (server.address() as net.AddressInfo).port;
    this.server = server;
    return this.port;
  }

  /** Every open connection drops and new ones are refused, as when the server goes away. */
  async cut(): Promise<void> {
    const server = this.server;
    this.server = null;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  /** Connections are accepted but nothing gets through, as when a firewall swallows packets. */
  stall(): void {
    this.stalled = true;
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }

  async restore(): Promise<void> {
    this.stalled = false;
    if (!this.server) await this.start();
  }

  private accept(client: net.Socket): void {
    this.track(client);
    if (this.stalled) return;
    const upstream = net.connect(this.target);
    this.track(upstream);
    client.pipe(upstream).pipe(client);
    const drop = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('error', drop).on('close', drop);
    upstream.on('error', drop).on('close', drop);
  }

  private track(socket: net.Socket): void {
    this.sockets.add(socket);
    socket.on('error', () => undefined);
    socket.on('close', () => this.sockets.delete(socket));
  }
}
