// How the logical library is laid out on disk: a small `library.json` (schema version,
// settings) plus the clip records spread over CLIP_SHARDS shard files by a hash of the clip id,
// so persisting one tag change rewrites one small shard, not the whole library.
// Pure: no DOM, no Node. The store does the I/O.
import { z } from 'zod';
import type { LibraryFile, StoredClip } from './schema.js';

// 64 shards: at 50k clips a shard is ~330 KB and writes in a few ms; at 1k clips 64 tiny files
// still open in well under 50 ms. The benchmark (npm run bench) shows both ends.
export const CLIP_SHARDS = 64;

export const shardName = (n: number): string => `${n.toString(16).padStart(2, '0')}.json`;

/** FNV-1a over UTF-16 units: stable across runs and platforms, cheap, well spread for ids. */
export function shardOf(id: string, shards = CLIP_SHARDS): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % shards;
}

export const metaFileSchema = z
  .object({
    schemaVersion: z.number().int(),
    clipShards: z.number().int().min(1).max(4096),
  })
  .passthrough();

export type MetaFile = Omit<LibraryFile, 'clips'> & { clipShards: number };
export type ShardFile = { clips: StoredClip[] };

export function splitLibrary(data: LibraryFile, shards = CLIP_SHARDS): { meta: MetaFile; shards: ShardFile[] } {
  const { clips, ...rest } = data;
  const out: ShardFile[] = Array.from({ length: shards }, () => ({ clips: [] }));
  for (const c of clips) out[shardOf(c.id, shards)]!.clips.push(c);
  return { meta: { ...rest, clipShards: shards }, shards: out };
}

/** The logical library (still to be validated by migrate()) from the meta file and its shards. */
export function joinLibrary(meta: Record<string, unknown>, shards: unknown[]): Record<string, unknown> {
  const { clipShards: _clipShards, ...rest } = meta;
  const clips: unknown[] = [];
  for (const s of shards) {
    const list = (s as { clips?: unknown } | null)?.clips;
    if (!Array.isArray(list)) throw new TypeError('a clip shard has no clips list');
    for (const c of list) clips.push(c);
  }
  return { ...rest, clips };
}
