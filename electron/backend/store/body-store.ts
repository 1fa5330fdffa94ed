// Content-addressed article bodies: `bodies/<first two hex>/<sha256>.txt`, UTF-8, written once
// and never modified (captured text is immutable). The library file holds only the hash.
// Bulk imports write bodies unsynced and the store syncs them all (in parallel, so the file
// system can group the commits) before it writes any record that points at them.
import { mkdir, open, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { randomBytes } from 'node:crypto';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { writeFileAtomic } from './atomic-write.js';

export const sha256Hex = (text: string): string => createHash('sha256').update(text, 'utf8').digest('hex');

// fsyncs in flight at once when syncing a batch: enough for the file system to group commits,
// few enough to stay far below any open-file limit.
const SYNC_PARALLEL = 64;

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

  constructor(readonly dir: string) {}

  /** Like put(), but not yet durable: syncPending() (run by the store before it writes) makes it so. */
  async putDeferred(text: string): Promise<string> {
    const sha = sha256Hex(text);
    const path = this.pathOf(sha);
    if (this.unsynced.has(path)) return sha;
    const exists = await stat(path).then(() => true, () => false);
    if (exists) return sha;
    const sub = join(this.dir, sha.slice(0, 2));
    if (!this.madeDirs.has(sub)) {
      await mkdir(sub, { recursive: true });
      this.madeDirs.add(sub);
    }
    const temp = `${path}.${randomBytes(4).toString('hex')}.tmp`;
    await writeFile(temp, text);
    await rename(temp, path);
    this.unsynced.add(path);
    return sha;
  }

  /** Makes every putDeferred() body durable: the files, then their folders. */
  async syncPending(): Promise<void> {
    if (this.unsynced.size === 0) return;
    const files = [...this.unsynced];
    this.unsynced = new Set();
    const dirs = [...new Set(files.map((f) => join(f, '..'))), this.dir];
    const all = [...files, ...dirs];
    for (let i = 0; i < all.length; i += SYNC_PARALLEL) await Promise.all(all.slice(i, i + SYNC_PARALLEL).map(fsyncPath));
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
      await mkdir(join(this.dir, sha.slice(0, 2)), { recursive: true });
      await writeFileAtomic(path, text);
    }
    return sha;
  }

  /** The stored text, or null when the file is missing (reported by the caller, never hidden). */
  async get(sha: string): Promise<string | null> {
    try {
      return await readFile(this.pathOf(sha), 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return null;
      throw e;
    }
  }
}
