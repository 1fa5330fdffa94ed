// Finds the best place for a quote in a text, Hypothesis-style (hypothesis/client
// src/annotator/anchoring/match-quote.ts): exact occurrences first, else approximate ones
// (Myers bit-parallel, approx-string-match), each scored on quote, prefix, suffix and nearness to
// the old position. Pure: no DOM, no Node. Offsets are UTF-16 units, as approx-string-match counts.
import search from 'approx-string-match';

// Hypothesis's weights: the quote dominates, context breaks ties between repeats, position
// breaks ties between identical contexts. Score = weighted sum / 92, in [0, 1].
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;
// Hypothesis searches up to len/2 errors and keeps the best whatever its score. That lets a
// deleted sentence re-attach to an unrelated one of the same length (two random Arabic or
// Russian sentences of 60 letters differ by ~50–60%). A quarter keeps real edits (a corrected
// word or two, re-punctuation) and orphans rewrites.
export const MAX_ERROR_RATE = 0.25;
// Myers cost grows with errors/32 per text unit; 256 bounds one search on a long body.
const MAX_ERRORS = 256;
// Below this many units a fuzzy hit is mostly chance: short quotes must match exactly.
export const MIN_FUZZY_LENGTH = 8;

export type QuoteContext = { prefix?: string; suffix?: string; hint?: number };
export type QuoteMatch = { start: number; end: number; errors: number; score: number };

type Hit = { start: number; end: number; errors: number };

function exactHits(text: string, quote: string): Hit[] {
  const hits: Hit[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) {
    hits.push({ start: at, end: at + quote.length, errors: 0 });
  }
  return hits;
}

/** 1 for an exact occurrence of `str` in `text`, falling linearly with edit errors; 0 if absent. */
function similarity(text: string, str: string): number {
  if (str.length === 0) return 1;
  if (text.length === 0) return 0;
  const hits = search(text, str, str.length);
  if (hits.length === 0) return 0;
  return 1 - Math.min(...hits.map((h) => h.errors)) / str.length;
}

function score(text: string, quote: string, hit: Hit, ctx: QuoteContext): number {
  const quoteScore = 1 - hit.errors / quote.length;
  const prefixScore = ctx.prefix
    ? similarity(text.slice(Math.max(0, hit.start - ctx.prefix.length), hit.start), ctx.prefix)
    : 1;
  const suffixScore = ctx.suffix ? similarity(text.slice(hit.end, hit.end + ctx.suffix.length), ctx.suffix) : 1;
  const posScore = ctx.hint === undefined || text.length === 0 ? 1 : 1 - Math.abs(hit.start - ctx.hint) / text.length;
  const raw =
    QUOTE_WEIGHT * quoteScore + PREFIX_WEIGHT * prefixScore + SUFFIX_WEIGHT * suffixScore + POSITION_WEIGHT * posScore;
  return raw / (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
}

const best = (text: string, quote: string, hits: Hit[], ctx: QuoteContext): QuoteMatch | null => {
  let top: QuoteMatch | null = null;
  for (const h of hits) {
    const s = score(text, quote, h, ctx);
    if (!top || s > top.score) top = { ...h, score: s };
  }
  return top;
};

/** The best exact occurrence of `quote`, chosen by context then position; null if none. */
export const matchExact = (text: string, quote: string, ctx: QuoteContext = {}): QuoteMatch | null =>
  quote.length === 0 ? null : best(text, quote, exactHits(text, quote), ctx);

/** The best approximate occurrence within MAX_ERROR_RATE; null if none (or the quote is too short). */
export function matchFuzzy(text: string, quote: string, ctx: QuoteContext = {}): QuoteMatch | null {
  if (quote.length < MIN_FUZZY_LENGTH) return null;
  const maxErrors = Math.min(MAX_ERRORS, Math.floor(quote.length * MAX_ERROR_RATE));
  return best(text, quote, search(text, quote, maxErrors), ctx);
}
