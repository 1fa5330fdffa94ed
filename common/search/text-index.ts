// Compiles a parsed query into key lookups on the CompactIndex (fuzzy words, prefix on the word
// being typed, exclusions) and runs it into one score per matching doc, phrases checked on the
// index's word positions. Pure: no DOM, no Node; it never reads a body itself. Exact wording (the
// raw text as typed) is checked by the caller.
import type { FoldOptions } from '../text/normalize.js';
import { editDistanceFor, keys, stem, words } from './analyzer.js';
import { ALL_FIELDS, CompactIndex } from './compact-index.js';
import { ScorePool } from './score-pool.js';
import type { ParsedQuery, Term } from './query.js';
import { expandKey } from './term-expand.js';

/** Bump when tokenising, stemming or scoring changes: a persisted index with another version is rebuilt. */
export const ANALYZER_VERSION = 2;

export const analyzerSignature = (fold: FoldOptions): string => `a${ANALYZER_VERSION}-s${fold.strong === false ? 0 : 1}`;

// Stems of words already seen: a library's vocabulary is far smaller than its word count, and
// stemming is a third of index build time. Cleared when full so memory stays bounded.
const STEM_CACHE_MAX = 500_000;
const stemCache = new Map<string, string>();
const cachedStem = (w: string): string => {
  let s = stemCache.get(w);
  if (s === undefined) {
    if (stemCache.size >= STEM_CACHE_MAX) stemCache.clear();
    s = stem(w);
    stemCache.set(w, s);
  }
  return s;
};

/** The index keys of a text: folded, stemmed words. */
export const analyzerFor = (fold: FoldOptions) => (text: string): string[] => {
  const ws = words(text, fold);
  for (let i = 0; i < ws.length; i++) ws[i] = cachedStem(ws[i]!);
  return ws;
};

export const createTextIndex = (fold: FoldOptions): CompactIndex => new CompactIndex(analyzerFor(fold));

/** The keys a term asks for (several for a phrase). */
export const termKeys = (t: Term, fold: FoldOptions): string[] => keys(t.text, fold);

type KeySpec = { key: string; fuzzy: number; prefix: boolean };
/**
 * Groups are ANDed; a group's alternatives ORed; an alternative's keys ANDed. `phrases` are term
 * id runs a doc must hold in order (each an alternative of its group: `null` when the group is
 * plain words); `excludePhrases` must not occur. A phrase with a key the index lacks is [].
 */
export type Compiled = { groups: KeySpec[][][]; exclude: string[]; phrases?: (number[] | null)[][]; excludePhrases?: number[][] };

/** The term ids of a phrase's keys in order; [] when the index lacks one (so nothing matches). */
function phraseIds(ix: CompactIndex, text: string, fold: FoldOptions): number[] {
  const ids = keys(text, fold).map((k) => ix.termOf(k));
  return ids.every((t) => t !== undefined) ? (ids as number[]) : [];
}

/** Adds phrase term ids to a compiled query (they depend on the index's term numbering). */
export function withPhrases(c: Compiled, q: ParsedQuery, ix: CompactIndex, fold: FoldOptions): Compiled {
  const groups = q.groups.filter((g) => g.some((t) => termKeys(t, fold).length > 0));
  const hasPhrase = groups.some((g) => g.some((t) => t.kind === 'phrase'));
  const phrases = hasPhrase ? groups.map((g) => g.filter((t) => termKeys(t, fold).length > 0).map((t) => (t.kind === 'phrase' ? phraseIds(ix, t.text, fold) : null))) : undefined;
  const ex = q.exclude.filter((t) => t.kind === 'phrase').map((t) => phraseIds(ix, t.text, fold)).filter((p) => p.length > 0);
  return { ...c, phrases, excludePhrases: ex.length > 0 ? ex : undefined };
}

/** The index query for a parsed query, or null when it asks for no words (filters only). */
export function compileQuery(q: ParsedQuery, fold: FoldOptions, opts: { exact: boolean; typing: boolean }): Compiled | null {
  const last = q.groups.length - 1;
  const groups: KeySpec[][][] = [];
  q.groups.forEach((group, gi) => {
    const alternatives: KeySpec[][] = [];
    for (const term of group) {
      const ks = termKeys(term, fold);
      if (ks.length === 0) continue;
      const isTyped = opts.typing && !opts.exact && gi === last && term.kind === 'word' && term === group[group.length - 1];
      alternatives.push(ks.map((key, i) => ({ key, fuzzy: opts.exact ? 0 : editDistanceFor(key), prefix: isTyped && i === ks.length - 1 })));
    }
    if (alternatives.length > 0) groups.push(alternatives);
  });
  if (groups.length === 0) return null;
  // Excluded phrases are checked against the text by the caller: one word of a phrase is not it.
  const exclude = q.exclude.filter((t) => t.kind === 'word').flatMap((t) => termKeys(t, fold));
  return { groups, exclude };
}

function keyScores(ix: CompactIndex, k: KeySpec, pool: ScorePool, fields: number, bodyHits?: Uint8Array): Float32Array {
  const acc = pool.take(ix.docCount);
  for (const e of expandKey(k.key, ix.dictionary(), ix.termOf(k.key), k.fuzzy, k.prefix)) ix.scoreInto(acc, e.term, e.weight, fields, bodyHits);
  return acc;
}

/** acc += s. */
function addInto(acc: Float32Array, s: Float32Array): void {
  for (let i = 0; i < acc.length; i++) acc[i]! += s[i]!;
}

/** acc := acc AND s (sum where both match, 0 elsewhere). */
function andInto(acc: Float32Array, s: Float32Array): void {
  for (let i = 0; i < acc.length; i++) acc[i] = acc[i]! > 0 && s[i]! > 0 ? acc[i]! + s[i]! : 0;
}

/**
 * Zeroes docs where a group holds only through phrase alternatives whose words are there but not
 * in order (`alts` are those groups' per-alternative scores), or where an excluded phrase occurs.
 */
function checkPhrases(ix: CompactIndex, c: Compiled, scores: Float32Array, alts: (Float32Array[] | null)[]): void {
  const n = scores.length;
  const mark = (ids: number[]): Uint8Array => {
    const out = new Uint8Array(n);
    if (ids.length > 0) ix.markPhrase(ids, scores, out);
    return out;
  };
  const marks = (c.phrases ?? []).map((g) => g.map((p) => (p === null ? null : mark(p))));
  const ex = (c.excludePhrases ?? []).map(mark);
  for (let d = 0; d < n; d++) {
    if (!(scores[d]! > 0)) continue;
    const held = alts.every((g, gi) => g === null || g.some((acc, ai) => acc[d]! > 0 && (marks[gi]![ai] === null || marks[gi]![ai]![d] === 1)));
    if (!held || ex.some((m) => m[d] === 1)) scores[d] = 0;
  }
}

/**
 * Where runQuery takes its score arrays from and which fields it scores; `bodyHits` (length ≥
 * docCount), when given, gets a 1 for every doc whose body holds a term any query key expanded to
 * (a snippet need not scan a body without one).
 */
export type RunOptions = { pool?: ScorePool; fields?: number; bodyHits?: Uint8Array };

// Used when the caller brings no pool: the intermediate arrays still come back to it.
const sharedPool = new ScorePool();

/**
 * A score per doc number: > 0 where the doc matches. The array comes from `opts.pool` (the caller
 * may give it back when done); every intermediate array goes back to the pool here.
 */
export function runQuery(ix: CompactIndex, c: Compiled, opts: RunOptions = {}): Float32Array {
  const pool = opts.pool ?? sharedPool;
  const fields = opts.fields ?? ALL_FIELDS;
  const n = ix.docCount;
  let total: Float32Array | null = null;
  // Per-alternative scores of the groups that hold a phrase, for the order check at the end.
  const alts: (Float32Array[] | null)[] = [];
  for (const [gi, group] of c.groups.entries()) {
    let groupAcc: Float32Array | null = null;
    const keep: Float32Array[] | null = c.phrases?.[gi]?.some((p) => p !== null) ? [] : null;
    alts.push(keep);
    for (const alt of group) {
      let altAcc: Float32Array | null = null;
      for (const k of alt) {
        const s = keyScores(ix, k, pool, fields, opts.bodyHits);
        if (altAcc === null) altAcc = s;
        else {
          andInto(altAcc, s);
          pool.give(s);
        }
      }
      if (keep) {
        // The alternative's own scores stay for the phrase check; the group sums them apart.
        keep.push(altAcc!);
        groupAcc ??= pool.take(n);
        addInto(groupAcc, altAcc!);
      } else if (groupAcc === null) groupAcc = altAcc;
      else {
        addInto(groupAcc, altAcc!);
        pool.give(altAcc!);
      }
    }
    if (total === null) total = groupAcc;
    else {
      andInto(total, groupAcc!);
      pool.give(groupAcc!);
    }
  }
  const scores = total!;
  if (c.phrases || c.excludePhrases) checkPhrases(ix, c, scores, alts);
  for (const g of alts) for (const a of g ?? []) pool.give(a);
  if (c.exclude.length > 0) {
    const out = new Uint8Array(n);
    for (const key of c.exclude) {
      const t = ix.termOf(key);
      if (t !== undefined) ix.markInto(out, t);
    }
    for (let i = 0; i < scores.length; i++) if (out[i]) scores[i] = 0;
  }
  return scores;
}
