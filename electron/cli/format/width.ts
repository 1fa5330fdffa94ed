// Terminal display width of a string and cutting to a width, by grapheme: combining marks
// (Arabic tashkeel) take no column, wide East Asian characters take two. Output only: the text
// itself is never changed except where a cut is asked for.

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
const ZERO_WIDTH = /^[\p{M}\p{Cf}]+$/u;
// Wide and fullwidth blocks (CJK, Hangul, fullwidth forms, emoji) as most terminals draw them.
const WIDE = /[\u1100-\u115f\u2e80-\u303e\u3041-\u33ff\u3400-\u4dbf\u4e00-\u9fff\ua000-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6\u{1f300}-\u{1faff}\u{20000}-\u{3fffd}]/u;

const graphemeWidth = (g: string): number => (ZERO_WIDTH.test(g) ? 0 : WIDE.test(g) ? 2 : 1);

export const displayWidth = (s: string): number => {
  let w = 0;
  for (const { segment } of segmenter.segment(s)) w += graphemeWidth(segment);
  return w;
};

/** Cuts `s` to at most `width` columns, ending with "…" when anything was cut. */
export const truncate = (s: string, width: number): string => {
  if (displayWidth(s) <= width) return s;
  let out = '';
  let w = 0;
  for (const { segment } of segmenter.segment(s)) {
    const gw = graphemeWidth(segment);
    if (w + gw > width - 1) break;
    out += segment;
    w += gw;
  }
  return `${out.trimEnd()}…`;
};

export const padEnd = (s: string, width: number): string => s + ' '.repeat(Math.max(0, width - displayWidth(s)));
