// BM25+ over one term's posting list, per field: adds the term's weighted score to every live
// doc in a score array. Pure: no DOM, no Node. Why each constant is what it is stands beside it.
import { FIELD_BITS, type Postings } from './postings.js';

/** Per field, in packing order (body, title, tags, source): title words say what a piece is about, the body repeats everything. */
export const FIELD_BOOST = [1, 3, 2, 1.5] as const;
// BM25+ constants (k1 saturation, b length normalisation per field, d floor). MiniSearch's b of
// 0.7 let a two-line brief naming لافروف once outrank a long article about him that names him
// six times: news bodies run from a line to thousands of words, and a long one repeats a name
// because it is about it. So the body is normalised lightly; titles, tags and sources, all short,
// keep more of it.
const K1 = 1.2;
const B = [0.3, 0.6, 0.6, 0.6] as const;
const D = 0.5;

/** BM25's inverse document frequency of a term `df` of `n` live docs hold. */
export const bm25Idf = (n: number, df: number): number => Math.log(1 + (n - df + 0.5) / (df + 0.5));

/**
 * Adds `weight` (the caller's weight × idf) × BM25+ of list `p` to `acc[d]` for every live doc d
 * (`ids[d]` not null), counting the fields in the `fields` mask only. `lens` holds 4 field lengths
 * a doc, `avg` the average length per field. Docs whose body holds the term are marked 1 in
 * `bodyHits` when given.
 */
export function scorePostings(
  acc: Float32Array,
  p: Postings,
  ids: readonly (string | null)[],
  lens: Uint16Array,
  avg: readonly number[],
  weight: number,
  fields: number,
  bodyHits?: Uint8Array,
): void {
  const docs = p.docs;
  const tfs = p.tfs;
  for (let i = 0; i < p.n; i++) {
    const d = docs[i]!;
    if (ids[d] === null) continue;
    const packed = tfs[i]!;
    if (bodyHits !== undefined && (packed & FIELD_BITS[0].max) !== 0) bodyHits[d] = 1;
    let s = 0;
    for (let f = 0; f < 4; f++) {
      const tf = (packed >> FIELD_BITS[f]!.shift) & FIELD_BITS[f]!.max;
      if (tf === 0 || !(fields & (1 << f))) continue;
      const norm = K1 * (1 - B[f]! + (B[f]! * lens[4 * d + f]!) / avg[f]!);
      s += FIELD_BOOST[f]! * (D + (tf * (K1 + 1)) / (tf + norm));
    }
    if (s > 0) acc[d]! += weight * s;
  }
}
