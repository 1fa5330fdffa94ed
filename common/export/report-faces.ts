// The faces a report embeds, with the unicode-range each takes: one list for the saved report
// (electron/backend/export/fonts.ts embeds the files) and the app's live preview
// (renderer/styles/report-fonts.ts points at the same files). Pure data.

export type FontFace = { family: string; weight: 400 | 700; pkg: string; file: string; range: string };

// The subsets' unicode-range as @fontsource declares them (arabic-400.css, latin-400.css,
// cyrillic-400.css), so a browser takes each face only for the characters it holds; the Arabic
// face also takes the spaces it holds (U+0020, U+00A0). Without them every space between two
// Arabic words came from Noto Sans, cutting each line into a run per word: the 200-clip report
// printed 3 s slower and 3 MB larger (measured).
const ARABIC = 'U+0020,U+00A0,U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC';
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';

/**
 * The faces a report uses; scripts/build.mjs copies the same files into dist/fonts. The Arabic
 * face is Amiri: its letters are whole glyphs, each mapped to its character in the PDF's
 * ToUnicode table. Noto Sans and Noto Naskh Arabic draw a dotted letter as a dotless shape plus a
 * dot mark; Chromium then wraps each letter in an ActualText span that begins with the raised
 * mark, and pdftotext, reading that as a new baseline, cut most words («تق رير»): the seed piece
 * kept 93 of 241 words whole in Noto Sans Arabic, 241 of 241 in Amiri (html-style.ts also turns
 * kerning off, see there).
 */
export const REPORT_FONTS: readonly FontFace[] = [
  { family: 'Amiri', weight: 400, pkg: 'amiri', file: 'amiri-arabic-400-normal.woff2', range: ARABIC },
  { family: 'Amiri', weight: 700, pkg: 'amiri', file: 'amiri-arabic-700-normal.woff2', range: ARABIC },
  { family: 'Noto Sans', weight: 400, pkg: 'noto-sans', file: 'noto-sans-latin-400-normal.woff2', range: LATIN },
  { family: 'Noto Sans', weight: 700, pkg: 'noto-sans', file: 'noto-sans-latin-700-normal.woff2', range: LATIN },
  { family: 'Noto Sans', weight: 400, pkg: 'noto-sans', file: 'noto-sans-cyrillic-400-normal.woff2', range: CYRILLIC },
  { family: 'Noto Sans', weight: 700, pkg: 'noto-sans', file: 'noto-sans-cyrillic-700-normal.woff2', range: CYRILLIC },
];
