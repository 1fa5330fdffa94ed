// Content-addressed article bodies: `bodies/<first two hex>/<sha256>.txt`, UTF-8, written once
// and never modified (captured text is immutable). The library file holds only the hash.
// Bulk imports write bodies unsynced and the store syncs them all (in parallel, so the file
// system can group the commits) before it writes any record that points at them; the importer
// does not wait for those writes, only the store does.
import { mkdir, open, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { createHash } from 'node:crypto';
import { basename, join } from 'node:path';
import { PRIVATE_DIR, PRIVATE_FILE, writeFileAtomic } from './atomic-write.js';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

// fsyncs in flight at once when syncing a batch: enough for the file system to group commits,
// few enough to stay far below any open-file limit.
const SYNC_PARALLEL = 64;
// Deferred body writes running at once: keeps the disk busy while the importer parses the next
// files, without piling up unbounded memory or open files.
const WRITES_IN_FLIGHT = 32;

const fsyncPath = async (path: string): Promise<void> => {
  if (process.platform === 'win32' && !path.endsWith('.txt')) return;
  const h = await open(path, 'r');
  try {
    await h.sync();
  } finally {
    await h.close();
  }
};

export class BodyStore {
  private unsynced = new Set<string>();
  private madeDirs = new Set<string>();
  // Deferred writes still running, and ones that failed (retried by syncPending): path → text,
  // so get() serves a body before its file lands and a failed write is never silently lost.
  private inFlight = new Map<string, { text: string; done: Promise<void> }>();
  private failed = new Map<string, string>();

  constructor(readonly dir: string) {}

  /**
   * Like put(), but neither awaited nor durable: the file is written in the background (a few at
   * a time) and syncPending() — run by the store before it writes any record — waits for it,
   * retries a failed one, and makes them all durable. Resolves as soon as the hash is known,
   * unless too many writes are already running.
   */
  async putDeferred(text: string): Promise<string> {
    const sha = sha256Hex(text);
    const path = this.pathOf(sha);
    if (this.unsynced.has(path) || this.inFlight.has(path)) return sha;
    while (this.inFlight.size >= WRITES_IN_FLIGHT) await Promise.race([...this.inFlight.values()].map((w) => w.done));
    this.failed.delete(path);
    const done = this.writeUnsynced(path, sha, text).then(
      () => void this.unsynced.add(path),
      () => void this.failed.set(path, text),
    );
    this.inFlight.set(path, { text, done: done.finally(() => this.inFlight.delete(path)) });
    return sha;
  }

  // No "exists?" check first: a body is content-addressed, so renaming over an existing file
  // replaces it with the same bytes, and the check would cost a round trip per new body.
  private async writeUnsynced(path: string, sha: string, text: string): Promise<void> {
    const sub = join(this.dir, sha.slice(0, 2));
    if (!this.madeDirs.has(sub)) {
      await mkdir(sub, { recursive: true, mode: PRIVATE_DIR });
      this.madeDirs.add(sub);
    }
    const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
    try {
      await writeFile(temp, text, { mode: PRIVATE_FILE });
      await rename(temp, path);
    } catch (e) {
      await unlink(temp).catch(() => undefined);
      throw e;
    }
  }

  /** Makes every putDeferred() body durable: waits for the writes, retries failed ones, then syncs the files and their folders. */
  async syncPending(): Promise<void> {
    await Promise.all([...this.inFlight.values()].map((w) => w.done));
    for (const [path, text] of [...this.failed]) {
      await this.writeUnsynced(path, basename(path, '.txt'), text);
      this.failed.delete(path);
      this.unsynced.add(path);
    }
    if (this.unsynced.size === 0) return;
    const files = [...this.unsynced];
    const dirs = [...new Set(files.map((f) => join(f, '..'))), this.dir];
    const all = [...files, ...dirs];
    for (let i = 0; i < all.length; i += SYNC_PARALLEL) await Promise.all(all.slice(i, i + SYNC_PARALLEL).map(fsyncPath));
    for (const f of files) this.unsynced.delete(f);
  }

  pathOf(sha: string): string {
    return join(this.dir, sha.slice(0, 2), `${sha}.txt`);
  }

  /** Stores the text if absent; returns its SHA-256. Durable when the promise resolves. */
  async put(text: string, knownSha?: string): Promise<string> {
    const sha = knownSha ?? sha256Hex(text);
    const path = this.pathOf(sha);
    const exists = await stat(path).then(
      () => true,
      () => false,
    );
    if (!exists) {
      await mkdir(join(this.dir, sha.slice(0, 2)), { recursive: true, mode: PRIVATE_DIR });
      await writeFileAtomic(path, text);
    }
    return sha;
  }

  /** The text of a body whose file is still being written or failed to be (null otherwise). */
  pendingText(sha: string): string | null {
    const path = this.pathOf(sha);
    return this.inFlight.get(path)?.text ?? this.failed.get(path) ?? null;
  }

  /** The stored text, or null when the file is missing (reported by the caller, never hidden). */
  async get(sha: string): Promise<string | null> {
    const path = this.pathOf(sha);
    const pending = this.inFlight.get(path)?.text ?? this.failed.get(path);
    if (pending !== undefined) return pending;
    try {
      return await readFile(this.pathOf(sha), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }
}
