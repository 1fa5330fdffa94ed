// One line of a PDF's text layer, from positioned runs to text in logical order. PDFs store what
// was drawn: Arabic often as single glyphs in presentation forms (ﻃ, ﻻ), left to right as they
// sit on the page, with tashkeel as separate marks. This turns them back into what was written:
// presentation forms folded to letters, marks joined to their letters, right-to-left lines
// reversed into reading order with Latin words and numbers inside them kept left-to-right, and
// mirrored brackets and guillemets restored. Pure: positions in, text out; never reads a file.

export type Run = { str: string; x: number; y: number; w: number; size: number };
export type LogicalLine = { text: string; rtl: boolean; x: number; end: number; y: number; size: number };

// A gap between runs wider than this share of the font size is a space the PDF did not encode.
const SPACE_GAP = 0.2;

const PRESENTATION_FORMS = /[\uFB50-\uFDFF\uFE70-\uFEFF]+/gu;
const RTL_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]/u;
const LTR_LETTER = /[A-Za-z\u00C0-\u024F\u0370-\u03FF\u0400-\u04FF]/u;
const DIGIT = /[0-9\u0660-\u0669\u06F0-\u06F9]/u;
const MARK_ONLY = /^\s*\p{M}+\s*$/u;
const NEUTRAL_EDGES = /^([^\p{L}\p{N}]*)(.*?)([^\p{L}\p{N}]*)$/su;
const MIRROR: Record<string, string> = { '(': ')', ')': '(', '[': ']', ']': '[', '{': '}', '}': '{', '«': '»', '»': '«', '‹': '›', '›': '‹', '<': '>', '>': '<' };

/** Folds Arabic presentation forms (contextual glyphs, lam-alef ligatures) to plain letters. */
export const foldPresentationForms = (s: string): string => s.replace(PRESENTATION_FORMS, (m) => m.normalize('NFKC'));

type Piece = { str: string; x: number; w: number; kind: 'rtl' | 'ltr' | 'digit' | 'neutral' };

const kindOf = (s: string): Piece['kind'] => {
  let rtl = 0;
  let ltr = 0;
  let digit = 0;
  for (const ch of s) {
    if (RTL_LETTER.test(ch)) rtl++;
    else if (LTR_LETTER.test(ch)) ltr++;
    else if (DIGIT.test(ch)) digit++;
  }
  if (rtl === 0 && ltr === 0) return digit > 0 ? 'digit' : 'neutral';
  return rtl >= ltr ? 'rtl' : 'ltr';
};

/** Marks (tashkeel) drawn as their own runs join the letter they sit on. */
function attachMarks(runs: Run[]): Run[] {
  const marks = runs.filter((r) => MARK_ONLY.test(r.str));
  if (marks.length === 0) return runs;
  const bases = runs.filter((r) => !MARK_ONLY.test(r.str));
  const letters = bases.filter((r) => r.str.trim());
  for (const m of marks) {
    const centre = m.x + m.w / 2;
    const base =
      letters.find((b) => centre >= b.x - 0.01 && centre <= b.x + b.w + 0.01) ??
      letters.reduce<Run | undefined>((best, b) => (!best || Math.abs(b.x + b.w / 2 - centre) < Math.abs(best.x + best.w / 2 - centre) ? b : best), undefined);
    if (base) base.str += m.str.trim();
  }
  return bases;
}

/** The runs of one line (any order) as text in logical order. */
export function logicalLine(input: Run[]): LogicalLine {
  const runs = attachMarks(input.map((r) => ({ ...r, str: foldPresentationForms(r.str) })).filter((r) => r.str.length > 0));
  const y = runs[0]?.y ?? 0;
  const size = runs.reduce((m, r) => Math.max(m, r.size), 0);
  const x = runs.reduce((m, r) => Math.min(m, r.x), Infinity);
  const end = runs.reduce((m, r) => Math.max(m, r.x + r.w), -Infinity);

  // Visual order, left to right, with the spaces the PDF left out.
  const visual: Piece[] = [];
  let lastEnd = -Infinity;
  for (const r of [...runs].sort((a, b) => a.x - b.x)) {
    const prev = visual[visual.length - 1];
    if (prev && r.x - lastEnd > r.size * SPACE_GAP && !prev.str.endsWith(' ') && !r.str.startsWith(' ')) visual.push({ str: ' ', x: lastEnd, w: 0, kind: 'neutral' });
    const kind = kindOf(r.str);
    if (kind === 'rtl' || kind === 'neutral') visual.push({ str: r.str, x: r.x, w: r.w, kind });
    else {
      // A left-to-right run drawn as one piece ("2025." at the end of an Arabic sentence): its
      // leading and trailing punctuation belongs to the text around it, so it is split off.
      const [, lead = '', core = '', trail = ''] = NEUTRAL_EDGES.exec(r.str) ?? [];
      if (lead) visual.push({ str: lead, x: r.x, w: 0, kind: 'neutral' });
      visual.push({ str: core, x: r.x, w: r.w, kind });
      if (trail) visual.push({ str: trail, x: r.x + r.w, w: 0, kind: 'neutral' });
    }
    lastEnd = Math.max(lastEnd, r.x + r.w);
  }
  let rtlCount = 0;
  let ltrCount = 0;
  for (const p of visual) {
    if (p.kind === 'rtl') rtlCount += p.str.length;
    else if (p.kind === 'ltr') ltrCount += p.str.length;
  }
  const rtl = rtlCount > ltrCount;
  const clean = (s: string) => s.replace(/\s+/g, ' ').trim();
  if (!rtl) return { text: clean(visual.map((p) => p.str).join('')), rtl, x, end, y, size };

  // A right-to-left line: read it from the right. Stretches of Latin words and numbers (with
  // the spaces and punctuation between them) read left to right inside it, so they are
  // reversed back; neutrals in the right-to-left stretches take their mirrored form.
  const logical = [...visual].reverse();
  const out: string[] = [];
  for (let i = 0; i < logical.length; ) {
    const p = logical[i]!;
    if (p.kind === 'ltr' || p.kind === 'digit') {
      let j = i;
      let lastStrong = i;
      while (j < logical.length && logical[j]!.kind !== 'rtl') {
        if (logical[j]!.kind !== 'neutral') lastStrong = j;
        j++;
      }
      // Neutrals after the last Latin/number piece belong to the right-to-left text around it.
      out.push(
        logical
          .slice(i, lastStrong + 1)
          .reverse()
          .map((q) => q.str)
          .join(''),
      );
      i = lastStrong + 1;
      continue;
    }
    out.push(p.kind === 'neutral' ? [...p.str].map((c) => MIRROR[c] ?? c).join('') : p.str);
    i++;
  }
  return { text: clean(out.join('')), rtl, x, end, y, size };
}
