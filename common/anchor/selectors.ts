// Passage selectors as stored (W3C TextQuoteSelector + TextPositionSelector over the raw body)
// and how to describe a selection with them. Pure: no DOM, no Node. Offsets are UTF-16 units into
// the raw stored body; edges are snapped to grapheme clusters so harakat stay with their letter.
import { snapToGraphemes } from './graphemes.js';

// Hypothesis and dom-anchor-text-quote keep 32 characters of context each side: enough to tell
// repeats of a short quote apart, small enough that an edit nearby rarely touches it.
export const CONTEXT_CHARS = 32;

export type TextSelectors = {
  /** The passage text exactly as it is in the body. */
  exact: string;
  /** Up to CONTEXT_CHARS units of body before and after the passage. */
  prefix: string;
  suffix: string;
  /** [start, end) in the body the selectors were taken from. */
  start: number;
  end: number;
};

/** Selectors for body[start..end), widened to whole grapheme clusters. Null for an empty span. */
export function describeSpan(body: string, start: number, end: number): TextSelectors | null {
  const lo = Math.max(0, Math.min(start, end, body.length));
  const hi = Math.min(body.length, Math.max(start, end, 0));
  const snapped = snapToGraphemes(body, lo, hi);
  if (snapped.end <= snapped.start) return null;
  return {
    exact: body.slice(snapped.start, snapped.end),
    prefix: body.slice(Math.max(0, snapped.start - CONTEXT_CHARS), snapped.start),
    suffix: body.slice(snapped.end, snapped.end + CONTEXT_CHARS),
    start: snapped.start,
    end: snapped.end,
  };
}
