// Grapheme-cluster boundaries near an offset, with Intl.Segmenter (ES2022), so a highlight edge
// never separates an Arabic letter from its harakat or splits a surrogate pair or emoji.
// Pure: no DOM, no Node. Segments only a small window around each edge, never the whole body.

// A cluster longer than this is not language text (combining-mark spam); the window around an
// edge is this wide each side, so the boundary found is exact for any real cluster.
const WINDOW = 64;

const segmenter = new Intl.Segmenter('und', { granularity: 'grapheme' });

/** Cluster boundaries within [from, to) of `text`, as absolute offsets. */
function boundaries(text: string, from: number, to: number): number[] {
  const out: number[] = [];
  for (const s of segmenter.segment(text.slice(from, to))) out.push(from + s.index);
  out.push(to);
  return out;
}

/** The nearest cluster boundary at or before `pos`. */
export function boundaryAtOrBefore(text: string, pos: number): number {
  if (pos <= 0) return 0;
  if (pos >= text.length) return text.length;
  const from = Math.max(0, pos - WINDOW);
  let best = from;
  for (const b of boundaries(text, from, Math.min(text.length, pos + WINDOW))) {
    if (b <= pos) best = b;
    else break;
  }
  return best;
}

/** The nearest cluster boundary at or after `pos`. */
export function boundaryAtOrAfter(text: string, pos: number): number {
  if (pos <= 0) return 0;
  if (pos >= text.length) return text.length;
  const from = Math.max(0, pos - WINDOW);
  for (const b of boundaries(text, from, Math.min(text.length, pos + WINDOW))) if (b >= pos) return b;
  return text.length;
}

/** Widens [start, end) to whole clusters: start moves back, end moves forward. */
export function snapToGraphemes(text: string, start: number, end: number): { start: number; end: number } {
  return { start: boundaryAtOrBefore(text, start), end: boundaryAtOrAfter(text, end) };
}
