// Splits text into Word runs by script direction: Arabic-script stretches become right-to-left
// runs (<w:rtl/>), Latin and Cyrillic stretches left-to-right runs; neutrals (spaces, digits,
// punctuation) stay with the run they follow. The Arabic face goes in the complex-script slot
// (w:cs) and the Latin/Cyrillic face in ascii/hAnsi (REFERENCE.md §10). No layout here.
import { TextRun, UnderlineType, ShadingType, type IRunOptions } from 'docx';

export const ARABIC_FONT = 'Noto Sans Arabic';
export const LATIN_FONT = 'Noto Sans';
/** Set once on the document's default run style, not on each run (thousands of runs per report). */
export const RUN_DEFAULTS = {
  font: { ascii: LATIN_FONT, hAnsi: LATIN_FONT, cs: ARABIC_FONT, eastAsia: LATIN_FONT },
  language: { value: 'en-US', bidirectional: 'ar-SA' },
};

const RTL_LETTER = /[\p{Script=Arabic}\p{Script=Hebrew}]/u;
const LETTER = /\p{L}/u;

/** [text, rtl] pieces: a new piece starts only where a strong letter of the other direction does. */
export function directionPieces(text: string, startRtl: boolean): [string, boolean][] {
  const out: [string, boolean][] = [];
  let cur = '';
  let rtl = startRtl;
  for (const ch of text) {
    const strong = RTL_LETTER.test(ch) ? true : LETTER.test(ch) ? false : null;
    if (strong !== null && strong !== rtl && cur) {
      out.push([cur, rtl]);
      cur = '';
    }
    if (strong !== null) rtl = strong;
    cur += ch;
  }
  if (cur) out.push([cur, rtl]);
  return out;
}

export type RunStyle = {
  bold?: boolean;
  /** Half-points, as Word counts font size. */
  size?: number;
  colour?: string;
  /** Background '#rrggbb' (a highlight or a speaker tint). */
  shade?: string | null;
  /** Underline colour '#rrggbb' (a direct quote's speaker line). */
  underline?: string | null;
  italics?: boolean;
};

const hex = (c: string) => c.replace(/^#/, '').toUpperCase();

export function runs(text: string, paragraphRtl: boolean, style: RunStyle = {}): TextRun[] {
  return directionPieces(text, paragraphRtl).map(([t, rtl]) => {
    const o: IRunOptions = {
      text: t,
      // Arabic runs name their complex-script face themselves (REFERENCE.md §10); the rest inherit it.
      ...(rtl ? { rightToLeft: true, font: RUN_DEFAULTS.font } : {}),
      ...(style.bold ? { bold: true, boldComplexScript: true } : {}),
      ...(style.italics ? { italics: true, italicsComplexScript: true } : {}),
      ...(style.size ? { size: style.size, sizeComplexScript: style.size } : {}),
      ...(style.colour ? { color: hex(style.colour) } : {}),
      ...(style.shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: hex(style.shade) } } : {}),
      ...(style.underline ? { underline: { type: UnderlineType.SINGLE, color: hex(style.underline) } } : {}),
    };
    return new TextRun(o);
  });
}
