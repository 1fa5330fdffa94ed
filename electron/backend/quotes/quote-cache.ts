// Detected quotes per clip, computed on demand and cached by body SHA-256, language, title and
// engine version: in memory, and in the library folder's quotes-cache.jsonl (quote-file.ts) so a
// restart does not re-detect the whole library for the Speakers view or a `speaker:` search.
// Derived data only: nothing here is written to the library itself (the shards carry just the
// analyst's decisions). A read-only library reads the side file but never writes it.
import { detectQuotes, QUOTE_ENGINE_VERSION, type Quote } from '../../../common/quotes/index.js';
import type { StoredClip } from '../../../common/library/schema.js';
import { parseBlocks } from '../../../common/text/structure.js';
import { fail } from '../../../common/result.js';
import type { LibraryStore } from '../store/library-store.js';
import { backgroundTimer } from '../background.js';
import { logEvent } from '../log/app-log.js';
import { appendQuoteFile, QUOTE_FILE, quoteFilePath, readQuoteFile, rewriteQuoteFile, type QuoteEntry } from './quote-file.js';

// Why: a year's library is ~50k clips at a few hundred bytes of quotes each, a few tens of MB;
// past this many entries the oldest are dropped and recomputed on need (~2 ms each).
const MAX_ENTRIES = 60_000;
// Why 2 s: quotes computed in a burst (the Speakers view over a library) land in one append.
const SAVE_DELAY_MS = 2_000;
// Lines for texts no longer in the library (deleted clips, edited titles) are dropped by a
// rewrite once they outnumber the live ones (and this many).
const STALE_REWRITE_MIN = 1_000;

const keyOf = (clip: StoredClip): string => `${QUOTE_ENGINE_VERSION}:${clip.bodySha256}:${clip.lang}:${clip.title}`;

export class QuoteCache {
  private readonly map = new Map<string, Quote[]>();
  private readonly path: string;
  private loaded: Promise<void> | null = null;
  /** 'append': the file holds this engine's header; 'rewrite': it is missing, foreign or mostly stale. */
  private fileMode: 'append' | 'rewrite' = 'rewrite';
  private pending: QuoteEntry[] = [];
  private timer: ReturnType<typeof setTimeout> | null = null;
  private saving: Promise<void> = Promise.resolve();
  /** The file held damaged lines: rewrite it even if nothing new was detected. */
  private rewriteDue = false;
  /** How many times detection actually ran (tests and the bench read it). */
  detections = 0;

  constructor(private readonly store: LibraryStore) {
    this.path = quoteFilePath(store.opts.dataDir);
    if (!store.readOnly) store.beforeClose(() => this.save());
  }

  async body(clip: StoredClip): Promise<string> {
    const body = await this.store.bodies.get(clip.bodySha256);
    if (body === null) fail('storage-io', `The text of "${clip.title}" is missing from the library folder (bodies/${clip.bodySha256}.txt).`);
    return body!;
  }

  /** True when `clip`'s quotes are at hand (no detection needed). */
  async has(clip: StoredClip): Promise<boolean> {
    await this.load();
    return this.map.has(keyOf(clip));
  }

  async quotes(clip: StoredClip): Promise<Quote[]> {
    await this.load();
    const key = keyOf(clip);
    const hit = this.map.get(key);
    if (hit) return hit;
    const body = await this.body(clip);
    const found = detectQuotes({ title: clip.title, body, blocks: parseBlocks(body), lang: clip.lang });
    this.detections++;
    this.remember(key, found);
    this.pending.push([key, found]);
    this.scheduleSave();
    return found;
  }

  private remember(key: string, quotes: Quote[]): void {
    if (this.map.size >= MAX_ENTRIES) this.map.delete(this.map.keys().next().value!);
    this.map.set(key, quotes);
  }

  private load(): Promise<void> {
    this.loaded ??= (async () => {
      const found = await readQuoteFile(this.path, QUOTE_ENGINE_VERSION);
      if (!found) return;
      const live = new Set(this.store.data.clips.map(keyOf));
      let stale = 0;
      for (const [key, quotes] of found.entries) {
        if (live.has(key)) this.remember(key, quotes);
        else stale++;
      }
      this.fileMode = stale > Math.max(STALE_REWRITE_MIN, live.size) ? 'rewrite' : 'append';
      if (found.dropped > 0) {
        // Damaged lines are never served: their clips are detected again and the file rewritten.
        logEvent('warn', 'derived-file-damaged', { file: QUOTE_FILE, dropped: found.dropped, action: 'rebuild' });
        this.fileMode = 'rewrite';
        this.rewriteDue = true;
        this.scheduleSave();
      }
    })();
    return this.loaded;
  }

  private scheduleSave(): void {
    if (this.store.readOnly || this.timer) return;
    this.timer = backgroundTimer('quote-cache-save', SAVE_DELAY_MS, () => {
      this.timer = null;
      return this.save();
    });
  }

  /** Writes what was computed since the last save; a failure is retried at the next one. */
  save(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    this.saving = this.saving.then(async () => {
      if (this.store.readOnly || (this.pending.length === 0 && !this.rewriteDue)) return;
      const batch = this.pending;
      this.pending = [];
      try {
        if (this.fileMode === 'append') await appendQuoteFile(this.path, batch);
        else {
          const live = new Set(this.store.data.clips.map(keyOf));
          await rewriteQuoteFile(this.path, QUOTE_ENGINE_VERSION, [...this.map].filter(([key]) => live.has(key)));
          this.fileMode = 'append';
          this.rewriteDue = false;
        }
      } catch {
        // Only a cache: keep the entries for the next save.
        this.pending = batch.concat(this.pending);
      }
    });
    return this.saving;
  }
}
