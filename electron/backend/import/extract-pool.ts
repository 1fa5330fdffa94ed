// Runs file extraction (HTML, PDF, DOCX, large texts) in worker threads with a heap cap and a wall
// time per file, so a hostile file fails alone with one sentence and the host's main thread stays
// free. A worker that runs out of memory or time is terminated and replaced. Node workers, not
// Electron's utilityProcess: the same code then runs in all three hosts (app, CLI, browser shell)
// and under tsx in tests. Small plain texts skip the hop (extractArticle): their parse is cheaper.
import { Worker } from 'node:worker_threads';
import type { ImportErrorCode } from '../../../common/import-errors.js';
import { extractFile, ImportFileError, kindOf, type Article } from './extract-file.js';
import { logEvent } from '../log/app-log.js';

export type WorkerTask = { id: number; name: string; bytes: Uint8Array };
export type WorkerReply = { id: number; article: Article } | { id: number; error: { code: ImportErrorCode; detail: string } };
export type ExtractPoolOptions = { workers?: number; maxHeapMb?: number; timeoutMs?: number };

// Why 512 MB: a 20 MB PDF or a long Word report parses in well under 200 MB; a zip bomb or a
// pathological page would take gigabytes. Why 60 s: the slowest real file (a 20 MB PDF on a slow
// laptop) takes a few seconds.
const MAX_HEAP_MB = 512;
const TIMEOUT_MS = 60_000;
// Plain texts up to this size are decoded on the calling thread (~1 ms); larger ones go to a worker.
const INLINE_TEXT_BYTES = 256 * 1024;

type Job = { task: WorkerTask; resolve: (a: Article) => void; reject: (e: unknown) => void };
type Slot = { worker: Worker; job: Job | null; timer: ReturnType<typeof setTimeout> | null };

// Built, the worker is extract-worker.js beside the host's bundle (scripts/build.mjs writes one per
// host). Under tsx (tests, bench, `npm run marsad`) this module and the worker are .ts files, and
// a worker does not get tsx's hooks from `--import tsx` (tsx issue #354): a two-line bootstrap
// registers them in the worker before importing it.
const FROM_SOURCE = import.meta.url.endsWith('.ts');
const newWorker = (resourceLimits: { maxOldGenerationSizeMb: number }): Worker => {
  if (!FROM_SOURCE) return new Worker(new URL('./extract-worker.js', import.meta.url), { resourceLimits });
  const api = import.meta.resolve('tsx/esm/api');
  const entry = new URL('./extract-worker.ts', import.meta.url).href;
  const boot = `import(${JSON.stringify(api)}).then((tsx) => tsx.register()).then(() => import(${JSON.stringify(entry)}))`;
  return new Worker(boot, { eval: true, resourceLimits });
};

const seconds = (ms: number) => `${ms >= 1000 ? Math.round(ms / 1000) : ms / 1000} s`;

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Job[] = [];
  private nextId = 1;
  private readonly size: number;
  private readonly maxHeapMb: number;
  private readonly timeoutMs: number;

  constructor(opts: ExtractPoolOptions = {}) {
    this.size = opts.workers ?? 1;
    this.maxHeapMb = opts.maxHeapMb ?? MAX_HEAP_MB;
    this.timeoutMs = opts.timeoutMs ?? TIMEOUT_MS;
  }

  /** The article, or an ImportFileError naming `name` (also when the worker ran out of memory or time). */
  extract(name: string, bytes: Uint8Array): Promise<Article> {
    return new Promise<Article>((resolve, reject) => {
      this.queue.push({ task: { id: this.nextId++, name, bytes }, resolve, reject });
      this.pump();
    });
  }

  async close(): Promise<void> {
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private pump(): void {
    while (this.queue.length > 0) {
      let slot = this.slots.find((s) => s.job === null);
      if (!slot && this.slots.length < this.size) slot = this.spawn();
      if (!slot) return;
      const job = this.queue.shift()!;
      slot.job = job;
      slot.worker.ref();
      slot.timer = setTimeout(() => this.fail(slot!, 'extract-timeout', seconds(this.timeoutMs)), this.timeoutMs);
      slot.worker.postMessage(job.task);
    }
  }

  private spawn(): Slot {
    const worker = newWorker({ maxOldGenerationSizeMb: this.maxHeapMb });
    const slot: Slot = { worker, job: null, timer: null };
    worker.unref();
    worker.on('message', (reply: WorkerReply) => this.done(slot, reply));
    worker.on('error', (e: NodeJS.ErrnoException) => {
      if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') this.fail(slot, 'extract-memory', `${this.maxHeapMb} MB`);
      else this.fail(slot, 'unreadable', e.message);
    });
    worker.on('exit', () => this.fail(slot, 'unreadable', 'the reader stopped'));
    this.slots.push(slot);
    return slot;
  }

  private settle(slot: Slot): Job | null {
    const job = slot.job;
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    slot.job = null;
    return job;
  }

  private done(slot: Slot, reply: WorkerReply): void {
    const job = this.settle(slot);
    slot.worker.unref();
    if (job && job.task.id === reply.id) {
      if ('article' in reply) job.resolve(reply.article);
      else job.reject(new ImportFileError(reply.error.code, job.task.name, reply.error.detail));
    }
    this.pump();
  }

  /** The worker is stopped and dropped (a fresh one starts for the next job); its job fails with `code`. */
  private fail(slot: Slot, code: ImportErrorCode, detail: string): void {
    const i = this.slots.indexOf(slot);
    if (i < 0) return;
    this.slots.splice(i, 1);
    const job = this.settle(slot);
    void slot.worker.terminate();
    if (job) {
      logEvent('warn', 'extract-stopped', { code, detail });
      job.reject(new ImportFileError(code, job.task.name, detail));
    }
    this.pump();
  }
}

let shared: ExtractPool | null = null;
/** The process's pool (its idle workers never keep a host from exiting). */
export const extractPool = (): ExtractPool => (shared ??= new ExtractPool());

/** extractFile, off the main thread unless the file is a small plain text (or refused by name alone). */
export function extractArticle(name: string, bytes: Uint8Array): Promise<Article> {
  const kind = kindOf(name);
  if (!kind || bytes.length === 0 || (kind === 'text' && bytes.length <= INLINE_TEXT_BYTES)) return extractFile(name, bytes);
  return extractPool().extract(name, bytes);
}
