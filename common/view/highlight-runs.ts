// Splits a string into plain and marked runs from UTF-16 spans, for the renderer to draw as text
// nodes and <mark> elements (never HTML). Pure: no DOM (kept in common/ so node tests it).
// Spans may overlap, touch, be unsorted or run past the end: clamped and merged, never splitting
// a surrogate pair.
import type { Span } from '../search/types.js';

export type Run = { text: string; mark: boolean };

const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/** Moves an offset off the middle of a surrogate pair, toward `dir` (-1 back, +1 forward). */
const snap = (text: string, at: number, dir: -1 | 1): number =>
  at > 0 && at < text.length && isLow(text.charCodeAt(at)) ? at + (dir < 0 ? -1 : 1) : at;

/** Sorted, clamped, merged spans; empty ones dropped. */
export function mergeSpans(text: string, spans: readonly Span[]): Span[] {
  const clean = spans
    .map((s) => ({ start: snap(text, Math.max(0, s.start), -1), end: snap(text, Math.min(text.length, s.end), 1) }))
    .filter((s) => s.end > s.start)
    .sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const s of clean) {
    const last = out[out.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else out.push({ ...s });
  }
  return out;
}

export function highlightRuns(text: string, spans: readonly Span[]): Run[] {
  const runs: Run[] = [];
  let at = 0;
  for (const s of mergeSpans(text, spans)) {
    if (s.start > at) runs.push({ text: text.slice(at, s.start), mark: false });
    runs.push({ text: text.slice(s.start, s.end), mark: true });
    at = s.end;
  }
  if (at < text.length) runs.push({ text: text.slice(at), mark: false });
  return runs;
}
