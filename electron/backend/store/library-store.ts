// The one writer of the library: holds the lowdb instance, the writer lock, the body store
// and the backups. Changes are applied in memory at once and written coalesced (a burst of
// edits becomes one atomic write), so callers never wait for the disk unless they flush().
// A file that fails to parse or validate is moved aside and never overwritten.
import { mkdir, readFile, rename, copyFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Low } from 'lowdb';
import { emptyLibrary, type LibraryFile } from '../../../common/library/schema.js';
import { migrate } from '../../../common/library/migrations.js';
import { AppFailure, fail } from '../../../common/result.js';
import { AtomicJsonFile } from './json-adapter.js';
import { acquireWriterLock, type WriterLock } from './writer-lock.js';
import { BodyStore, sha256Hex } from './body-store.js';
import { Backups } from './backups.js';
import type { Holder } from '../types.js';

// Long enough to fold a burst of keystrokes or a bulk action into one write, short enough
// that a crash loses well under a second of work.
export const DEFAULT_WRITE_DELAY_MS = 150;

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

export type CorruptInfo = { movedTo: string; reason: string };

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
  lastWriteError: string | null = null;
  /** Writes that reached the disk this session (the coalescing test and the benchmark read it). */
  writeCount = 0;

  private db: Low<LibraryFile>;
  private adapter: AtomicJsonFile<LibraryFile>;
  private lock: WriterLock | null = null;
  private dirty = false;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private writing: Promise<void> | null = null;
  private fileExisted = false;
  private preWriteBackupDone = false;
  private backupTask: Promise<void> = Promise.resolve();

  private constructor(readonly opts: StoreOptions) {
    this.file = join(opts.dataDir, LIBRARY_FILE);
    this.adapter = new AtomicJsonFile<LibraryFile>(this.file);
    this.db = new Low(this.adapter, emptyLibrary(new Date().toISOString()));
    this.bodies = new BodyStore(join(opts.dataDir, 'bodies'));
    this.backups = new Backups(join(opts.dataDir, 'backups'));
  }

  static async open(opts: StoreOptions): Promise<LibraryStore> {
    const store = new LibraryStore(opts);
    if (!opts.readOnly) {
      try {
        await mkdir(opts.dataDir, { recursive: true });
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

  /** The live data. Read freely; change it only through mutate(). */
  get data(): LibraryFile {
    if (this.corrupt) {
      fail('storage-corrupt', 'The library file could not be read; restore a backup first.', { ...this.corrupt });
    }
    return this.db.data;
  }

  private async load(): Promise<void> {
    let raw: unknown;
    try {
      raw = await this.adapter.read();
    } catch (e) {
      if (e instanceof SyntaxError) return this.quarantine(`it is not valid JSON (${e.message})`);
      fail('storage-io', ioMessage(`read the library file ${this.file}`, e));
    }
    if (raw === null) {
      this.db.data = emptyLibrary(new Date().toISOString());
      if (!this.readOnly && this.opts.seed) {
        await this.opts.seed(this);
        await this.flush();
      }
      return;
    }
    this.fileExisted = true;
    const pending = new Map<string, string>();
    const outcome = migrate(raw, {
      now: new Date().toISOString(),
      putBody: (text) => {
        const sha = sha256Hex(text);
        pending.set(sha, text);
        return sha;
      },
    });
    if (outcome.kind === 'newer') {
      fail(
        'storage-io',
        `This library was written by a newer version of Marsad (schema ${outcome.version}); update Marsad to open it.`,
      );
    }
    if (outcome.kind === 'invalid') return this.quarantine(outcome.reason);
    this.db.data = outcome.data;
    if (outcome.migratedFrom !== null && !this.readOnly) {
      // Keep the pre-migration file for good, then store the bodies before anything points at them.
      await mkdir(this.backups.dir, { recursive: true });
      await copyFile(this.file, join(this.backups.dir, `pre-migration-v${outcome.migratedFrom}-${stamp()}.json`));
      for (const [sha, text] of pending) await this.bodies.put(text, sha);
      this.changed();
      await this.flush();
    }
  }

  private async quarantine(reason: string): Promise<void> {
    if (this.readOnly) {
      fail('storage-corrupt', `The library file ${this.file} cannot be read (${reason}); open Marsad to restore a backup.`);
    }
    const movedTo = join(this.opts.dataDir, `library.corrupt-${stamp()}.json`);
    try {
      await rename(this.file, movedTo);
    } catch (e) {
      fail('storage-io', ioMessage(`move the unreadable library file ${this.file} aside`, e));
    }
    this.corrupt = { movedTo, reason };
  }

  /** Applies a change in memory now and schedules one coalesced write. */
  mutate<T>(fn: (data: LibraryFile) => T, opts: { membership?: boolean } = {}): T {
    if (this.readOnly) fail('storage-io', 'This library was opened read-only.');
    const result = fn(this.data);
    if (opts.membership) this.membershipVersion++;
    this.changed();
    return result;
  }

  private changed(): void {
    this.version++;
    this.dirty = true;
    if (!this.timer && !this.writing) {
      this.timer = setTimeout(() => {
        this.timer = null;
        this.startWrite().catch(() => undefined);
      }, this.opts.writeDelayMs ?? DEFAULT_WRITE_DELAY_MS);
    }
  }

  private startWrite(): Promise<void> {
    this.dirty = false;
    const run = (async () => {
      if (this.fileExisted && !this.preWriteBackupDone) {
        // The state this session started from, before anything of ours overwrites it.
        await this.backups.rotate(this.file);
        this.preWriteBackupDone = true;
      }
      try {
        await this.db.write();
        this.writeCount++;
        this.lastWriteError = null;
      } catch (e) {
        this.dirty = true;
        this.lastWriteError = ioMessage(`save the library to ${this.file}`, e);
        throw new AppFailure({ code: 'storage-io', message: this.lastWriteError });
      }
      this.fileExisted = true;
      this.preWriteBackupDone = true;
      this.backupTask = this.backupTask.then(() => this.backups.rotate(this.file)).catch(() => undefined);
    })();
    this.writing = run.finally(() => {
      this.writing = null;
      if (this.dirty && !this.timer && !this.lastWriteError) this.changed();
    });
    return this.writing;
  }

  /** Resolves once every change made so far is on disk; rejects with storage-io if it cannot be. */
  async flush(): Promise<void> {
    if (this.timer) {
      clearTimeout(this.timer);
      this.timer = null;
    }
    while (this.dirty || this.writing) {
      if (this.writing) await this.writing;
      else await this.startWrite();
    }
  }

  /** Replaces a corrupt (or any) library with a backup, after validating it. */
  async restoreBackup(name: string): Promise<void> {
    const path = this.backups.pathOf(name);
    if (!path) fail('invalid-input', `There is no backup named "${name}".`);
    let raw: unknown;
    try {
      raw = JSON.parse(await readFile(path!, 'utf8'));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') fail('not-found', `There is no backup named "${name}".`);
      fail('storage-corrupt', `The backup "${name}" cannot be read either; choose an older one.`);
    }
    const outcome = migrate(raw, { now: new Date().toISOString(), putBody: (t) => sha256Hex(t) });
    if (outcome.kind !== 'ok') fail('storage-corrupt', `The backup "${name}" is not a usable library; choose another.`);
    if (outcome.kind === 'ok') this.db.data = outcome.data;
    this.corrupt = null;
    this.membershipVersion++;
    this.fileExisted = false;
    this.changed();
    await this.flush();
  }

  async close(): Promise<void> {
    try {
      if (!this.readOnly && !this.corrupt) await this.flush();
      await this.backupTask;
    } finally {
      this.lock?.release();
      this.lock = null;
    }
  }
}
