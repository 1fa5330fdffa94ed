// Cuts a stretch of a clip's body into runs that carry their marks (a highlight colour, a
// direct quote's speaker colour), so the HTML and DOCX renderers colour exactly the same text.
// The cutting is the reader's own (common/view/passage-runs.ts).
// Pure: offsets are UTF-16 units into the raw body; the text itself is never altered.
import type { ReportClip } from '../../../common/export/types.js';
import { passageRuns } from '../../../common/view/passage-runs.js';

export type Run = { text: string; highlight: string | null; quote: number | null; speaker: string | null };

export function runsOf(clip: ReportClip, start: number, end: number): Run[] {
  const marks: { start: number; end: number; highlight?: string; quote?: number; speaker?: string | null }[] = [
    ...clip.highlights.filter((h) => h.status !== 'orphaned').map((h) => ({ start: h.start, end: h.end, highlight: h.colour })),
    ...clip.quotes.filter((q) => q.field === 'body' && q.kind === 'direct').map((q) => ({ start: q.start, end: q.end, quote: q.colour, speaker: q.speaker })),
  ].filter((m) => m.end > start && m.start < end);
  if (end <= start) return [];
  const runs: Run[] = [];
  const spans = marks.map((m, i) => ({ id: String(i), start: m.start, end: m.end }));
  for (const piece of passageRuns(clip.body.slice(start, end), start, spans)) {
    const over = piece.ids.map((id) => marks[Number(id)]!);
    const hl = over.find((m) => m.highlight !== undefined);
    const q = over.find((m) => m.quote !== undefined);
    const run: Run = { text: piece.text, highlight: hl?.highlight ?? null, quote: q?.quote ?? null, speaker: q?.speaker ?? null };
    const last = runs[runs.length - 1];
    if (last && last.highlight === run.highlight && last.quote === run.quote) last.text += run.text;
    else runs.push(run);
  }
  return runs;
}

/** True when the first strong character is Arabic-script (or Hebrew): the text reads right to left. */
export function isRtl(text: string): boolean {
  const m = /[\p{Script=Arabic}\p{Script=Hebrew}]|[\p{L}]/u.exec(text);
  return m !== null && /[\p{Script=Arabic}\p{Script=Hebrew}]/u.test(m[0]);
}
