// Cuts text into its non-blank lines with their offsets (UTF-16 units, end exclusive), leading and
// trailing whitespace and invisible marks excluded. Pure: no DOM, no Node. Accepts \n, \r\n and \r.

export type LineSpan = { start: number; end: number; text: string };

/** Whitespace plus bidi marks, zero-width characters and the BOM, which pasted text carries. */
const EDGE = /[\s\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;

export function lineSpans(text: string): LineSpan[] {
  const spans: LineSpan[] = [];
  const re = /[^\r\n]*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    let start = m.index;
    let end = start + m[0].length;
    while (start < end && EDGE.test(text[start] ?? '')) start++;
    while (end > start && EDGE.test(text[end - 1] ?? '')) end--;
    if (end > start) spans.push({ start, end, text: text.slice(start, end) });
    // Step over the line break (\r\n counts as one) so the empty match does not loop forever.
    re.lastIndex = m.index + m[0].length + (text.startsWith('\r\n', m.index + m[0].length) ? 2 : 1);
    if (re.lastIndex > text.length) break;
  }
  return spans;
}
