// The full-text index over clips (MiniSearch): folded, stemmed keys from title, body, source and
// tags, and the compilation of a parsed query into a MiniSearch query tree (fuzzy words, prefix
// on the word being typed, exclusions). Pure: no DOM, no Node; it never reads a body itself.
import MiniSearch, { type Query, type SearchOptions, type SearchResult } from 'minisearch';
import type { FoldOptions } from '../text/normalize.js';
import { editDistanceFor, keys, stem, words } from './analyzer.js';
import type { ParsedQuery, Term } from './query.js';

export type IndexDoc = { id: string; title: string; body: string; source: string; tags: string };

// Title words say what a piece is about; tags and sources are the analyst's own labels; the
// body is long and repeats everything, so it counts least.
export const FIELD_BOOST: Record<keyof Omit<IndexDoc, 'id'>, number> = { title: 3, tags: 2, source: 1.5, body: 1 };
// MiniSearch defaults are 0.45 / 0.375; a typo'd name is as deliberate as a correct one in
// this domain (لافرف), so fuzzy hits lose less than MiniSearch assumes.
const WEIGHTS = { fuzzy: 0.6, prefix: 0.4 };

/** Bump when tokenising or stemming changes: a persisted index with another version is rebuilt. */
export const ANALYZER_VERSION = 1;

export const analyzerSignature = (fold: FoldOptions): string =>
  `a${ANALYZER_VERSION}-s${fold.strong === false ? 0 : 1}`;

export function indexOptions(fold: FoldOptions) {
  return {
    fields: Object.keys(FIELD_BOOST),
    storeFields: [],
    tokenize: (text: string) => words(text, fold),
    processTerm: (term: string) => stem(term),
    // Query trees arrive as keys already: no second tokenising or stemming.
    searchOptions: { tokenize: (s: string) => [s], processTerm: (s: string) => s },
    autoVacuum: { minDirtCount: 200, minDirtFactor: 0.1, batchSize: 1000, batchWait: 10 },
  };
}

export const createTextIndex = (fold: FoldOptions): MiniSearch<IndexDoc> => new MiniSearch<IndexDoc>(indexOptions(fold));

/** The keys a term asks for, and whether the term is a multi-word phrase. */
export const termKeys = (t: Term, fold: FoldOptions): string[] => keys(t.text, fold);

const fuzzyFor = (exact: boolean) => (exact ? false : (term: string) => editDistanceFor(term) || false);

type Compiled = { query: Query; options: SearchOptions };

/**
 * The MiniSearch query for a parsed query, or null when it asks for no words (filters only).
 * `typing` makes the last word a prefix (search as you type).
 */
export function compileQuery(q: ParsedQuery, fold: FoldOptions, opts: { exact: boolean; typing: boolean }): Compiled | null {
  const last = q.groups.length - 1;
  const groupQueries: Query[] = [];
  q.groups.forEach((group, gi) => {
    const alternatives: Query[] = [];
    for (const term of group) {
      const ks = termKeys(term, fold);
      if (ks.length === 0) continue;
      const isTyped = opts.typing && !opts.exact && gi === last && term.kind === 'word' && term === group[group.length - 1];
      const whole: Query[] = isTyped ? ks.slice(0, -1) : ks;
      if (isTyped) whole.push({ combineWith: 'OR', queries: [ks[ks.length - 1]!], prefix: true });
      alternatives.push({ combineWith: 'AND', queries: whole, fuzzy: fuzzyFor(opts.exact), prefix: false });
    }
    if (alternatives.length > 0) groupQueries.push({ combineWith: 'OR', queries: alternatives });
  });
  if (groupQueries.length === 0) return null;
  // Excluded phrases are checked against the text by the caller: one word of a phrase is not it.
  const excluded = q.exclude.filter((t) => t.kind === 'word').flatMap((t) => termKeys(t, fold));
  const positive: Query = { combineWith: 'AND', queries: groupQueries };
  const query: Query =
    excluded.length > 0
      ? { combineWith: 'AND_NOT', queries: [positive, { combineWith: 'OR', queries: excluded, fuzzy: false, prefix: false }] }
      : positive;
  return { query, options: { boost: FIELD_BOOST, weights: WEIGHTS } };
}

export type { SearchResult };
export { MiniSearch };
