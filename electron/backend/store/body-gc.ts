// Collects article bodies no clip needs any more (purged from the trash, undone imports). A body
// is kept while anything may still point at it: a clip in memory (trashed ones included), a clip
// file on disk, a backup snapshot (a restore must bring whole clips back, so a purged clip's text
// goes when the last backup naming it is pruned, within 14 days), a quarantined corrupt-* library,
// a write in flight, or a file younger than BODY_GC_MIN_AGE_MS. Deletes only bodies/ files.
import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { errorFields, logEvent } from '../log/app-log.js';
import type { LibraryStore } from './library-store.js';

// An import writes a body a moment before the clip that names it is added: a body younger than
// this may belong to a clip still on its way, so it is never collected.
export const BODY_GC_MIN_AGE_MS = 10 * 60_000;

const SHA_REF = /"bodySha256":"([0-9a-f]{64})"/g;
const BODY_FILE = /^([0-9a-f]{64})\.txt$/;

/** Every body hash named by a .json file under the library folder (clips, backups, corrupt-*), each hard-linked file read once. */
async function namedOnDisk(dataDir: string): Promise<Set<string>> {
  const found = new Set<string>();
  const seen = new Set<string>();
  const entries = await readdir(dataDir, { withFileTypes: true, recursive: true });
  for (const e of entries) {
    if (!e.isFile() || !e.name.endsWith('.json')) continue;
    const path = join(e.parentPath, e.name);
    if (path.startsWith(join(dataDir, 'bodies'))) continue;
    const { dev, ino } = await stat(path);
    if (seen.has(`${dev}:${ino}`)) continue;
    seen.add(`${dev}:${ino}`);
    const text = await readFile(path, 'utf8');
    for (const m of text.matchAll(SHA_REF)) found.add(m[1]!);
  }
  return found;
}

export type BodyGcResult = { removed: number; bytes: number; kept: number };

/** Removes unreferenced bodies; never runs on a library that is corrupt, read-only or closed. */
export async function collectBodies(store: LibraryStore, opts: { minAgeMs?: number; now?: number } = {}): Promise<BodyGcResult> {
  const result: BodyGcResult = { removed: 0, bytes: 0, kept: 0 };
  if (!store.usable || store.readOnly) return result;
  const cutoff = (opts.now ?? Date.now()) - (opts.minAgeMs ?? BODY_GC_MIN_AGE_MS);
  let inMemory = { version: -1, shas: new Set<string>() };
  // Rebuilt when the library changed meanwhile: a clip added while we scan names its body here.
  const named = (sha: string): boolean => {
    if (inMemory.version !== store.version) inMemory = { version: store.version, shas: new Set(store.data.clips.map((c) => c.bodySha256)) };
    return inMemory.shas.has(sha);
  };
  const onDisk = await namedOnDisk(store.opts.dataDir);
  const dirs = await readdir(store.bodies.dir).catch(() => [] as string[]);
  for (const sub of dirs) {
    for (const name of await readdir(join(store.bodies.dir, sub)).catch(() => [] as string[])) {
      const sha = BODY_FILE.exec(name)?.[1];
      if (!sha) continue;
      if (!store.usable || named(sha) || onDisk.has(sha) || store.bodies.pendingText(sha) !== null) {
        result.kept++;
        continue;
      }
      const path = join(store.bodies.dir, sub, name);
      try {
        const { mtimeMs, size } = await stat(path);
        if (mtimeMs > cutoff) {
          result.kept++;
          continue;
        }
        await unlink(path);
        result.removed++;
        result.bytes += size;
      } catch (e) {
        logEvent('warn', 'body-gc-skip', errorFields(e));
      }
    }
  }
  if (result.removed > 0) logEvent('info', 'bodies-collected', { removed: result.removed, bytes: result.bytes });
  return result;
}
