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

/** The murmur3 32-bit finaliser. */
const fmix32 = (x: number): number => {
  let h = x ^ (x >>> 16);
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return (h ^ (h >>> 16)) >>> 0;
};

/** FNV-1a over UTF-16 units then a murmur3 finaliser: 32-bit, stable across platforms. */
const hash32 = (s: string, seed = 0x811c9dc5): number => {
  let h = seed >>> 0;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
};

/**
 * Version of the key scheme (words, shingle hashing, permutations). Cached keys are stored under
 * it, so keys computed by an older scheme are recomputed rather than compared with new ones.
 */
export const DEDUP_KEY_SCHEME = 2;

/** Distinct shingle hashes; a text shorter than one shingle is one shingle of all its words. */
export function shingleHashes(text: string): Uint32Array {
  return shingleHashesOfWords(normalizedWords(text));
}

export function shingleHashesOfWords(words: readonly string[]): Uint32Array {
  // Each word is hashed once; a shingle's hash chains its words' hashes in order (no string is
  // built per shingle). Repeated shingles are kept: they cannot change a minimum.
  const n = words.length;
  const wordHash = new Uint32Array(n);
  for (let i = 0; i < n; i++) wordHash[i] = hash32(words[i]!);
  const chain = (from: number, to: number): number => {
    let h = 0x811c9dc5;
    for (let j = from; j < to; j++) {
      h = Math.imul(h ^ wordHash[j]!, 0x01000193);
      h ^= h >>> 13;
    }
    return fmix32(h);
  };
  if (n === 0) return new Uint32Array(0);
  if (n < SHINGLE_WORDS) return Uint32Array.of(chain(0, n));
  const out = new Uint32Array(n - SHINGLE_WORDS + 1);
  for (let i = 0; i < out.length; i++) out[i] = chain(i, i + SHINGLE_WORDS);
  return out;
}

/**
 * MinHash signature: for each of the K functions h_k(x) = mix(x ^ seed_k), the minimum over the
 * shingles. An empty text gets all-ones (it matches nothing but another empty text).
 */
const SEEDS = Uint32Array.from({ length: MINHASH_PERMUTATIONS }, (_, k) => hash32(`marsad-minhash-${k}`));
export function minhash(text: string): Uint32Array {
  return minhashOfWords(normalizedWords(text));
}

/** minhash() over words already split by normalizedWords() (callers needing both keys split once). */
export function minhashOfWords(words: readonly string[]): Uint32Array {
  const sig = new Uint32Array(MINHASH_PERMUTATIONS).fill(0xffffffff);
  const shingles = shingleHashesOfWords(words);
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
