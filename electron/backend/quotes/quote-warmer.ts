// Detects the library's quotes ahead of need, in the background, so the first Speakers view or
// `speaker:` search after a large import (or after an engine update made the cache stale) does
// not wait for detection over the whole library (~3 ms a clip: half a minute for 10k clips).
// Starts a while after the library last changed, works in short slices and yields between them
// so calls are answered promptly, and stops when the library closes. Only the long-running hosts
// use it (the app and the browser shell); a CLI command would only be kept from exiting.
// Must not: change the library, or detect anything the cache already holds.
import type { StoredClip } from '../../../common/library/schema.js';
import type { LibraryStore } from '../store/library-store.js';
import type { QuoteCache } from './quote-cache.js';
import { backgroundTimer, runInBackground } from '../background.js';

export type WarmerOptions = {
  /** Quiet time after the last change before warming starts (an import changes the library often). */
  delayMs?: number;
  /** Work per slice before yielding to calls waiting on the event loop. */
  sliceMs?: number;
};

const yieldToCalls = () => new Promise<void>((resolve) => setImmediate(resolve));

export class QuoteWarmer {
  private timer: ReturnType<typeof setTimeout> | null = null;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;
  private readonly delayMs: number;
  private readonly sliceMs: number;

  constructor(
    private readonly store: LibraryStore,
    private readonly cache: QuoteCache,
    opts: WarmerOptions = {},
  ) {
    this.delayMs = opts.delayMs ?? 3_000;
    this.sliceMs = opts.sliceMs ?? 15;
    store.onChange((touch) => {
      // Tags, notes and decisions do not change what is detected; new or edited clips do.
      if (touch === undefined || touch.membership || touch.clips) this.schedule();
    });
    store.beforeClose(() => this.stop());
    this.schedule();
  }

  /** Resolves once nothing is waiting to be detected (tests; the bench). */
  async idle(): Promise<void> {
    while (this.timer || this.running) {
      if (this.timer) {
        clearTimeout(this.timer);
        this.timer = null;
        this.start();
      }
      await this.running;
    }
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    await this.running;
  }

  private schedule(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    if (this.timer) clearTimeout(this.timer);
    this.timer = backgroundTimer('quote-warmer', this.delayMs, () => {
      this.timer = null;
      this.start();
    });
  }

  private start(): void {
    // A corrupt, restoring or closed library has nothing to warm; a restore wakes us again.
    if (this.stopped || this.running || !this.store.usable) return;
    this.running = runInBackground('quote-warmer', () => this.run()).finally(() => {
      this.running = null;
      if (this.again) {
        this.again = false;
        this.schedule();
      }
    });
  }

  private async run(): Promise<void> {
    const clips: StoredClip[] = [...this.store.data.clips];
    let sliceStart = performance.now();
    for (const clip of clips) {
      if (this.stopped || !this.store.usable) return;
      try {
        if (!(await this.cache.has(clip))) await this.cache.quotes(clip);
      } catch {
        // Only a head start: a clip whose text cannot be read fails again, visibly, when asked for.
      }
      if (performance.now() - sliceStart >= this.sliceMs) {
        await yieldToCalls();
        sliceStart = performance.now();
      }
    }
  }
}
