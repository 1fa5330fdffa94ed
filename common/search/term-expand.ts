// Expands one query key into the index terms it stands for: itself, terms within its edit
// distance (fuzzy) and, for the word being typed, terms it begins (prefix), each with a weight.
// Pure: no DOM, no Node. One linear pass over the dictionary with length and early-exit pruning.

export type Expansion = { term: number; weight: number };

// MiniSearch's defaults are 0.45 / 0.375; a typo'd name is as deliberate as a correct one in
// this domain (لافرف), so fuzzy hits lose less than MiniSearch assumes.
export const FUZZY_WEIGHT = 0.6;
export const PREFIX_WEIGHT = 0.4;
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

/**
 * The terms `key` matches. `terms[i]` is term i's text and `df[i]` its document count; the exact
 * term (if any) always comes first with weight 1.
 */
export function expandKey(key: string, terms: readonly string[], df: (t: number) => number, exact: number | undefined, fuzzy: number, prefix: boolean): Expansion[] {
  const out: Expansion[] = exact === undefined ? [] : [{ term: exact, weight: 1 }];
  if (fuzzy === 0 && !prefix) return out;
  const fuzzyHits: (Expansion & { df: number })[] = [];
  const prefixHits: (Expansion & { df: number })[] = [];
  const kl = key.length;
  for (let t = 0; t < terms.length; t++) {
    if (t === exact) continue;
    const s = terms[t]!;
    const n = df(t);
    if (n === 0) continue;
    if (prefix && s.length > kl && s.startsWith(key)) {
      prefixHits.push({ term: t, weight: (PREFIX_WEIGHT * kl) / (kl + 0.3 * (s.length - kl)), df: n });
      continue;
    }
    if (fuzzy > 0 && Math.abs(s.length - kl) <= fuzzy) {
      const d = boundedDistance(key, s, fuzzy);
      if (d <= fuzzy) fuzzyHits.push({ term: t, weight: (FUZZY_WEIGHT * kl) / (kl + d), df: n });
    }
  }
  return [...out, ...keepTop(fuzzyHits, MAX_FUZZY_TERMS), ...keepTop(prefixHits, MAX_PREFIX_TERMS)];
}
