// Compiles a parsed query into key lookups on the CompactIndex (fuzzy words, prefix on the word
// being typed, exclusions) and runs it into one score per matching doc. Pure: no DOM, no Node;
// it never reads a body itself. Phrases and exact wording are checked by the caller.
import type { FoldOptions } from '../text/normalize.js';
import { editDistanceFor, keys, stem, words } from './analyzer.js';
import { CompactIndex } from './compact-index.js';
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
/** Groups are ANDed; a group's alternatives ORed; an alternative's keys ANDed. */
export type Compiled = { groups: KeySpec[][][]; exclude: string[] };

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

function keyScores(ix: CompactIndex, k: KeySpec): Float32Array {
  const acc = new Float32Array(ix.docCount);
  for (const e of expandKey(k.key, ix.dictionary(), ix.termOf(k.key), k.fuzzy, k.prefix)) ix.scoreInto(acc, e.term, e.weight);
  return acc;
}

/** acc := acc AND s (sum where both match, 0 elsewhere). */
function andInto(acc: Float32Array, s: Float32Array): void {
  for (let i = 0; i < acc.length; i++) acc[i] = acc[i]! > 0 && s[i]! > 0 ? acc[i]! + s[i]! : 0;
}

/** A score per doc number: > 0 where the doc matches. */
export function runQuery(ix: CompactIndex, c: Compiled): Float32Array {
  let total: Float32Array | null = null;
  for (const group of c.groups) {
    const groupAcc = new Float32Array(ix.docCount);
    for (const alt of group) {
      let altAcc: Float32Array | null = null;
      for (const k of alt) {
        const s = keyScores(ix, k);
        if (altAcc === null) altAcc = s;
        else andInto(altAcc, s);
      }
      for (let i = 0; i < groupAcc.length; i++) groupAcc[i]! += altAcc![i]!;
    }
    if (total === null) total = groupAcc;
    else andInto(total, groupAcc);
  }
  const scores = total!;
  if (c.exclude.length > 0) {
    const out = new Uint8Array(ix.docCount);
    for (const key of c.exclude) {
      const t = ix.termOf(key);
      if (t !== undefined) ix.markInto(out, t);
    }
    for (let i = 0; i < scores.length; i++) if (out[i]) scores[i] = 0;
  }
  return scores;
}
