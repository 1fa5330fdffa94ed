// Expands one query key into the index terms it stands for: itself, terms within its edit
// distance (fuzzy), terms that differ from it only in vowel letters (transliterations:
// الأميركي/الأمريكي, Нулэнд/Нуланд) and, for the word being typed, terms it begins (prefix), each
// with a weight.
// Pure: no DOM, no Node. One linear pass over the dictionary with length and early-exit pruning.

export type Expansion = { term: number; weight: number };

// MiniSearch's defaults are 0.45 / 0.375; a typo'd name is as deliberate as a correct one in
// this domain (لافرف), so fuzzy hits lose less than MiniSearch assumes.
export const FUZZY_WEIGHT = 0.6;
export const PREFIX_WEIGHT = 0.4;
// A spelling that differs only in vowel letters is the same name more often than a typo is.
export const VOWEL_WEIGHT = 0.75;
// Keys shorter than this (and skeletons shorter than MIN_SKELETON) are left to exact and fuzzy matching.
const MIN_VOWEL_KEY = 5;
const MIN_SKELETON = 3;
// How many more or fewer letters a vowel variant may have.
const VOWEL_GAP = 3;
// Long vowels and vowel letters of the three scripts (folded: ى is ي, hamza seats are ا و ي).
const VOWELS = new Set([...'اويaeiouyаеиоуыэюя']);

/** A word without its vowel letters after the first letter: الأمريكي and الأميركي share one. */
export function skeleton(s: string): string {
  let out = s.slice(0, 1);
  for (let i = 1; i < s.length; i++) if (!VOWELS.has(s[i]!)) out += s[i]!;
  return out;
}
// A short prefix of a common stem can begin thousands of terms; the most frequent of them carry
// nearly all the hits, and scoring every one would cost a pass over most postings per keystroke.
const MAX_PREFIX_TERMS = 200;
// The same for fuzzy neighbours of a short key in a large vocabulary.
const MAX_FUZZY_TERMS = 60;

let row0 = new Int32Array(64);
let row1 = new Int32Array(64);

/** Levenshtein distance of a and b, or max + 1 as soon as it must exceed max. */
export function boundedDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (lb + 1 > row0.length) {
    row0 = new Int32Array(lb * 2 + 2);
    row1 = new Int32Array(lb * 2 + 2);
  }
  let prev = row0;
  let cur = row1;
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const sub = prev[j - 1]! + (ca === b.charCodeAt(j - 1) ? 0 : 1);
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, sub);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb]!;
}

const keepTop = (xs: (Expansion & { df: number })[], max: number): Expansion[] =>
  xs.length <= max ? xs : xs.sort((a, b) => b.weight - a.weight || b.df - a.df).slice(0, max);

/** Where expandKey looks: term texts, their doc counts, term ids by length, and ids sorted by text. */
export type Dictionary = {
  terms: readonly string[];
  df: (t: number) => number;
  byLength: readonly (readonly number[] | undefined)[];
  /** letterMask of each term. */
  masks: Int32Array;
  /** letterMask of each term's skeleton. */
  skeletonMasks: Int32Array;
  sorted: () => Int32Array;
};

/** A 32-bit set of (hashed) letters: a term within d edits of a key has ≤ d letters the key lacks. */
export function letterMask(s: string): number {
  let m = 0;
  for (let i = 0; i < s.length; i++) m |= 1 << (s.charCodeAt(i) & 31);
  return m;
}

export const popcount = (x: number): number => {
  x -= (x >>> 1) & 0x55555555;
  x = (x & 0x33333333) + ((x >>> 2) & 0x33333333);
  return (((x + (x >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
};

/** First position in `sorted` whose term is ≥ key (binary search). */
function lowerBound(d: Dictionary, sorted: Int32Array, key: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (d.terms[sorted[mid]!]! < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * The terms `key` matches, each with a weight; the exact term (if any) first with weight 1.
 * Fuzzy looks only at terms within `fuzzy` letters of the key's length; prefix walks the
 * sorted range of terms that begin with the key.
 */
export function expandKey(key: string, d: Dictionary, exact: number | undefined, fuzzy: number, prefix: boolean, vowels = false): Expansion[] {
  const out: Expansion[] = exact === undefined ? [] : [{ term: exact, weight: 1 }];
  const kl = key.length;
  const prefixHits: (Expansion & { df: number })[] = [];
  const seen = new Set<number>();
  if (prefix) {
    const sorted = d.sorted();
    for (let i = lowerBound(d, sorted, key); i < sorted.length; i++) {
      const t = sorted[i]!;
      const s = d.terms[t]!;
      if (!s.startsWith(key)) break;
      const n = d.df(t);
      if (t === exact || n === 0) continue;
      seen.add(t);
      prefixHits.push({ term: t, weight: (PREFIX_WEIGHT * kl) / (kl + 0.3 * (s.length - kl)), df: n });
    }
  }
  const fuzzyHits: (Expansion & { df: number })[] = [];
  const km = letterMask(key);
  for (let len = Math.max(1, kl - fuzzy); fuzzy > 0 && len <= kl + fuzzy; len++) {
    for (const t of d.byLength[len] ?? []) {
      // Letter sets first (two integer tests reject nearly every term), the seen set last.
      const tm = d.masks[t]!;
      if (popcount(tm & ~km) > fuzzy || popcount(km & ~tm) > fuzzy) continue;
      if (t === exact || seen.has(t)) continue;
      const n = d.df(t);
      if (n === 0) continue;
      const dist = boundedDistance(key, d.terms[t]!, fuzzy);
      if (dist <= fuzzy) {
        fuzzyHits.push({ term: t, weight: (FUZZY_WEIGHT * kl) / (kl + dist), df: n });
        seen.add(t);
      }
    }
  }
  const vowelHits = vowels ? vowelVariants(key, d, exact, seen) : [];
  return [...out, ...keepTop(vowelHits, MAX_FUZZY_TERMS), ...keepTop(fuzzyHits, MAX_FUZZY_TERMS), ...keepTop(prefixHits, MAX_PREFIX_TERMS)];
}

/** Terms (not in `seen`) whose skeleton is the key's: the same word with other vowel letters. */
function vowelVariants(key: string, d: Dictionary, exact: number | undefined, seen: Set<number>): (Expansion & { df: number })[] {
  const out: (Expansion & { df: number })[] = [];
  const sk = skeleton(key);
  if (key.length < MIN_VOWEL_KEY || sk.length < MIN_SKELETON) return out;
  const sm = letterMask(sk);
  for (let len = Math.max(1, key.length - VOWEL_GAP); len <= key.length + VOWEL_GAP; len++) {
    for (const t of d.byLength[len] ?? []) {
      if (d.skeletonMasks[t] !== sm || t === exact || seen.has(t)) continue;
      const n = d.df(t);
      if (n > 0 && skeleton(d.terms[t]!) === sk) out.push({ term: t, weight: VOWEL_WEIGHT, df: n });
    }
  }
  return out;
}
