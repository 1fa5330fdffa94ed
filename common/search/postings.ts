// One term's posting list: doc numbers (ascending), a packed per-field term frequency and the
// word positions (positions.ts), in growable typed arrays (4 + 2 bytes a posting plus about 1.5
// a position, instead of MiniSearch's Map entries and objects). Pure: no DOM, no Node. A list
// restored from the side file is a view until it first grows.
import { remapPositions } from './positions.js';

export type Postings = { docs: Int32Array; tfs: Uint16Array; n: number; pos: Uint8Array; posLen: number };

// Packed frequency: body 8 bits, title 3, tags 3, source 2 — each capped, since BM25 saturates
// long before (a word 255 times in one body scores like 1,000 times).
export const FIELD_BITS = [
  { shift: 0, max: 255 },
  { shift: 8, max: 7 },
  { shift: 11, max: 7 },
  { shift: 14, max: 3 },
] as const;

export const packTf = (body: number, title: number, tags: number, source: number): number =>
  Math.min(body, 255) | (Math.min(title, 7) << 8) | (Math.min(tags, 7) << 11) | (Math.min(source, 3) << 14);

// A new term's first list holds this many postings; lists double when full.
const INITIAL_CAPACITY = 4;

export const emptyPostings = (): Postings => ({ docs: new Int32Array(INITIAL_CAPACITY), tfs: new Uint16Array(INITIAL_CAPACITY), n: 0, pos: new Uint8Array(16), posLen: 0 });

export function appendPosting(p: Postings, doc: number, tf: number): void {
  if (p.n === p.docs.length) {
    const cap = Math.max(INITIAL_CAPACITY, p.n * 2);
    const docs = new Int32Array(cap);
    docs.set(p.docs.subarray(0, p.n));
    const tfs = new Uint16Array(cap);
    tfs.set(p.tfs.subarray(0, p.n));
    p.docs = docs;
    p.tfs = tfs;
  }
  p.docs[p.n] = doc;
  p.tfs[p.n] = tf;
  p.n++;
}

/**
 * Keeps live postings and their positions, renumbering docs through `remap` (-1 = dropped), in
 * new arrays: views of the old ones may still be in use (the side file is written from them).
 */
export function remapPostings(p: Postings, remap: Int32Array): void {
  remapPositions(p, p.docs, p.n, remap);
  const docs = new Int32Array(Math.max(INITIAL_CAPACITY, p.n));
  const tfs = new Uint16Array(docs.length);
  let w = 0;
  for (let r = 0; r < p.n; r++) {
    const d = remap[p.docs[r]!]!;
    if (d < 0) continue;
    docs[w] = d;
    tfs[w++] = p.tfs[r]!;
  }
  p.docs = docs;
  p.tfs = tfs;
  p.n = w;
}
