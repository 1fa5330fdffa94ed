// Merges what the detectors found: one entry per span, reported speech dropped where a direct
// quote already covers it ("أكد أن “…”" is one direct quote, not two), sorted title-first then in
// reading order. Pure: no DOM, no Node.
import type { Draft } from './draft.js';

const overlaps = (a: Draft, b: Draft): boolean => a.field === b.field && a.start < b.end && b.start < a.end;

// Reported content cut short before a direct quote keeps at least this many words.
const MIN_TRIMMED_WORDS = 3;
// What may sit between reported content and the direct quote it runs into (", и «", "and \"").
const JOINER = /(?:[\s,،;:"“”«»„']|(?<!\p{L})(?:и|а|но|and|but)(?!\p{L})|(?:^|\s)و)+$/u;

/** Reported content that runs into a direct quote, cut to the words before it, or null. */
function beforeQuote(d: Draft, x: Draft, body: string): Draft | null {
  if (d.field !== 'body' || x.start <= d.start) return null;
  const before = body.slice(d.start, x.start);
  const head = before.replace(JOINER, '');
  // Only a quote coordinated after a finished clause ("… характер и «…»", "…, and \"…\""); a quote
  // that completes the clause ("the company was \"looking …\"") leaves nothing reported of its own.
  if (!/[,،;]|(?<!\p{L})(?:и|а|но|and|but)(?!\p{L})|\sو/u.test(before.slice(head.length))) return null;
  if ((head.match(/[\p{L}\p{N}]+/gu) ?? []).length < MIN_TRIMMED_WORDS) return null;
  return { ...d, end: d.start + head.length };
}

export function mergeDrafts(drafts: Draft[], body = ''): Draft[] {
  const direct = drafts.filter((d) => d.kind !== 'indirect');
  const kept: Draft[] = [];
  const seen = new Set<string>();
  for (let d of drafts) {
    if (d.kind === 'indirect') {
      const hit = direct.find((x) => overlaps(x, d));
      // "отметил, что учения … носят плановый характер и «ни против кого не направлены»": the
      // reported part before the quote stays; content that is all quote is the direct quote.
      const cut = hit && body ? beforeQuote(d, hit, body) : null;
      if (hit && (!cut || direct.some((x) => overlaps(x, cut)))) continue;
      if (cut) d = cut;
    }
    const key = `${d.field}:${d.start}:${d.end}`;
    if (seen.has(key)) continue;
    // A headline repeated by the direct quote under it stays: they are different places.
    if (d.kind === 'indirect' && kept.some((x) => x.kind === 'indirect' && overlaps(x, d))) continue;
    seen.add(key);
    kept.push(d);
  }
  return kept.sort((a, b) => (a.field === b.field ? a.start - b.start : a.field === 'title' ? -1 : 1));
}
