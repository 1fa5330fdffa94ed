// Keeps the full-text index in step with the library: loads the side file (or builds from the
// bodies), then re-indexes exactly the clips whose fingerprint changed, told by the store's
// change listener. Owns no policy about queries. Never writes in a read-only library.
import { CompactIndex } from '../../../common/search/compact-index.js';
import type { StoredClip } from '../../../common/library/schema.js';
import type { FoldOptions } from '../../../common/text/normalize.js';
import { analyzerFor, analyzerSignature, createTextIndex } from '../../../common/search/text-index.js';
import { docFlags } from '../../../common/search/doc-flags.js';
import type { LibraryStore, Touch } from '../store/library-store.js';
import { readIndexFile, writeIndexFile } from './index-file.js';
import { backgroundTimer } from '../background.js';

// Parallel body reads while indexing: enough to keep the disk busy, few enough to keep memory flat.
const READ_CONCURRENCY = 32;
// A batch this large leaves the lists with much unused room (and a large run cache): shrink them.
const TRIM_AFTER = 500;
// Texts longer than this are indexed in slices (compact-index.ts addInSlices).
const LONG_TEXT = 65_536;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));
// A quiet spell after the last change before the side file is rewritten (it can be tens of MB).
const SAVE_DELAY_MS = 20_000;

/** What a clip was indexed at: any edit bumps updatedAt; the body hash covers re-imports. */
export const fingerprint = (c: StoredClip): string => `${c.updatedAt}|${c.bodySha256}|${c.tags.length}`;

export type SyncStats = { loadedFrom: 'file' | 'built'; reason: string; indexedOnOpen: number; openMs: number };

export class IndexSync {
  index: CompactIndex;
  fold: FoldOptions;
  stats: SyncStats | null = null;
  /** Clips added this session, indexed but not yet offered to auto-tagging. */
  readonly fresh = new Set<string>();
  // Clips left out because they are in the trash: restoring one is not a new clip for watchlists.
  private readonly trashed = new Set<string>();
  private fps = new Map<string, string>();
  private dirty: Set<string> | null = null;
  private syncedVersion = -1;
  private running: Promise<void> | null = null;
  private unsaved = false;
  private saveTimer: ReturnType<typeof setTimeout> | null = null;
  private opened: Promise<void> | null = null;
  private saving: Promise<void> = Promise.resolve();
  private closed = false;

  constructor(private readonly store: LibraryStore) {
    this.fold = this.foldFromSettings();
    this.index = createTextIndex(this.fold);
    store.onChange((t) => this.noteChange(t));
    store.beforeClose(() => this.closeUp());
  }

  /** At close: an open still loading or building finishes first, then one last save; nothing is
   * written after the library has closed (a test's temp folder may be gone by then). */
  private async closeUp(): Promise<void> {
    if (this.opened) await this.opened.catch(() => undefined);
    await this.save();
    this.closed = true;
  }

  private foldFromSettings(): FoldOptions {
    return { strong: this.store.corrupt ? true : this.store.data.settings.searchStrongFolds !== false };
  }

  private noteChange(t: Touch | undefined): void {
    if (!this.store.corrupt && this.foldFromSettings().strong !== this.fold.strong) {
      this.fold = this.foldFromSettings();
      this.index = createTextIndex(this.fold);
      this.fps.clear();
      this.dirty = null;
      return;
    }
    if (!t || !t.clips) this.dirty = null;
    else if (this.dirty) for (const c of t.clips) this.dirty.add(c.id);
    if (t?.membership) for (const c of t.clips ?? []) if (!this.fps.has(c.id) && !this.trashed.has(c.id)) this.fresh.add(c.id);
  }

  /** Loads or builds once; later calls bring the index up to the store's current version. */
  async ready(): Promise<void> {
    this.opened ??= this.open();
    await this.opened;
    while (this.syncedVersion !== this.store.version) {
      this.running ??= this.catchUp()
        .then(() => undefined)
        .finally(() => (this.running = null));
      await this.running;
    }
  }

  private async open(): Promise<void> {
    const t0 = performance.now();
    const sig = analyzerSignature(this.fold);
    const { snapshot, reason } = await readIndexFile(this.store.opts.dataDir, sig);
    let loadedFrom: SyncStats['loadedFrom'] = 'built';
    if (snapshot) {
      try {
        this.index = CompactIndex.fromData(analyzerFor(this.fold), snapshot.data);
        this.fps = new Map(snapshot.data.ids.map((id, i) => [id, snapshot.fingerprints[i]!]));
        loadedFrom = 'file';
      } catch {
        this.index = createTextIndex(this.fold);
        this.fps.clear();
      }
    }
    this.dirty = null;
    const before = this.fps.size;
    // Tracked like any catch-up, so a save waits for it (an add may pause between slices).
    const run = this.catchUp();
    this.running = run.then(() => undefined).finally(() => (this.running = null));
    const changed = await run;
    this.stats = { loadedFrom, reason, indexedOnOpen: changed, openMs: performance.now() - t0 };
    if (changed > 0 || before !== this.fps.size) await this.save();
  }

  /** Re-indexes what changed since the last call; returns how many clips were (re)indexed. */
  private async catchUp(): Promise<number> {
    const version = this.store.version;
    const clips = this.store.data.clips;
    const byId = new Map<string, StoredClip>();
    const todo: StoredClip[] = [];
    const gone: string[] = [];
    if (this.dirty === null) {
      for (const c of clips) {
        // A clip in the trash is no hit: it leaves the index and returns when restored.
        if (c.deletedAt) {
          this.trashed.add(c.id);
          continue;
        }
        byId.set(c.id, c);
        if (this.fps.get(c.id) !== fingerprint(c)) todo.push(c);
      }
      for (const id of this.fps.keys()) if (!byId.has(id)) gone.push(id);
    } else {
      const want = this.dirty;
      for (const c of clips) {
        if (!want.has(c.id)) continue;
        if (c.deletedAt) this.trashed.add(c.id);
        else byId.set(c.id, c);
      }
      for (const id of want) {
        const c = byId.get(id);
        if (!c) {
          if (this.fps.has(id)) gone.push(id);
        } else if (this.fps.get(id) !== fingerprint(c)) todo.push(c);
      }
    }
    this.dirty = new Set();
    for (const id of gone) {
      this.index.discard(id);
      this.fps.delete(id);
      this.fresh.delete(id);
    }
    for (let i = 0; i < todo.length; i += READ_CONCURRENCY) {
      const batch = todo.slice(i, i + READ_CONCURRENCY);
      const bodies = await Promise.all(batch.map((c) => this.store.bodies.get(c.bodySha256).catch(() => null)));
      for (const [k, c] of batch.entries()) {
        const body = bodies[k] ?? '';
        const doc = { id: c.id, title: c.title, body, source: c.source ?? '', tags: c.tags.join(' \n '), flags: docFlags(body) };
        // A long text is analysed in slices, letting calls and input through between them.
        if (body.length > LONG_TEXT) await this.index.addInSlices(doc, nextTurn);
        else this.index.add(doc);
        this.fps.set(c.id, fingerprint(c));
      }
    }
    if (todo.length >= TRIM_AFTER) this.index.trim();
    // Edits made while bodies were read are caught by the next call (their ids are in `dirty`).
    this.syncedVersion = version;
    if (todo.length > 0 || gone.length > 0) this.scheduleSave();
    return todo.length;
  }

  private scheduleSave(): void {
    this.unsaved = true;
    if (this.store.readOnly || this.saveTimer) return;
    this.saveTimer = backgroundTimer('index-save', SAVE_DELAY_MS, () => {
      this.saveTimer = null;
      return this.save();
    });
  }

  /** Writes the side file if the index changed since the last write (never when read-only). */
  /**
   * Writes the index file when it changed. Saves run one after another, so the save made when the
   * library closes also waits for one already writing (none may finish after close).
   */
  save(): Promise<void> {
    if (this.saveTimer) clearTimeout(this.saveTimer);
    this.saveTimer = null;
    const next = this.saving.catch(() => undefined).then(() => this.saveNow());
    this.saving = next;
    return next;
  }

  private async saveNow(): Promise<void> {
    if (this.closed || this.store.readOnly || this.store.corrupt || (!this.unsaved && this.opened === null)) return;
    if (!this.unsaved) return;
    if (this.running) await this.running;
    this.unsaved = false;
    const parts = this.index.parts();
    await writeIndexFile(this.store.opts.dataDir, {
      signature: analyzerSignature(this.fold),
      fingerprints: parts.ids.map((id) => this.fps.get(id) ?? ''),
      parts,
    });
  }
}
