// The index in flat arrays, as the side file holds it (electron/backend/search/index-file.ts),
// and back: flattenLists() lays every term's posting list end to end; checkDocNumbers() and
// listView() check a loaded copy's bounds and give each term's list as views into its arrays
// (no copy). Pure: no DOM, no Node.
import type { Postings } from './postings.js';

/** What `CompactIndex.parts()` gives: per-doc arrays and each term's list as views (see there). */
export type IndexParts = { ids: string[]; terms: string[]; lens: Uint16Array; flags: Uint8Array; lists: { docs: Int32Array; tfs: Uint16Array; pos: Uint8Array }[] };

export type IndexData = { ids: string[]; terms: string[]; lens: Uint16Array; offsets: Uint32Array; docs: Int32Array; tfs: Uint16Array; posOffsets: Uint32Array; pos: Uint8Array; flags: Uint8Array };

/** Every list's postings and positions end to end, with each term's offsets (terms + 1 entries). */
export function flattenLists(lists: readonly Postings[]): Pick<IndexData, 'offsets' | 'docs' | 'tfs' | 'posOffsets' | 'pos'> {
  const offsets = new Uint32Array(lists.length + 1);
  let total = 0;
  lists.forEach((p, t) => {
    offsets[t] = total;
    total += p.n;
  });
  offsets[lists.length] = total;
  const docs = new Int32Array(total);
  const tfs = new Uint16Array(total);
  lists.forEach((p, t) => {
    docs.set(p.docs.subarray(0, p.n), offsets[t]!);
    tfs.set(p.tfs.subarray(0, p.n), offsets[t]!);
  });
  const posOffsets = new Uint32Array(lists.length + 1);
  let bytes = 0;
  lists.forEach((p, t) => {
    posOffsets[t] = bytes;
    bytes += p.posLen;
  });
  posOffsets[lists.length] = bytes;
  const pos = new Uint8Array(bytes);
  lists.forEach((p, t) => pos.set(p.pos.subarray(0, p.posLen), posOffsets[t]!));
  return { offsets, docs, tfs, posOffsets, pos };
}

/** Throws unless every posting names a doc of `data` ('corrupt postings'). */
export function checkDocNumbers(data: IndexData): void {
  // An indexed loop: for-of over 30 M postings took ~0.5 s of a 100k library's reopen.
  const docs = data.docs;
  const n = data.ids.length;
  for (let i = 0; i < docs.length; i++) if (docs[i]! < 0 || docs[i]! >= n) throw new Error('corrupt postings');
}

/** Term t's list as views into `data`'s arrays; throws when its offsets fall outside them. */
export function listView(data: IndexData, t: number): Postings {
  const a = data.offsets[t]!;
  const b = data.offsets[t + 1]!;
  if (b < a || b > data.docs.length) throw new Error('corrupt postings');
  const pa = data.posOffsets[t]!;
  const pb = data.posOffsets[t + 1]!;
  if (pb < pa || pb > data.pos.length) throw new Error('corrupt positions');
  return { docs: data.docs.subarray(a, b), tfs: data.tfs.subarray(a, b), n: b - a, pos: data.pos.subarray(pa, pb), posLen: pb - pa };
}
