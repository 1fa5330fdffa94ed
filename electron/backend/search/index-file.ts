// The search index's side file, `search-index.json` in the library folder: the MiniSearch index
// plus, per clip, the fingerprint it was indexed at. Only a cache: anything unreadable, from
// another analyzer or another MiniSearch layout is ignored (and rebuilt), never trusted blindly.
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { AsPlainObject } from 'minisearch';
import { writeFileAtomic } from '../store/atomic-write.js';

export const INDEX_FILE = 'search-index.json';
// Bump when the layout of this file changes.
const FORMAT = 1;

export type IndexSnapshot = { signature: string; fingerprints: Record<string, string>; index: AsPlainObject };

export const indexPath = (dataDir: string): string => join(dataDir, INDEX_FILE);

/** The snapshot, or null (with the reason) when there is none worth using. */
export async function readIndexFile(dataDir: string, signature: string): Promise<{ snapshot: IndexSnapshot | null; reason: string }> {
  let text: string;
  try {
    text = await readFile(indexPath(dataDir), 'utf8');
  } catch (e) {
    return { snapshot: null, reason: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'missing' : 'unreadable' };
  }
  try {
    const data = JSON.parse(text) as Partial<IndexSnapshot> & { format?: number };
    if (data.format !== FORMAT) return { snapshot: null, reason: 'old format' };
    if (data.signature !== signature) return { snapshot: null, reason: 'other analyzer' };
    if (!data.fingerprints || typeof data.fingerprints !== 'object' || !data.index || typeof data.index !== 'object') {
      return { snapshot: null, reason: 'corrupt' };
    }
    return { snapshot: data as IndexSnapshot, reason: 'ok' };
  } catch {
    return { snapshot: null, reason: 'corrupt' };
  }
}

/** Writes atomically; a library too large for one JSON string is simply not cached. */
export async function writeIndexFile(dataDir: string, snap: IndexSnapshot): Promise<number> {
  let text: string;
  try {
    text = JSON.stringify({ format: FORMAT, ...snap });
  } catch (e) {
    if (e instanceof RangeError) {
      await rm(indexPath(dataDir), { force: true });
      return 0;
    }
    throw e;
  }
  await writeFileAtomic(indexPath(dataDir), text);
  return Buffer.byteLength(text);
}
