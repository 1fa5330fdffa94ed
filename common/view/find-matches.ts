// Find in Article (issue 14): every place a typed text occurs in an article body, compared the
// way search compares words (hamza forms, tashkeel, tatweel, taa marbuta and alef maqsura,
// letter case, ё), each mapped back to raw UTF-16 offsets so the reader marks the raw text.
// Pure: no DOM, no Node.
import { fold, toRawSpan, type Folded, type FoldOptions } from '../text/normalize.js';

export type FindSpan = { start: number; end: number };

// Past this many matches the count stops ("1000+" in the bar): a one-letter search in a long
// article would otherwise paint tens of thousands of marks for no one to read.
export const MAX_FIND_MATCHES = 1000;

/** The body folded, with every run of whitespace as one space; `at[i]`: folded offset of unit i. */
export type FindBody = { folded: Folded; hay: string; at: Uint32Array };

/** The body prepared once; reused for every keystroke in the find bar. */
export function foldBody(body: string, opts: FoldOptions = {}): FindBody {
  const folded = fold(body, opts);
  const at = new Uint32Array(folded.text.length + 1);
  let hay = '';
  let n = 0;
  for (let i = 0; i < folded.text.length; i++) {
    const ch = folded.text[i]!;
    const space = /\s/.test(ch);
    if (space && hay.endsWith(' ')) continue;
    hay += space ? ' ' : ch;
    at[n++] = i;
  }
  at[n] = folded.text.length;
  return { folded, hay, at: at.slice(0, n + 1) };
}

/** Non-overlapping matches of `query` in the body, first to last, in raw offsets. */
export function findMatches(body: FindBody, query: string, opts: FoldOptions = {}, max = MAX_FIND_MATCHES): FindSpan[] {
  // Runs of spaces typed between words match any run of whitespace in the text.
  const needle = fold(query.trim().replace(/\s+/g, ' '), opts).text;
  if (!needle) return [];
  const out: FindSpan[] = [];
  for (let i = body.hay.indexOf(needle); i >= 0 && out.length < max; i = body.hay.indexOf(needle, i + needle.length)) {
    out.push(toRawSpan(body.folded, body.at[i]!, body.at[i + needle.length - 1]! + 1));
  }
  return out;
}

/** The match to show after a step from `current` (wrapping), or the first at/after a raw offset. */
export const stepMatch = (count: number, current: number, step: 1 | -1): number =>
  count === 0 ? 0 : (current + step + count) % count;
