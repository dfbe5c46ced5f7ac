import type { PGlite } from '@electric-sql/pglite';
import type { PGLiteSocketServer } from '@electric-sql/pglite-socket';

/** One frontend message waiting for the engine, as pglite-socket 0.2.17 queues it. */
interface QueuedMessage {
  handlerId: number;
  message: Uint8Array;
  resolve: (bytes: number) => void;
  reject: (error: unknown) => void;
  onData: (data: Uint8Array) => void;
}

interface QueueInternals {
  queue: QueuedMessage[];
  processing: boolean;
  lastHandlerId: number | null;
  db: PGlite;
  processQueue(): Promise<void>;
  clearQueueForHandler(handlerId: number): void;
}

// Extended-query protocol messages: Parse, Bind, Describe, Execute, Close, Flush. Sync ('S') ends the exchange.
const EXTENDED = new Set(['P', 'B', 'D', 'E', 'C', 'H'].map((c) => c.charCodeAt(0)));
const SYNC = 'S'.charCodeAt(0);

/**
 * pglite-socket 0.2.17 queues single protocol messages and, outside a
 * transaction, runs them in arrival order. PGlite is one backend session, so
 * when two connections run parameterized queries at once their Parse, Bind
 * and Execute interleave and one executes the other's unnamed portal ("portal
 * \"\" does not exist", or worse, another query's rows). This replaces the
 * queue's scheduler so that a connection keeps the session from its first
 * extended-protocol message until its Sync, and for as long as it holds a
 * transaction open (as the original did). See docs/decisions/0002.
 */
export function installProtocolAwareQueue(server: PGLiteSocketServer): void {
  const queue = (server as unknown as { queryQueue: QueueInternals }).queryQueue;
  if (!queue || !Array.isArray(queue.queue) || typeof queue.processQueue !== 'function') {
    throw new Error('pglite-socket internals changed: re-check installProtocolAwareQueue before upgrading');
  }
  let exchangeOwner: number | null = null;

  queue.processQueue = async function processQueue(this: QueueInternals): Promise<void> {
    if (this.processing || this.queue.length === 0) return;
    this.processing = true;
    try {
      while (this.queue.length > 0) {
        const owner = exchangeOwner ?? (this.db.isInTransaction() ? this.lastHandlerId : null);
        const index = owner === null ? 0 : this.queue.findIndex((item) => item.handlerId === owner);
        if (index === -1) break; // the owner's next message has not arrived yet; its arrival restarts the queue
        const [item] = this.queue.splice(index, 1) as [QueuedMessage];
        const type = item.message[0] ?? 0;
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item.message, {
              onRawData: (data: Uint8Array) => {
                bytes += data.length;
                item.onData(data);
              },
            }),
          );
        } catch (error) {
          if (exchangeOwner === item.handlerId) exchangeOwner = null;
          item.reject(error);
          continue;
        }
        if (EXTENDED.has(type)) exchangeOwner = item.handlerId;
        else if (type === SYNC && exchangeOwner === item.handlerId) exchangeOwner = null;
        this.lastHandlerId = item.handlerId;
        item.resolve(bytes);
      }
    } finally {
      this.processing = false;
    }
  };

  const clearQueueForHandler = queue.clearQueueForHandler.bind(queue);
  queue.clearQueueForHandler = (handlerId: number) => {
    clearQueueForHandler(handlerId);
    // A connection that went away mid-exchange must not keep the session.
    if (exchangeOwner === handlerId) {
      exchangeOwner = null;
      void queue.processQueue();
    }
  };
}
