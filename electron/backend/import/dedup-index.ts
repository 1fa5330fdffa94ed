// In-memory duplicate finder over the whole library: exact keys in a map, MinHash signatures in
// LSH band buckets, so checking one new article costs a few lookups at 50k clips. Loaded once
// per open library from the key cache (dedup-keys.bin), topped up from body files for clips the
// cache lacks (a damaged file is then rewritten whole), and kept in step with the membership.
import { join } from 'node:path';
import { bandKeys, estimateJaccard, LSH_BANDS, NEAR_DUPLICATE_JACCARD } from '../../../common/text/minhash.js';
import type { StoredClip } from '../../../common/library/schema.js';
import type { LibraryStore } from '../store/library-store.js';
import { dedupKeys, type DedupKeys } from './dedup-keys.js';
import { logEvent } from '../log/app-log.js';
import { appendSignatures, encodeRecord, readSignatures, rewriteSignatures, SIGNATURE_FILE, textId } from './signature-file.js';

type Entry = { clipId: string; keys: DedupKeys; bands: Uint32Array };
export type Match = { clipId: string; similarity: number };

export class DedupIndex {
  private entries = new Map<string, Entry>();
  private exact = new Map<string, string[]>();
  private bands: Map<number, string[]>[] = Array.from({ length: LSH_BANDS }, () => new Map());
  private cache = new Map<string, DedupKeys>();
  private pending: Buffer[] = [];
  /** The file held damaged records: the next save writes it whole. */
  private rewrite = false;
  private syncedAt = -1;

  private constructor(private readonly store: LibraryStore, private readonly file: string) {}

  static async open(store: LibraryStore): Promise<DedupIndex> {
    const index = new DedupIndex(store, join(store.opts.dataDir, SIGNATURE_FILE));
    const read = await readSignatures(index.file);
    index.cache = read.keys;
    index.rewrite = read.rewrite;
    if (read.damaged > 0) logEvent('warn', 'derived-file-damaged', { file: SIGNATURE_FILE, damaged: read.damaged, action: 'rebuild' });
    await index.sync();
    return index;
  }

  /** Brings the index in line with the library: adds clips it lacks, forgets removed ones. */
  async sync(): Promise<void> {
    if (this.syncedAt === this.store.membershipVersion) return;
    const live = new Set<string>();
    for (const clip of this.store.data.clips) {
      live.add(clip.id);
      if (this.entries.has(clip.id)) continue;
      const id = textId(clip.bodySha256, clip.title);
      let keys = this.cache.get(id);
      if (!keys) {
        const body = await this.store.bodies.get(clip.bodySha256);
        if (body === null) continue;
        keys = dedupKeys(clip.title, body);
        this.remember(id, keys);
      }
      this.insert(clip.id, keys);
    }
    for (const clipId of [...this.entries.keys()]) if (!live.has(clipId)) this.remove(clipId);
    this.syncedAt = this.store.membershipVersion;
  }

  /** The clip with the same normalised text, if any. */
  exactOf(keys: DedupKeys): string | undefined {
    return this.exact.get(keys.exact)?.[0];
  }

  /** The most similar clip at or above the near-duplicate threshold, if any. */
  nearestOf(keys: DedupKeys): Match | undefined {
    const bands = bandKeys(keys.sig);
    const seen = new Set<string>();
    let best: Match | undefined;
    for (let b = 0; b < LSH_BANDS; b++) {
      for (const clipId of this.bands[b]!.get(bands[b]!) ?? []) {
        if (seen.has(clipId)) continue;
        seen.add(clipId);
        const similarity = estimateJaccard(keys.sig, this.entries.get(clipId)!.keys.sig);
        if (similarity >= NEAR_DUPLICATE_JACCARD && (!best || similarity > best.similarity)) best = { clipId, similarity };
      }
    }
    return best;
  }

  /** Records a clip the importer just added (the store's membership moved by exactly one). */
  added(clip: StoredClip, keys: DedupKeys): void {
    const inStep = this.syncedAt === this.store.membershipVersion - 1;
    this.remember(textId(clip.bodySha256, clip.title), keys);
    this.insert(clip.id, keys);
    if (inStep) this.syncedAt = this.store.membershipVersion;
  }

  /** Writes the keys learnt since the last save to the cache file. */
  async save(): Promise<void> {
    const records = this.pending;
    this.pending = [];
    if (!this.rewrite) return appendSignatures(this.file, records);
    await rewriteSignatures(this.file, [...this.cache].map(([id, keys]) => encodeRecord(id, keys)));
    this.rewrite = false;
  }

  private remember(id: string, keys: DedupKeys): void {
    if (this.cache.has(id)) return;
    this.cache.set(id, keys);
    this.pending.push(encodeRecord(id, keys));
  }

  private insert(clipId: string, keys: DedupKeys): void {
    const bands = bandKeys(keys.sig);
    this.entries.set(clipId, { clipId, keys, bands });
    const same = this.exact.get(keys.exact);
    if (same) same.push(clipId);
    else this.exact.set(keys.exact, [clipId]);
    for (let b = 0; b < LSH_BANDS; b++) {
      const bucket = this.bands[b]!.get(bands[b]!);
      if (bucket) bucket.push(clipId);
      else this.bands[b]!.set(bands[b]!, [clipId]);
    }
  }

  remove(clipId: string): void {
    const e = this.entries.get(clipId);
    if (!e) return;
    this.entries.delete(clipId);
    const same = this.exact.get(e.keys.exact) ?? [];
    same.splice(same.indexOf(clipId) >>> 0, 1);
    if (same.length === 0) this.exact.delete(e.keys.exact);
    for (let b = 0; b < LSH_BANDS; b++) {
      const bucket = this.bands[b]!.get(e.bands[b]!);
      if (!bucket) continue;
      const i = bucket.indexOf(clipId);
      if (i >= 0) bucket.splice(i, 1);
      if (bucket.length === 0) this.bands[b]!.delete(e.bands[b]!);
    }
  }
}

const indexes = new WeakMap<LibraryStore, Promise<DedupIndex>>();
/** The one index per open library, loaded on first use. */
export const dedupIndexOf = (store: LibraryStore): Promise<DedupIndex> => {
  let p = indexes.get(store);
  if (!p) {
    p = DedupIndex.open(store);
    p.catch(() => indexes.delete(store));
    indexes.set(store, p);
  }
  return p;
};
