// Decides which words of a text a query matched, for phrase checks, exclusions and snippet
// highlights, using the same keys and edit distances as the index. Pure: no DOM, no Node.
// Offsets are into the folded text; callers map them back to raw text with toRawSpan.
import type { FoldOptions } from '../text/normalize.js';
import { cachedStem, editDistanceFor, stem, WORD, words } from './analyzer.js';
import type { ParsedQuery } from './query.js';
import { boundedDistance, letterMask, popcount, skeleton } from './term-expand.js';

export type Token = { word: string; start: number; end: number };

/** Folded words with their folded offsets. */
export function tokensOf(folded: string): Token[] {
  const out: Token[] = [];
  for (const m of folded.matchAll(WORD)) out.push({ word: m[0], start: m.index, end: m.index + m[0].length });
  return out;
}

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

// One-letter proclitics that may sit on the first word of a phrase (وسيرغي لافروف).
const PROCLITICS = new Set(['و', 'ب', 'ل', 'ف', 'ك']);

export type Matcher = {
  /** Does this folded word match one of the query's words? */
  isHit(word: string): boolean;
  /**
   * Does the separator-free run raw[i, j) (FNV-1a hash `h`, as RunCache) hold a matched word?
   * null when only its words can tell (then ask isHit of each).
   */
  runHit(raw: string, i: number, j: number, h: number): boolean | null;
  /** Token index ranges [from, to) where each positive phrase occurs. */
  phraseHits(tokens: Token[]): [number, number][];
  /** True when every positive phrase occurs (and so the clip may stay). */
  hasPhrases(tokens: Token[]): boolean;
  /** True when an excluded phrase occurs (and so the clip must go). */
  hasExcludedPhrase(tokens: Token[]): boolean;
  readonly phraseCount: number;
};

const phraseAt = (tokens: Token[], phrase: string[], i: number): boolean => {
  const first = tokens[i]!.word;
  const p0 = phrase[0]!;
  if (first !== p0 && !(first.length === p0.length + 1 && PROCLITICS.has(first[0]!) && first.endsWith(p0))) return false;
  for (let k = 1; k < phrase.length; k++) if (tokens[i + k]?.word !== phrase[k]) return false;
  return true;
};

const findAll = (tokens: Token[], phrase: string[]): [number, number][] => {
  const out: [number, number][] = [];
  if (phrase.length === 0) return out;
  for (let i = 0; i + phrase.length <= tokens.length; i++) if (phraseAt(tokens, phrase, i)) out.push([i, i + phrase.length]);
  return out;
};

// As term-expand.ts: only keys this long match other vowel spellings.
const MIN_VOWEL_KEY = 5;

/**
 * What the index matched for this query: a word whose key is an index term is a hit exactly
 * when the query's keys expanded to that term (runQuery's `hitTerms`), with no distance to work
 * out per word; other words go through the rules below.
 */
export type IndexHits = {
  termOfWord(word: string): number;
  hits: ReadonlySet<number>;
  /** Term ids of raw text[i, j), a separator-free run with FNV-1a hash `h`; null when unknown. */
  runTerms?(text: string, i: number, j: number, h: number): number | Int32Array | null;
};

/** `variants`: further keys that count as hits when equal (the index's variants of the query words). */
export function createMatcher(q: ParsedQuery, fold: FoldOptions, typing: boolean, variants: readonly string[] = [], index?: IndexHits): Matcher {
  const qKeys = [...new Set(q.groups.flat().flatMap((t) => words(t.text, fold).map(stem)))];
  const extra = new Set(variants);
  const skeletons = new Set(qKeys.filter((k) => k.length >= MIN_VOWEL_KEY).map(skeleton));
  const lastGroup = q.groups[q.groups.length - 1];
  const lastTerm = lastGroup?.[lastGroup.length - 1];
  const typed = typing && lastTerm?.kind === 'word' ? (words(lastTerm.text, fold).map(stem).pop() ?? null) : null;
  const phrases = q.groups.flat().filter((t) => t.kind === 'phrase').map((t) => words(t.text, fold));
  const excluded = q.exclude.filter((t) => t.kind === 'phrase').map((t) => words(t.text, fold));
  const qMasks = qKeys.map(letterMask);
  const cache = new Map<string, boolean>();
  const m: Matcher = {
    isHit(word) {
      const t = index ? index.termOfWord(word) : -1;
      if (t >= 0) {
        if (index!.hits.has(t)) return true;
        return typed !== null && (word.startsWith(typed) || cachedStem(word).startsWith(typed));
      }
      let hit = cache.get(word);
      if (hit === undefined) {
        const k = cachedStem(word);
        const km = letterMask(k);
        hit = extra.has(k) || (k.length >= MIN_VOWEL_KEY && skeletons.has(skeleton(k))) || qKeys.some((qk, i) => {
          if (k === qk) return true;
          const d = editDistanceFor(qk);
          // Cheap rejections first (length, letters one lacks), as the index's expansion does.
          if (d === 0 || Math.abs(k.length - qk.length) > d) return false;
          if (popcount(km & ~qMasks[i]!) > d || popcount(qMasks[i]! & ~km) > d) return false;
          return boundedDistance(k, qk, d) <= d;
        });
        if (!hit && typed !== null) hit = k.startsWith(typed) || word.startsWith(typed);
        cache.set(word, hit);
      }
      return hit;
    },
    runHit(raw, i, j, h) {
      if (!index?.runTerms || typed !== null) return null;
      const v = index.runTerms(raw, i, j, h);
      if (v === null) return null;
      if (typeof v === 'number') return index.hits.has(v);
      for (let k = 0; k < v.length; k++) if (index.hits.has(v[k]!)) return true;
      return false;
    },
    phraseHits: (tokens) => phrases.flatMap((p) => findAll(tokens, p)),
    hasPhrases: (tokens) => phrases.every((p) => findAll(tokens, p).length > 0),
    hasExcludedPhrase: (tokens) => excluded.some((p) => findAll(tokens, p).length > 0),
    phraseCount: phrases.length,
  };
  return m;
}
