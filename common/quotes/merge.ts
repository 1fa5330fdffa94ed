// Merges what the detectors found: one entry per span, reported speech dropped where a direct
// quote already covers it ("أكد أن “…”" is one direct quote, not two), sorted title-first then in
// reading order. Pure: no DOM, no Node.
import type { Draft } from './draft.js';

const overlaps = (a: Draft, b: Draft): boolean => a.field === b.field && a.start < b.end && b.start < a.end;

export function mergeDrafts(drafts: Draft[]): Draft[] {
  const direct = drafts.filter((d) => d.kind !== 'indirect');
  const kept: Draft[] = [];
  const seen = new Set<string>();
  for (const d of drafts) {
    if (d.kind === 'indirect' && direct.some((x) => overlaps(x, d))) continue;
    const key = `${d.field}:${d.start}:${d.end}`;
    if (seen.has(key)) continue;
    // A headline repeated by the direct quote under it stays: they are different places.
    if (d.kind === 'indirect' && kept.some((x) => x.kind === 'indirect' && overlaps(x, d))) continue;
    seen.add(key);
    kept.push(d);
  }
  return kept.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));
}
