// Splits one block's raw text at quote offsets into plain runs and quote runs, so the reader can
// draw text nodes and <mark>/<span> elements (never innerHTML). Pure: no DOM, no bridge. Quotes
// that overlap an earlier one are cut to the part after it; nothing of the text is lost or added.
import type { QuoteView } from './views.js';

export type Segment = { text: string; quote: QuoteView | null };

/** `start` is where `text` sits in the raw body; `quotes` are body quotes in any order. */
export function segmentText(text: string, start: number, quotes: readonly QuoteView[]): Segment[] {
  const end = start + text.length;
  const inside = quotes
    .filter((q) => q.field === 'body' && q.state !== 'dismissed' && q.end > start && q.start < end)
    .sort((a, b) => a.start - b.start || b.end - a.end);
  const out: Segment[] = [];
  let at = start;
  for (const q of inside) {
    const from = Math.max(q.start, at);
    const to = Math.min(q.end, end);
    if (to <= from) continue;
    if (from > at) out.push({ text: text.slice(at - start, from - start), quote: null });
    out.push({ text: text.slice(from - start, to - start), quote: q });
    at = to;
  }
  if (at < end) out.push({ text: text.slice(at - start), quote: null });
  return out;
}
