// One import job: reads its sources one by one (the next few read and extracted, off the main
// thread, while one is stored), refuses bad files in one sentence each, skips exact duplicates, groups
// near-duplicates under their lead, and adds the rest as one batch. Cancellable between files.
// Never flushes per file: the store coalesces the writes; the job flushes once at the end.
import { randomBytes } from 'node:crypto';
import type { ImportProgress, ImportReport, ImportState } from '../../../common/domain.js';
import { MAX_IMPORT_BYTES } from '../../../common/ipc/contract.js';
import { addClip } from '../clips.js';
import type { LibraryStore } from '../store/library-store.js';
import { dedupKeys } from './dedup-keys.js';
import type { DedupIndex } from './dedup-index.js';
import { ImportFileError, type Article } from './extract-file.js';
import { extractArticle } from './extract-pool.js';
import { importErrorSentence, type ImportErrorCode } from '../../../common/import-errors.js';
import type { Source } from './sources.js';
import { AppFailure } from '../../../common/result.js';
import { errorFields, logEvent } from '../log/app-log.js';

// Files read and extracted ahead of the one being stored: enough to hide disk latency, and to
// keep the extraction worker busy while the main thread dedupes and stores.
const READ_AHEAD = 8;

/** A file read and extracted, or why not. */
type Prepared = { article: Article } | { code: ImportErrorCode; detail: string };

async function prepare(source: { file: string; load: () => Promise<Uint8Array> }): Promise<Prepared> {
  let data: Uint8Array;
  try {
    data = await source.load();
  } catch (e) {
    return { code: 'unreadable', detail: (e as NodeJS.ErrnoException).code ?? (e as Error).message };
  }
  try {
    return { article: await extractArticle(source.file, data) };
  } catch (e) {
    if (e instanceof ImportFileError) return { code: e.code, detail: e.detail };
    throw e;
  }
}

const mb = (n: number) => `${(n / 1_048_576).toFixed(1)} MB`;

export const newBatchId = (): string => `imp-${new Date().toISOString().slice(0, 10).replace(/-/g, '')}-${randomBytes(5).toString('hex')}`;

export class ImportJob {
  readonly batchId = newBatchId();
  state: ImportState = 'running';
  total = 0;
  done = 0;
  current: string | null = null;
  readonly report: Pick<ImportReport, 'items' | 'duplicateItems' | 'errorItems'> = { items: [], duplicateItems: [], errorItems: [] };
  finished: Promise<void> = Promise.resolve();
  saveError: string | undefined;
  private sources: Source[] = [];
  private sourcesComplete = false;
  private wake: (() => void) | null = null;
  private cancelRequested = false;

  constructor(private readonly store: LibraryStore, private readonly index: DedupIndex, private readonly tags: string[]) {}

  get jobId(): string {
    return this.batchId;
  }

  progress(): ImportProgress {
    const { jobId, batchId, state, done, total, current } = this;
    const { items, duplicateItems, errorItems } = this.report;
    const saveError = this.saveError === undefined ? {} : { saveError: this.saveError };
    return { jobId, batchId, state, done, total, current, imported: items.length, duplicates: duplicateItems.length, errors: errorItems.length, ...saveError };
  }

  fullReport(): ImportReport {
    const r = this.report;
    return { ...this.progress(), items: [...r.items], duplicateItems: [...r.duplicateItems], errorItems: [...r.errorItems] };
  }

  cancel(): void {
    this.cancelRequested = true;
    this.wake?.();
  }

  get cancelled(): boolean {
    return this.cancelRequested;
  }

  /** Adds a source (walkers call this as they find files). */
  push(source: Source): void {
    this.sources.push(source);
    this.total++;
    this.wake?.();
  }

  /** No more sources will come. */
  close(): void {
    this.sourcesComplete = true;
    this.wake?.();
  }

  private async next(i: number): Promise<Source | null> {
    while (i >= this.sources.length && !this.sourcesComplete && !this.cancelRequested) {
      await new Promise<void>((r) => (this.wake = r));
      this.wake = null;
    }
    return this.cancelRequested ? null : (this.sources[i] ?? null);
  }

  /** Runs to the end (or to a cancel); resolves once the batch is on disk. */
  start(): Promise<void> {
    this.finished = this.run();
    return this.finished;
  }

  private async run(): Promise<void> {
    const ids = new Set(this.store.data.clips.map((c) => c.id));
    const taken = (id: string) => ids.has(id);
    const ahead = new Map<number, Promise<Prepared>>();
    const read = (i: number) => {
      const s = this.sources[i];
      if (!s || !('load' in s) || s.size > MAX_IMPORT_BYTES || ahead.has(i)) return;
      const p = prepare(s);
      p.catch(() => undefined);
      ahead.set(i, p);
    };
    const endBulk = this.store.beginBulk();
    let stopped: unknown = null;
    try {
      await this.index.sync();
      for (let i = 0; ; i++) {
        const source = await this.next(i);
        if (!source) break;
        this.current = source.file;
        for (let k = i; k <= i + READ_AHEAD; k++) read(k);
        await this.one(source, ahead.get(i), taken, ids);
        ahead.delete(i);
        this.done++;
      }
    } catch (e) {
      stopped = e;
    } finally {
      endBulk();
      this.current = null;
      await this.index.save().catch((e: unknown) => logEvent('warn', 'dedup-index-save-failed', errorFields(e)));
    }
    await this.save();
    if (stopped !== null) throw stopped;
  }

  /** 'done' means on disk: a caller that sees it may close the library or quit at once. A failed flush is 'failed' (the store keeps the clips and retries), never 'done'. */
  private async save(): Promise<void> {
    try {
      await this.store.flush();
      this.state = this.cancelRequested ? 'cancelled' : 'done';
    } catch (e) {
      this.saveError = e instanceof AppFailure ? e.appError.message : String(e);
      this.state = 'failed';
      throw e;
    }
  }

  private async one(source: Source, prepared: Promise<Prepared> | undefined, taken: (id: string) => boolean, ids: Set<string>): Promise<void> {
    const { file } = source;
    const fail = (code: ImportErrorCode, detail = '') => this.report.errorItems.push({ file, error: importErrorSentence(code, file, detail), code, ...(detail ? { detail } : {}) });
    let article: Article;
    if ('error' in source) return void this.report.errorItems.push(source.error);
    if ('article' in source) article = source.article;
    else {
      if (source.size > MAX_IMPORT_BYTES) return void fail('too-large', mb(source.size));
      const got = await (prepared ?? prepare(source));
      if (!('article' in got)) return void fail(got.code, got.detail);
      article = got.article;
    }
    const keys = dedupKeys(article.title, article.body);
    const same = this.index.exactOf(keys);
    const sameClip = same ? this.byId(same) : undefined;
    if (sameClip) return void this.report.duplicateItems.push({ file, of: { id: sameClip.id, title: sameClip.title } });
    const near = this.index.nearestOf(keys);
    const nearClip = near ? this.byId(near.clipId) : undefined;
    const groupId = nearClip ? (nearClip.groupId ?? nearClip.id) : null;
    const clip = await addClip(
      this.store,
      { ...article, tags: this.tags, sourceFile: source.path ?? file, batchId: this.batchId, groupId },
      { taken, deferSync: true },
    );
    ids.add(clip.id);
    this.index.added(clip, keys);
    if (nearClip && nearClip.groupId === null) {
      // The earlier clip becomes the lead of the new group.
      this.store.mutate(() => void (nearClip.groupId = nearClip.id), { clips: [nearClip] });
    }
    this.report.items.push({ id: clip.id, title: clip.title, file, lang: clip.lang, groupId });
  }

  private byId(id: string) {
    return this.store.data.clips.find((c) => c.id === id);
  }
}
