// The one writer of the library: holds the writer lock and the logical library in memory.
// Changes apply in memory at once and are written coalesced (a burst of edits becomes one write
// of just the touched shards, all or nothing through write-set.ts), so callers never wait for
// the disk unless they flush(). A library that fails to read is moved aside, never overwritten.
import { randomUUID } from 'node:crypto';
import { chmod, cp, mkdir, rename, rm } from 'node:fs/promises';
import { PRIVATE_DIR } from './atomic-write.js';
import { join } from 'node:path';
import { emptyLibrary, type LibraryFile, type StoredClip } from '../../../common/library/schema.js';
import { CLIP_SHARDS, shardName, shardOf } from '../../../common/library/layout.js';
import { AppFailure, fail } from '../../../common/result.js';
import { acquireWriterLock, type WriterLock } from './writer-lock.js';
import { BodyStore } from './body-store.js';
import { Backups } from './backups.js';
import { readLibrary } from './read-library.js';
import { saveLibraryCopy } from './save-copy.js';
import { journalOverlay, recoverWrites, writeSet } from './write-set.js';
import { StagedLibraryFiles } from './staged-files.js';
import type { Holder } from '../types.js';
import { errorFields, logEvent } from '../log/app-log.js';
import { runInBackground } from '../background.js';

// Long enough to fold a burst of keystrokes or a bulk action into one write, short enough
// that a crash loses well under a second of work.
export const DEFAULT_WRITE_DELAY_MS = 150;
// While a bulk job (an import) runs, writes are coalesced over this long instead: rewriting and
// syncing every touched shard each 150 ms would keep the disk busy with the same files and
// starve the job's reads. A crash loses at most this much of a running import, never a clip
// that was already acknowledged outside it.
export const BULK_WRITE_DELAY_MS = 2_000;

// A failed write is retried after RETRY_FIRST_MS, doubling up to RETRY_MAX_MS: soon enough that
// saving resumes within half a minute of space coming back, rare enough not to churn a full disk.
export const RETRY_FIRST_MS = 500;
export const RETRY_MAX_MS = 30_000;

export const LIBRARY_FILE = 'library.json';
export const LOCK_FILE = 'library.lock';

export type StoreOptions = {
  dataDir: string;
  holder: Holder;
  readOnly?: boolean;
  writeDelayMs?: number;
  /** Fills a brand-new library (first run); runs before the first write. */
  seed?: (store: LibraryStore) => Promise<void>;
};

/** What a change touched. Omitted: everything (always correct, just slower). */
export type Touch = { clips?: readonly { id: string }[]; meta?: boolean; membership?: boolean };

export type CorruptInfo = { movedTo: string; reason: string };

/** Why the library is not being saved: 'disk-full' (ENOSPC, EDQUOT), 'read-only' (EROFS, EACCES, EPERM) or 'io'. */
export type SaveFailure = { reason: 'disk-full' | 'read-only' | 'io'; message: string; since: string; attempts: number };

const reasonOf = (code: string | undefined): SaveFailure['reason'] =>
  code === 'ENOSPC' || code === 'EDQUOT' ? 'disk-full' : code === 'EROFS' || code === 'EACCES' || code === 'EPERM' ? 'read-only' : 'io';

/** Told of every change as it is applied; `undefined` means anything may have changed. */
export type ChangeListener = (touch: Touch | undefined) => void;

const logBackupFailure = (e: unknown) => logEvent('warn', 'backup-failed', errorFields(e));
const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');
const ioMessage = (what: string, e: unknown) =>
  `Marsad could not ${what}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}.`;

export class LibraryStore {
  readonly file: string;
  readonly bodies: BodyStore;
  readonly backups: Backups;
  /** Bumped on every change; views cache against it. */
  version = 0;
  /** Bumped only when clips are added or removed: id lookups and sort order cache against it. */
  membershipVersion = 0;
  corrupt: CorruptInfo | null = null;
  /** Set while writes fail (retried with backoff); cleared by the first write that succeeds. */
  saveFailure: SaveFailure | null = null;
  /** Files written this session (tests and the benchmark read it). */
  filesWritten = 0;
  /** Flushes that wrote anything this session. */
  writeCount = 0;

  private current: LibraryFile = emptyLibrary(new Date().toISOString(), randomUUID());
  /** library.json and the clip shards as lowdb documents, written as one set. */
  private readonly files = new StagedLibraryFiles();
  private lock: WriterLock | null = null;
  private dirtyShards = new Set<number>();
  private dirtyMeta = false;
  private staleShardFiles = 0;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;
  private restoring = false;
  private writing: Promise<void> | null = null;
  private onDisk = false;
  private preWriteBackupDone = false;
  private readonly listeners: ChangeListener[] = [];
  private readonly closers: (() => Promise<void>)[] = [];

  private constructor(readonly opts: StoreOptions) {
    this.file = join(opts.dataDir, LIBRARY_FILE);
    this.bodies = new BodyStore(join(opts.dataDir, 'bodies'));
    this.backups = new Backups(join(opts.dataDir, 'backups'), opts.dataDir);
  }

  static async open(opts: StoreOptions): Promise<LibraryStore> {
    const store = new LibraryStore(opts);
    if (!opts.readOnly) {
      try {
        await mkdir(join(opts.dataDir, 'clips'), { recursive: true, mode: PRIVATE_DIR });
        // The library folder itself is owner-only, which also covers files an older Marsad made 0644.
        await chmod(opts.dataDir, PRIVATE_DIR).catch((e: unknown) => logEvent('warn', 'library-chmod-failed', errorFields(e)));
      } catch (e) {
        fail('storage-io', ioMessage(`create the library folder ${opts.dataDir}`, e));
      }
      store.lock = acquireWriterLock(join(opts.dataDir, LOCK_FILE), opts.holder);
    }
    try {
      await store.load();
    } catch (e) {
      store.lock?.release();
      throw e;
    }
    return store;
  }

  get readOnly(): boolean {
    return Boolean(this.opts.readOnly);
  }

  /** False while the library is corrupt, being restored or closed: background work must not touch it then. */
  get usable(): boolean {
    return !this.corrupt && !this.closed && !this.restoring;
  }

  /** The live data. Read freely; change it only through mutate(). */
  get data(): LibraryFile {
    if (this.corrupt) {
      fail('storage-corrupt', 'The library file could not be read; restore a backup first.', { ...this.corrupt });
    }
    return this.current;
  }

  private async load(): Promise<void> {
    let outcome: Awaited<ReturnType<typeof readLibrary>>;
    try {
      // A set of files a crash interrupted is finished first (writers), or read through (readers).
      if (this.readOnly) outcome = await readLibrary(this.opts.dataDir, await journalOverlay(this.opts.dataDir));
      else {
        const redone = await recoverWrites(this.opts.dataDir);
        if (redone > 0) logEvent('warn', 'write-set-recovered', { files: redone });
        outcome = await readLibrary(this.opts.dataDir);
      }
    } catch (e) {
      return fail('storage-io', ioMessage(`read the library in ${this.opts.dataDir}`, e));
    }
    switch (outcome.kind) {
      case 'missing':
        this.current = emptyLibrary(new Date().toISOString(), randomUUID());
        if (!this.readOnly) {
          this.markAll();
          if (this.opts.seed) await this.opts.seed(this);
          await this.flush();
        }
        return;
      case 'newer':
        return fail(
          'storage-io',
          `This library was written by a newer version of Marsad (schema ${outcome.version}); update Marsad to open it.`,
        );
      case 'invalid':
        return this.quarantine(outcome.reason);
      case 'ok':
        break;
    }
    this.current = outcome.data;
    this.onDisk = true;
    if (this.readOnly) return;
    if (outcome.migratedFrom !== null) {
      // Keep the pre-migration file for good, then store the bodies before anything points at them.
      await mkdir(this.backups.dir, { recursive: true, mode: PRIVATE_DIR });
      const kept = join(this.backups.dir, `pre-migration-v${outcome.migratedFrom}-${stamp()}`);
      // A sharded (v1+) library is kept whole: library.json and every clip shard, copied.
      if (outcome.clipShards > 0) await cp(join(this.opts.dataDir, 'clips'), join(kept, 'clips'), { recursive: true });
      await rename(this.file, outcome.clipShards > 0 ? join(kept, LIBRARY_FILE) : `${kept}.json`);
      this.onDisk = false;
      for (const [sha, text] of outcome.bodies) await this.bodies.put(text, sha);
      this.markAll();
      await this.flush();
    } else if (outcome.clipShards !== CLIP_SHARDS) {
      this.staleShardFiles = outcome.clipShards;
      this.markAll();
      await this.flush();
    }
  }

  private async quarantine(reason: string): Promise<void> {
    if (this.readOnly) {
      fail('storage-corrupt', `The library in ${this.opts.dataDir} cannot be read (${reason}); open Marsad to restore a backup.`);
    }
    const movedTo = join(this.opts.dataDir, `corrupt-${stamp()}`);
    try {
      await mkdir(movedTo, { recursive: true, mode: PRIVATE_DIR });
      await rename(this.file, join(movedTo, LIBRARY_FILE)).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
      await rename(join(this.opts.dataDir, 'clips'), join(movedTo, 'clips')).catch((e: NodeJS.ErrnoException) => {
        if (e.code !== 'ENOENT') throw e;
      });
      await mkdir(join(this.opts.dataDir, 'clips'), { recursive: true, mode: PRIVATE_DIR });
    } catch (e) {
      fail('storage-io', ioMessage(`move the unreadable library in ${this.opts.dataDir} aside`, e));
    }
    this.corrupt = { movedTo, reason };
  }

  private markAll(): void {
    for (let n = 0; n < CLIP_SHARDS; n++) this.dirtyShards.add(n);
    this.dirtyMeta = true;
    this.membershipVersion++;
    this.changed();
    this.notify(undefined);
  }

  /** Derived views (the search index) follow changes through this; listeners must not mutate. */
  onChange(listener: ChangeListener): void {
    this.listeners.push(listener);
  }

  /** Runs before close() releases the lock (the search index saves its side file here). */
  beforeClose(fn: () => Promise<void>): void {
    this.closers.push(fn);
  }

  private notify(touch: Touch | undefined): void {
    for (const l of this.listeners) l(touch);
  }

  /** Applies a change in memory now and schedules one coalesced write of what it touched. */
  mutate<T>(fn: (data: LibraryFile) => T, touch?: Touch): T {
    if (this.readOnly) fail('storage-io', 'This library was opened read-only.');
    const result = fn(this.data);
    if (!touch) {
      this.markAll();
      return result;
    }
    for (const c of touch.clips ?? []) this.dirtyShards.add(shardOf(c.id));
    if (touch.meta) this.dirtyMeta = true;
    if (touch.membership) this.membershipVersion++;
    this.changed();
    this.notify(touch);
    return result;
  }

  private bulkJobs = 0;
  /** Marks a bulk job as running (writes coalesce over BULK_WRITE_DELAY_MS); call the result when it ends. */
  beginBulk(): () => void {
    this.bulkJobs++;
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.bulkJobs--;
    };
  }

  /** True while changes wait to be written (or are being written). */
  get flushPending(): boolean {
    return this.dirty || this.writing !== null;
  }

  private get dirty(): boolean {
    return this.dirtyMeta || this.dirtyShards.size > 0;
  }

  private changed(): void {
    this.version++;
    // While writes fail, the retry timer (backoff) decides when the next attempt is.
    if (!this.timer && !this.writing && !this.retryTimer) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.backgroundWrite();
      }, this.bulkJobs > 0 ? Math.max(BULK_WRITE_DELAY_MS, this.opts.writeDelayMs ?? 0) : (this.opts.writeDelayMs ?? DEFAULT_WRITE_DELAY_MS));
    }
  }

  /** A write nobody awaits: its failure is already recorded in saveFailure and logged by startWrite. */
  private backgroundWrite(): void {
    void runInBackground('library-write', () => this.startWrite().catch((e: unknown) => void e));
  }

  private noteWriteFailure(e: unknown): string {
    const code = (e as NodeJS.ErrnoException).code;
    const message = ioMessage(`save the library in ${this.opts.dataDir}`, e);
    const attempts = (this.saveFailure?.attempts ?? 0) + 1;
    this.saveFailure = { reason: reasonOf(code), message, since: this.saveFailure?.since ?? new Date().toISOString(), attempts };
    // Every failure is logged until it is a retry of the same cause; then one line in ten.
    if (attempts === 1 || attempts % 10 === 0) logEvent('error', 'write-failed', { attempts, ...errorFields(e) });
    if (!this.closed && !this.retryTimer) {
      const delay = Math.min(RETRY_MAX_MS, RETRY_FIRST_MS * 2 ** Math.min(attempts - 1, 16));
      this.retryTimer = setTimeout(() => {
        this.retryTimer = null;
        if (this.dirty && !this.closed) this.backgroundWrite();
      }, delay);
      // Never what keeps a process alive: a host that quits flushes (and reports) itself.
      this.retryTimer.unref?.();
    }
    return message;
  }

  private noteWriteSuccess(): void {
    if (!this.saveFailure) return;
    logEvent('info', 'write-recovered', { attempts: this.saveFailure.attempts, since: this.saveFailure.since });
    this.saveFailure = null;
  }

  /** Snapshot of the dirty shards' clips, taken synchronously so later edits wait their turn. */
  private collect(dirty: Set<number>): Map<number, StoredClip[]> {
    const groups = new Map<number, StoredClip[]>();
    for (const n of dirty) groups.set(n, []);
    for (const c of this.current.clips) groups.get(shardOf(c.id))?.push(c);
    return groups;
  }

  private startWrite(): Promise<void> {
    const shards = this.dirtyShards;
    const meta = this.dirtyMeta || !this.onDisk;
    this.dirtyShards = new Set();
    this.dirtyMeta = false;
    // Records are serialised when each file is written, so a file holds at least the state of
    // this instant; a change made meanwhile has marked its shard dirty again and is written next.
    const groups = this.collect(shards);
    const { clips: _clips, ...rest } = this.current;
    const files = this.files.snapshot(groups, meta ? { ...rest, clipShards: CLIP_SHARDS } : null);

    const run = (async () => {
      if (this.onDisk && !this.preWriteBackupDone) {
        // The state this session started from, before anything of ours replaces it.
        await this.backups.rotate('all').catch(logBackupFailure);
        this.preWriteBackupDone = true;
      }
      try {
        // Bodies a bulk import wrote unsynced go to disk before any record that points at them.
        await this.bodies.syncPending();
        // All or nothing (write-set.ts): a tag rename over many shards never lands half-way.
        await writeSet(this.opts.dataDir, files);
        this.filesWritten += groups.size + (meta ? 1 : 0);
        this.writeCount++;
        this.noteWriteSuccess();
      } catch (e) {
        for (const n of shards) this.dirtyShards.add(n);
        this.dirtyMeta ||= meta;
        throw new AppFailure({ code: 'storage-io', message: this.noteWriteFailure(e) });
      }
      this.onDisk = true;
      this.preWriteBackupDone = true;
      if (this.staleShardFiles > CLIP_SHARDS) {
        for (let n = CLIP_SHARDS; n < this.staleShardFiles; n++) {
          await rm(join(this.opts.dataDir, 'clips', shardName(n)), { force: true });
        }
      }
      this.staleShardFiles = 0;
      // Inside the write pipeline, so a snapshot never mixes files from two writes. A failed
      // snapshot must not fail the save that succeeded; it is retried at the next write.
      const written = new Set([...groups.keys()].map((n) => `clips/${shardName(n)}`));
      if (meta) written.add(LIBRARY_FILE);
      await this.backups.rotate(written).catch(logBackupFailure);
    })();
    this.writing = run.finally(() => {
      this.writing = null;
      if (this.dirty && !this.timer && !this.saveFailure) this.changed();
    });
    return this.writing;
  }

  /** Resolves once every change made so far is on disk; rejects with storage-io if it cannot be. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    // A flush is an attempt now, whatever the backoff says.
    if (this.retryTimer) {
      clearTimeout(this.retryTimer);
      this.retryTimer = null;
    }
    while (this.dirty || this.writing) {
      if (this.writing) await this.writing;
      else await this.startWrite();
    }
  }

  /** Writes the in-memory library (with unsaved changes) as a new library folder inside `folder`; returns its path. */
  saveCopyTo(folder: string): Promise<string> {
    return saveLibraryCopy(this.data, this.bodies, folder);
  }

  /** Replaces the library (corrupt or not) with a backup snapshot, after validating it. */
  async restoreBackup(name: string): Promise<void> {
    if (this.readOnly) fail('storage-io', 'This library was opened read-only.');
    const dir = this.backups.pathOf(name);
    if (!dir) return fail('not-found', `There is no backup named "${name}".`);
    let outcome: Awaited<ReturnType<typeof readLibrary>>;
    try {
      outcome = await readLibrary(dir);
    } catch {
      return fail('storage-corrupt', `The backup "${name}" cannot be read; choose an older one.`);
    }
    if (outcome.kind === 'missing') return fail('not-found', `There is no backup named "${name}".`);
    if (outcome.kind !== 'ok') return fail('storage-corrupt', `The backup "${name}" is not a usable library; choose another.`);
    this.restoring = true;
    try {
      await this.flush().catch((e: unknown) => logEvent('warn', 'flush-before-restore-failed', errorFields(e)));
      this.current = outcome.data;
      this.corrupt = null;
      this.markAll();
      await this.flush();
    } finally {
      this.restoring = false;
    }
    // Background work skipped while the library was unusable (the warmer) picks up again.
    this.notify(undefined);
  }

  async close(): Promise<void> {
    try {
      for (const fn of this.closers) await fn().catch((e: unknown) => logEvent('warn', 'before-close-failed', errorFields(e)));
      if (!this.readOnly && !this.corrupt) {
        await this.flush();
        await this.backups.settle().catch(logBackupFailure);
      }
    } finally {
      this.closed = true;
      if (this.retryTimer) clearTimeout(this.retryTimer);
      this.retryTimer = null;
      this.lock?.release();
      this.lock = null;
    }
  }
}
