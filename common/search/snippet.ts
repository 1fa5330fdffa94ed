// Builds a result snippet: the window of the RAW body with the most matched words near the first
// match, and the highlight spans mapped back from folded text through the offset map (so
// tashkeel, tatweel and ligatures never shift a highlight). Pure: no DOM, no Node. Only a bounded
// region after the first match is folded, so a long body costs little more than a short one.
import type { FoldOptions } from '../text/normalize.js';
import { fold, toRawSpan } from '../text/normalize.js';
import type { Snippet, Span } from './types.js';
import { tokensOf, type Matcher } from './matcher.js';
import { isSeparator } from './analyzer.js';
import { runWordsCache } from './run-words.js';

// About two lines of the results list at its usual width; the lead-in keeps a little context
// before the first match instead of starting the snippet on it.
export const SNIPPET_CHARS = 220;
const LEAD_IN = 40;
// How far a cut may move to land on a space instead of inside a word.
const WORD_SLACK = 20;
const ELLIPSIS = '…';
// Raw text folded around the first match when looking for the best window: a few windows' worth.
const REGION_WIDTHS = 4;

/** Raw offset of the first separator-free run holding a matched word, or -1. */
function firstHit(raw: string, m: Matcher, opts: FoldOptions): number {
  const runWords = runWordsCache(opts);
  const n = raw.length;
  let i = 0;
  while (i < n) {
    while (i < n && isSeparator(raw.charCodeAt(i))) i++;
    if (i >= n) break;
    // The run's end and its hash in one pass (FNV-1a, as RunCache.hash).
    let h = Math.imul(0x811c9dc5 ^ raw.charCodeAt(i), 0x01000193);
    let j = i + 1;
    for (let c = 0; j < n && !isSeparator((c = raw.charCodeAt(j))); j++) h = Math.imul(h ^ c, 0x01000193);
    const known = m.runHit(raw, i, j, h);
    if (known === true) return i;
    if (known === null) {
      const ws = runWords(raw, i, j, h);
      for (let k = 0; k < ws.length; k++) if (m.isHit(ws[k]!)) return i;
    }
    i = j;
  }
  return -1;
}

/** Matched spans of a whole short text (a title), in raw offsets. */
export function highlightAll(raw: string, m: Matcher, opts: FoldOptions): Span[] {
  const f = fold(raw, opts);
  const tokens = tokensOf(f.text);
  const spans: Span[] = [];
  for (const t of tokens) if (m.isHit(t.word)) spans.push(toRawSpan(f, t.start, t.end));
  for (const [a, b] of m.phraseHits(tokens)) spans.push(toRawSpan(f, tokens[a]!.start, tokens[b - 1]!.end));
  return merge(spans);
}

function merge(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Span[] = [];
  for (const s of sorted) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

const cutBack = (raw: string, at: number): number => {
  for (let i = at; i > Math.max(0, at - WORD_SLACK); i--) if (/\s/.test(raw[i - 1]!)) return i;
  return at;
};
const cutForward = (raw: string, at: number): number => {
  for (let i = at; i < Math.min(raw.length, at + WORD_SLACK); i++) if (/\s/.test(raw[i]!)) return i;
  return at;
};

/**
 * The best window of `raw` for this matcher; the opening of the text when nothing matches.
 * `scan: false` (the index found no query term in this body) skips looking for a first match
 * and takes the opening, still highlighting any match there.
 */
export function makeSnippet(raw: string, m: Matcher, opts: FoldOptions, width = SNIPPET_CHARS, scan = true): Snippet {
  // Only the region from just before the first match is folded and searched.
  const first = scan ? firstHit(raw, m, opts) : -1;
  // The region's ends move out to separators so no word is cut in two.
  let from = first <= 0 ? 0 : Math.max(0, first - LEAD_IN - WORD_SLACK);
  while (from > 0 && !isSeparator(raw.charCodeAt(from - 1))) from--;
  let to = Math.min(raw.length, Math.max(first, 0) + REGION_WIDTHS * width);
  while (to < raw.length && !isSeparator(raw.charCodeAt(to))) to++;
  const f = fold(raw.slice(from, to), opts);
  const at = (folded: number): number => from + f.map[folded]!;
  const tokens = tokensOf(f.text);
  const hits: Span[] = [];
  for (const t of tokens) if (m.isHit(t.word)) hits.push({ start: t.start, end: t.end });
  for (const [a, b] of m.phraseHits(tokens)) hits.push({ start: tokens[a]!.start, end: tokens[b - 1]!.end });
  hits.sort((a, b) => a.start - b.start);

  // Window (in folded units) holding the most distinct matched words; earliest wins ties.
  let best = 0;
  let bestScore = -1;
  for (let i = 0, j = 0; i < hits.length; i++) {
    const w0 = Math.max(0, hits[i]!.start - LEAD_IN);
    while (j < hits.length && hits[j]!.end <= w0 + width) j++;
    const seen = new Set<string>();
    for (let k = i; k < j; k++) seen.add(f.text.slice(hits[k]!.start, hits[k]!.end));
    if (seen.size > bestScore) {
      bestScore = seen.size;
      best = w0;
    }
  }
  const fStart = hits.length ? best : 0;
  const fEnd = Math.min(f.text.length, fStart + width);
  let start = fStart === 0 && from === 0 ? 0 : cutBack(raw, at(fStart));
  let end = fEnd >= f.text.length ? to : cutForward(raw, at(fEnd));
  // Trim leading/trailing whitespace of the window itself.
  while (start < end && /\s/.test(raw[start]!)) start++;
  while (end > start && /\s/.test(raw[end - 1]!)) end--;
  const pre = start > 0 ? ELLIPSIS : '';
  const text = pre + raw.slice(start, end).replace(/\s/g, ' ') + (end < raw.length ? ELLIPSIS : '');
  const highlights: Span[] = [];
  for (const r of merge(hits.map((h) => toRawSpan(f, h.start, h.end)))) {
    const h = { start: r.start + from, end: r.end + from };
    if (h.start >= start && h.end <= end) highlights.push({ start: h.start - start + pre.length, end: h.end - start + pre.length });
  }
  return { text, highlights };
}

/**
 * The snippet of a `speaker:` hit: the quote `raw[start, end)` with a little lead-in, the quote
 * highlighted whole (cut at `width` with an ellipsis when longer).
 */
export function quoteSnippet(raw: string, start: number, end: number, width = SNIPPET_CHARS): Snippet {
  let from = start <= LEAD_IN ? 0 : cutBack(raw, start - LEAD_IN);
  while (from < start && /\s/.test(raw[from]!)) from++;
  let to = Math.min(raw.length, Math.max(end, from + width));
  if (to - from > width) to = cutForward(raw, from + width);
  const pre = from > 0 ? ELLIPSIS : '';
  const text = pre + raw.slice(from, to).replace(/\s/g, ' ') + (to < raw.length ? ELLIPSIS : '');
  const hEnd = Math.min(end, to);
  return { text, highlights: hEnd > start ? [{ start: start - from + pre.length, end: hEnd - from + pre.length }] : [] };
}
