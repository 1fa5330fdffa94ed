// Compiles a parsed query into key lookups on the CompactIndex (fuzzy words, prefix on the word
// being typed, exclusions) and runs it into one score per matching doc, phrases checked on the
// index's word positions. Pure: no DOM, no Node; it never reads a body itself. Exact wording (the
// raw text as typed) is checked by the caller.
import type { FoldOptions } from '../text/normalize.js';
import { cachedStem, editDistanceFor, keys, words } from './analyzer.js';
import { ALL_FIELDS, CompactIndex } from './compact-index.js';
import { ScorePool } from './score-pool.js';
import type { ParsedQuery, Term } from './query.js';
import { expandKey, type Expansion } from './term-expand.js';

/** Bump when tokenising, stemming or scoring changes: a persisted index with another version is rebuilt. */
export const ANALYZER_VERSION = 3;

export const analyzerSignature = (fold: FoldOptions): string => `a${ANALYZER_VERSION}-s${fold.strong === false ? 0 : 1}`;

/** The index keys of a text: folded, stemmed words. */
export const analyzerFor = (fold: FoldOptions) => (text: string): string[] => {
  const ws = words(text, fold);
  for (let i = 0; i < ws.length; i++) ws[i] = cachedStem(ws[i]!);
  return ws;
};

export const createTextIndex = (fold: FoldOptions): CompactIndex => new CompactIndex(analyzerFor(fold));

/** The keys a term asks for (several for a phrase). */
export const termKeys = (t: Term, fold: FoldOptions): string[] => keys(t.text, fold);

/**
 * One key to look up: `fuzzy` edits allowed, `prefix` for the word being typed, `weight` (1 when
 * absent) for a variant, `vowels`: terms differing only in vowel letters match too (term-expand.ts).
 */
export type KeySpec = { key: string; fuzzy: number; prefix: boolean; weight?: number; vowels?: boolean };
/**
 * Groups are ranked by how many (and how rare) a doc holds; `required` groups (all of them when
 * absent) must match; a group's alternatives are ORed; an alternative's keys ANDed. `from` is each
 * group's index in the parsed query. `phrases` are term id runs a doc must hold in order (each an
 * alternative of its group: `null` when the group is plain words); `excludePhrases` must not
 * occur. A phrase with a key the index lacks is [].
 */
export type Compiled = {
  groups: KeySpec[][][];
  required?: boolean[];
  from?: number[];
  exclude: string[];
  phrases?: (number[] | null)[][];
  excludePhrases?: number[][];
};

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

/**
 * The index query for a parsed query, or null when it asks for no words (filters only).
 * `partial`: a doc may miss the query's optional groups (ranked lower); otherwise all are required.
 */
export function compileQuery(q: ParsedQuery, fold: FoldOptions, opts: { exact: boolean; typing: boolean; partial?: boolean }): Compiled | null {
  const last = q.groups.length - 1;
  const groups: KeySpec[][][] = [];
  const required: boolean[] = [];
  const from: number[] = [];
  q.groups.forEach((group, gi) => {
    const alternatives: KeySpec[][] = [];
    for (const term of group) {
      const ks = termKeys(term, fold);
      if (ks.length === 0) continue;
      const isTyped = opts.typing && !opts.exact && gi === last && term.kind === 'word' && term === group[group.length - 1];
      alternatives.push(ks.map((key, i) => ({ key, fuzzy: opts.exact ? 0 : editDistanceFor(key), prefix: isTyped && i === ks.length - 1, vowels: !opts.exact })));
    }
    if (alternatives.length === 0) return;
    groups.push(alternatives);
    required.push(!opts.partial || opts.exact || (q.required?.[gi] ?? true));
    from.push(gi);
  });
  if (groups.length === 0) return null;
  // Excluded phrases are checked against the text by the caller: one word of a phrase is not it.
  const exclude = q.exclude.filter((t) => t.kind === 'word').flatMap((t) => termKeys(t, fold));
  return { groups, required, from, exclude };
}

// Expansions of recent keys, per index, while its terms and clips stay the same: typing re-runs
// every word of the query at each keystroke, and a fuzzy expansion scans the dictionary.
const EXPANSION_CACHE_MAX = 2_000;
const expansionCache = new WeakMap<CompactIndex, { terms: number; size: number; map: Map<string, Expansion[]> }>();

function expansions(ix: CompactIndex, k: KeySpec): Expansion[] {
  let c = expansionCache.get(ix);
  if (!c || c.terms !== ix.terms.length || c.size !== ix.size) expansionCache.set(ix, (c = { terms: ix.terms.length, size: ix.size, map: new Map() }));
  const id = `${k.key}\u0000${k.fuzzy}${k.prefix ? 1 : 0}${k.vowels ? 1 : 0}`;
  let e = c.map.get(id);
  if (e === undefined) {
    if (c.map.size >= EXPANSION_CACHE_MAX) c.map.clear();
    e = expandKey(k.key, ix.dictionary(), ix.termOf(k.key), k.fuzzy, k.prefix, k.vowels === true);
    c.map.set(id, e);
  }
  return e;
}

/** Scores of one key's expansions; `rarity` gets the best idf × weight among them. */
function keyScores(ix: CompactIndex, k: KeySpec, pool: ScorePool, fields: number, opts: RunOptions, rarity: { w: number }): Float32Array {
  const acc = pool.take(ix.docCount);
  let best = 0;
  const kw = k.weight ?? 1;
  const bodyHits = opts.bodyHits;
  for (const e of expansions(ix, k)) {
    opts.hitTerms?.add(e.term);
    ix.scoreInto(acc, e.term, kw * e.weight, fields, bodyHits);
    best = Math.max(best, ix.idf(e.term) * kw * e.weight);
  }
  // A word no clip holds weighs as the rarest word: a doc lacking it lacks something specific.
  rarity.w = best > 0 ? best : ix.idf(undefined);
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
  const required = c.required ?? [];
  for (let d = 0; d < n; d++) {
    if (!(scores[d]! > 0)) continue;
    const held = alts.every((g, gi) => g === null || required[gi] === false || g.some((acc, ai) => acc[d]! > 0 && (marks[gi]![ai] === null || marks[gi]![ai]![d] === 1)));
    if (!held || ex.some((m) => m[d] === 1)) scores[d] = 0;
  }
}

/**
 * Where runQuery takes its score arrays from and which fields it scores; `bodyHits` (length ≥
 * docCount), when given, gets a 1 for every doc whose body holds a term any query key expanded to
 * (a snippet need not scan a body without one); `groupHits` (length ≥ docCount) gets bit g set
 * for every doc matching compiled group g (the first 32 groups); `hitTerms` gets every term a
 * query key expanded to (what a snippet highlights).
 */
export type RunOptions = { pool?: ScorePool; fields?: number; bodyHits?: Uint8Array; groupHits?: Uint32Array; hitTerms?: Set<number> };

// Used when the caller brings no pool: the intermediate arrays still come back to it.
const sharedPool = new ScorePool();
// Two query words side by side in a clip, in the query's order, add this share of the rarer one's idf.
const PROXIMITY = 0.5;

/** One group's scores (its alternatives ORed, each alternative's keys ANDed) and its rarity. */
function groupScores(ix: CompactIndex, group: KeySpec[][], pool: ScorePool, fields: number, opts: RunOptions, keep: Float32Array[] | null): { acc: Float32Array; w: number } {
  let groupAcc: Float32Array | null = null;
  let w = 0;
  const rarity = { w: 0 };
  for (const alt of group) {
    let altAcc: Float32Array | null = null;
    let altW = 0;
    for (const k of alt) {
      const s = keyScores(ix, k, pool, fields, opts, rarity);
      altW += rarity.w;
      if (altAcc === null) altAcc = s;
      else {
        andInto(altAcc, s);
        pool.give(s);
      }
    }
    w = Math.max(w, altW);
    if (keep) {
      // The alternative's own scores stay for the phrase check; the group sums them apart.
      keep.push(altAcc!);
      groupAcc ??= pool.take(ix.docCount);
      addInto(groupAcc, altAcc!);
    } else if (groupAcc === null) groupAcc = altAcc;
    else {
      addInto(groupAcc, altAcc!);
      pool.give(altAcc!);
    }
  }
  return { acc: groupAcc!, w };
}

/**
 * Partial matches: each doc's score times the share of the query's rarity it covers, then every
 * doc holding all groups lifted above every doc that misses one; side-by-side query words add a
 * proximity bonus.
 */
function rankPartial(ix: CompactIndex, c: Compiled, scores: Float32Array, covered: Float32Array, weights: number[]): void {
  const total = weights.reduce((a, b) => a + b, 0);
  let maxPartial = 0;
  for (let d = 0; d < scores.length; d++) {
    if (!(scores[d]! > 0)) continue;
    scores[d]! *= covered[d]! / total;
  }
  addProximity(ix, c, scores, weights);
  for (let d = 0; d < scores.length; d++) if (scores[d]! > 0 && covered[d]! < total * 0.9999 && scores[d]! > maxPartial) maxPartial = scores[d]!;
  if (maxPartial === 0) return;
  for (let d = 0; d < scores.length; d++) if (scores[d]! > 0 && covered[d]! >= total * 0.9999) scores[d]! += maxPartial;
}

/** Adds PROXIMITY × the rarer idf where two neighbouring one-word groups occur side by side. */
function addProximity(ix: CompactIndex, c: Compiled, scores: Float32Array, weights: number[]): void {
  // A group's first alternative is the word as typed; the others are its variants.
  const single = (g: KeySpec[][]): number | undefined => (g[0]!.length === 1 ? ix.termOf(g[0]![0]!.key) : undefined);
  let out: Uint8Array | null = null;
  for (let gi = 0; gi + 1 < c.groups.length; gi++) {
    const a = single(c.groups[gi]!);
    const b = single(c.groups[gi + 1]!);
    if (a === undefined || b === undefined || a === b) continue;
    out ??= new Uint8Array(scores.length);
    out.fill(0);
    ix.markPhrase([a, b], scores, out);
    const bonus = PROXIMITY * Math.min(weights[gi]!, weights[gi + 1]!);
    for (let d = 0; d < scores.length; d++) if (out[d] === 1) scores[d]! += bonus;
  }
}

/**
 * A score per doc number: > 0 where the doc matches. The array comes from `opts.pool` (the caller
 * may give it back when done); every intermediate array goes back to the pool here.
 */
export function runQuery(ix: CompactIndex, c: Compiled, opts: RunOptions = {}): Float32Array {
  const pool = opts.pool ?? sharedPool;
  const fields = opts.fields ?? ALL_FIELDS;
  const n = ix.docCount;
  const required = c.required ?? c.groups.map(() => true);
  const partial = required.some((r) => !r);
  let must: Float32Array | null = null;
  let soft: Float32Array | null = null;
  const covered = partial ? pool.take(n) : null;
  const weights: number[] = [];
  // Per-alternative scores of the groups that hold a phrase, for the order check at the end.
  const alts: (Float32Array[] | null)[] = [];
  for (const [gi, group] of c.groups.entries()) {
    const keep: Float32Array[] | null = c.phrases?.[gi]?.some((p) => p !== null) ? [] : null;
    alts.push(keep);
    const { acc, w } = groupScores(ix, group, pool, fields, opts, keep);
    weights.push(w);
    if (covered || (opts.groupHits && gi < 32)) {
      for (let d = 0; d < n; d++) {
        if (!(acc[d]! > 0)) continue;
        if (covered) covered[d]! += w;
        if (opts.groupHits && gi < 32) opts.groupHits[d]! |= 1 << gi;
      }
    }
    if (required[gi]) {
      if (must === null) must = acc;
      else {
        andInto(must, acc);
        pool.give(acc);
      }
    } else if (soft === null) soft = acc;
    else {
      addInto(soft, acc);
      pool.give(acc);
    }
  }
  let scores: Float32Array;
  if (must !== null && soft !== null) {
    for (let d = 0; d < n; d++) must[d] = must[d]! > 0 ? must[d]! + soft[d]! : 0;
    pool.give(soft);
    scores = must;
  } else scores = (must ?? soft)!;
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
  if (covered) {
    rankPartial(ix, c, scores, covered, weights);
    pool.give(covered);
  } else if (c.groups.length > 1) addProximity(ix, c, scores, weights);
  return scores;
}
