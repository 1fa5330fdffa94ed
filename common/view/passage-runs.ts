// Splits a run of an article block at passage-highlight edges, so the reader can wrap each piece
// in the marks of the passages covering it (passages may overlap one another). Pure: no DOM.
// Offsets are UTF-16 units into the raw body; `start` is where `text` begins in it.

export type PassageSpan = { id: string; start: number; end: number };
export type PassageRun = { text: string; ids: string[] };

export function passageRuns(text: string, start: number, spans: readonly PassageSpan[]): PassageRun[] {
  const end = start + text.length;
  const inside = spans.filter((s) => s.end > start && s.start < end && s.end > s.start);
  if (inside.length === 0) return [{ text, ids: [] }];
  const cuts = new Set<number>([start, end]);
  for (const s of inside) {
    cuts.add(Math.max(start, s.start));
    cuts.add(Math.min(end, s.end));
  }
  const edges = [...cuts].sort((a, b) => a - b);
  const runs: PassageRun[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const from = edges[i]!;
    const to = edges[i + 1]!;
    const ids = inside.filter((s) => s.start <= from && s.end >= to).map((s) => s.id);
    runs.push({ text: text.slice(from - start, to - start), ids });
  }
  return runs;
}
