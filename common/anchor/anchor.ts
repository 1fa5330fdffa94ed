// Re-anchors a stored passage in a (possibly changed) body, in the order GUIDE.md §6 and
// REFERENCE.md §9 give: stored positions (body unchanged and text there equals `exact`) → exact
// quote chosen by prefix/suffix and position → fuzzy quote → orphaned. Never drops a passage: an
// orphan keeps its selectors and is reported as such. Pure: no DOM, no Node; UTF-16 offsets.
import { snapToGraphemes } from './graphemes.js';
import { matchExact, matchFuzzy } from './match-quote.js';
import type { TextSelectors } from './selectors.js';

/**
 * anchored: the exact text is in the body (`moved` when no longer at the stored offsets);
 * drifted: only an approximate match was found — the text there differs from `exact`;
 * orphaned: nothing close enough; start/end are the stored ones, clamped, and mean nothing.
 */
export type AnchorStatus = 'anchored' | 'drifted' | 'orphaned';
export type AnchorMethod = 'position' | 'quote' | 'fuzzy' | 'none';
export type Anchor = { status: AnchorStatus; method: AnchorMethod; start: number; end: number; moved: boolean };

/**
 * `sameBody`: the caller knows the body is byte-identical to the one the selectors were taken
 * from (same SHA-256), so matching positions are trusted without a search.
 */
export function anchorSelectors(body: string, sel: TextSelectors, sameBody: boolean): Anchor {
  const atPosition = sel.start >= 0 && sel.end <= body.length && body.slice(sel.start, sel.end) === sel.exact;
  if (atPosition && sameBody) {
    return { status: 'anchored', method: 'position', start: sel.start, end: sel.end, moved: false };
  }
  const ctx = { prefix: sel.prefix, suffix: sel.suffix, hint: sel.start };
  const exact = matchExact(body, sel.exact, ctx);
  if (exact) {
    const moved = exact.start !== sel.start;
    return { status: 'anchored', method: moved ? 'quote' : 'position', start: exact.start, end: exact.end, moved };
  }
  const fuzzy = matchFuzzy(body, sel.exact, ctx);
  if (fuzzy) {
    const snapped = snapToGraphemes(body, fuzzy.start, fuzzy.end);
    return { status: 'drifted', method: 'fuzzy', ...snapped, moved: snapped.start !== sel.start || snapped.end !== sel.end };
  }
  const start = Math.min(Math.max(0, sel.start), body.length);
  return { status: 'orphaned', method: 'none', start, end: Math.min(Math.max(start, sel.end), body.length), moved: false };
}
