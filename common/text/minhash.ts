// Duplicate keys for article text: the exact-duplicate key (foldKey-normalised words joined by
// one space) and a MinHash signature over normalised word 5-shingles, with LSH band keys so a
// near-duplicate is found among 50k clips without comparing against each. Pure: no DOM, no Node.
import { foldKey } from './normalize.js';

// 5-word shingles: long enough that two unrelated reports on one event rarely share one, short
// enough that a lightly edited syndicated copy keeps most of them.
export const SHINGLE_WORDS = 5;
// 128 hash functions: the Jaccard estimate's standard error at 0.8 is ~0.035.
export const MINHASH_PERMUTATIONS = 128;
// 25 bands of 5 rows (125 of the 128 values): a pair at Jaccard 0.8 shares a band with
// probability 0.9999, at 0.5 with 0.55 (then rejected by the full estimate), at 0.2 with 0.008.
export const LSH_BANDS = 25;
export const LSH_ROWS = 5;
// The similarity from which two clips are one story (issue 3: "≥ 0.8 similarity").
export const NEAR_DUPLICATE_JACCARD = 0.8;

/** Words of the folded text (letters and digits only), the unit of both keys. */
export const normalizedWords = (text: string): string[] => foldKey(text).match(/[\p{L}\p{N}]+/gu) ?? [];

/** Two texts with the same key are the same article: same words after folding, whatever the spacing. */
export const exactKey = (text: string): string => normalizedWords(text).join(' ');

/** FNV-1a over UTF-16 units then a murmur3 finaliser: 32-bit, stable across platforms. */
const hash32 = (s: string, seed = 0x811c9dc5): number => {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/** Distinct shingle hashes; a text shorter than one shingle is one shingle of all its words. */
export function shingleHashes(text: string): Uint32Array {
  const words = normalizedWords(text);
  const set = new Set<number>();
  if (words.length > 0 && words.length < SHINGLE_WORDS) set.add(hash32(words.join(' ')));
  for (let i = 0; i + SHINGLE_WORDS <= words.length; i++) set.add(hash32(words.slice(i, i + SHINGLE_WORDS).join(' ')));
  return Uint32Array.from(set);
}

/**
 * MinHash signature: for each of the K functions h_k(x) = mix(x ^ seed_k), the minimum over the
 * shingles. An empty text gets all-ones (it matches nothing but another empty text).
 */
const SEEDS = Uint32Array.from({ length: MINHASH_PERMUTATIONS }, (_, k) => hash32(`marsad-minhash-${k}`));
export function minhash(text: string): Uint32Array {
  const sig = new Uint32Array(MINHASH_PERMUTATIONS).fill(0xffffffff);
  const shingles = shingleHashes(text);
  for (let k = 0; k < MINHASH_PERMUTATIONS; k++) {
    const seed = SEEDS[k]!;
    let min = 0xffffffff;
    for (let i = 0; i < shingles.length; i++) {
      let h = (shingles[i]! ^ seed) >>> 0;
      h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
      h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
      h = (h ^ (h >>> 16)) >>> 0;
      if (h < min) min = h;
    }
    sig[k] = min;
  }
  return sig;
}

/** Estimated Jaccard similarity of the two shingle sets: the share of equal signature slots. */
export function estimateJaccard(a: Uint32Array, b: Uint32Array): number {
  let same = 0;
  for (let k = 0; k < MINHASH_PERMUTATIONS; k++) if (a[k] === b[k]) same++;
  return same / MINHASH_PERMUTATIONS;
}

/** One 32-bit key per band; two signatures that agree on a whole band share that band's key. */
export function bandKeys(sig: Uint32Array): Uint32Array {
  const keys = new Uint32Array(LSH_BANDS);
  for (let b = 0; b < LSH_BANDS; b++) {
    let h = 0x811c9dc5 ^ b;
    for (let r = 0; r < LSH_ROWS; r++) {
      h ^= sig[b * LSH_ROWS + r]!;
      h = Math.imul(h, 0x01000193);
      h ^= h >>> 15;
    }
    keys[b] = h >>> 0;
  }
  return keys;
}
