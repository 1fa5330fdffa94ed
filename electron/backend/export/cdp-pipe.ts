// A minimal Chrome DevTools Protocol client over the pipe a Chromium opens with
// --remote-debugging-pipe (it reads commands on fd 3 and writes answers and events on fd 4,
// each message JSON ended by a NUL byte). No port is opened, so nothing else on the machine can
// talk to the browser. Printing needs five commands; a general client (puppeteer-core) would bring
// a browser downloader and a WebSocket stack we must not ship for them.
// Must not: start or stop the browser (chromium.ts does), or know what is being printed.
import type { Readable, Writable } from 'node:stream';

type Pending = { resolve: (v: unknown) => void; reject: (e: Error) => void; method: string };
type Message = { id?: number; method?: string; params?: Record<string, unknown>; sessionId?: string; result?: unknown; error?: { message: string } };

export class CdpPipe {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private readonly waiters = new Set<(m: Message) => boolean>();
  private parts: Buffer[] = [];
  private closedWith: Error | null = null;

  constructor(
    private readonly toBrowser: Writable,
    fromBrowser: Readable,
  ) {
    fromBrowser.on('data', (chunk: Buffer) => this.receive(chunk));
    fromBrowser.on('close', () => this.close(new Error('the browser closed its DevTools pipe')));
    fromBrowser.on('error', (e) => this.close(e));
    toBrowser.on('error', (e) => this.close(e));
  }

  /** Sends one command (to a page when `sessionId` is given) and resolves with its result. */
  send<T = Record<string, unknown>>(method: string, params: Record<string, unknown> = {}, sessionId?: string): Promise<T> {
    if (this.closedWith) return Promise.reject(this.closedWith);
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject, method });
      this.toBrowser.write(`${JSON.stringify({ id, method, params, ...(sessionId ? { sessionId } : {}) })}\0`);
    });
  }

  /** Resolves with the params of the next `method` event from `sessionId`. */
  once(method: string, sessionId: string): Promise<Record<string, unknown>> {
    return new Promise((resolve, reject) => {
      if (this.closedWith) return reject(this.closedWith);
      const waiter = (m: Message) => {
        if (m.method === '__closed__') reject(this.closedWith ?? new Error('closed'));
        else if (m.method !== method || m.sessionId !== sessionId) return false;
        else resolve(m.params ?? {});
        return true;
      };
      this.waiters.add(waiter);
    });
  }

  /** Fails every command and wait still open (the browser is gone). */
  close(reason: Error): void {
    if (this.closedWith) return;
    this.closedWith = reason;
    for (const p of this.pending.values()) p.reject(reason);
    this.pending.clear();
    for (const w of this.waiters) w({ method: '__closed__' });
    this.waiters.clear();
  }

  private receive(chunk: Buffer): void {
    let from = 0;
    for (let end = chunk.indexOf(0, from); end !== -1; end = chunk.indexOf(0, from)) {
      this.parts.push(chunk.subarray(from, end));
      const text = Buffer.concat(this.parts).toString('utf8');
      this.parts = [];
      from = end + 1;
      this.dispatch(JSON.parse(text) as Message);
    }
    if (from < chunk.length) this.parts.push(chunk.subarray(from));
  }

  private dispatch(m: Message): void {
    if (m.id !== undefined) {
      const p = this.pending.get(m.id);
      if (!p) return;
      this.pending.delete(m.id);
      if (m.error) p.reject(new Error(`${p.method}: ${m.error.message}`));
      else p.resolve(m.result);
      return;
    }
    for (const w of this.waiters) if (w(m)) this.waiters.delete(w);
  }
}
