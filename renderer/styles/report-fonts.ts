// The report faces for the live preview, as URLs of the app's own bundled woff2 files. The
// preview's srcdoc inherits the app's CSP (`font-src 'self'`), which refuses the data: URIs a
// saved report embeds, so the preview gets these same-origin @font-face rules instead.
import naskh400 from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-400-normal.woff2?url';
import naskh700 from '@fontsource/noto-naskh-arabic/files/noto-naskh-arabic-arabic-700-normal.woff2?url';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import cyr400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyr700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';

// Same ranges as electron/backend/export/fonts.ts (the @fontsource subsets').
const ARABIC = 'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC';
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';

const FACES: [string, number, string, string][] = [
  ['Noto Naskh Arabic', 400, naskh400, ARABIC],
  ['Noto Naskh Arabic', 700, naskh700, ARABIC],
  ['Noto Sans', 400, latin400, LATIN],
  ['Noto Sans', 700, latin700, LATIN],
  ['Noto Sans', 400, cyr400, CYRILLIC],
  ['Noto Sans', 700, cyr700, CYRILLIC],
];

/** @font-face rules with absolute same-origin URLs (a srcdoc document has no base URL of its own). */
export const previewFontCss = (): string =>
  FACES.map(
    ([family, weight, url, range]) =>
      `@font-face{font-family:'${family}';font-weight:${weight};font-style:normal;src:url(${JSON.stringify(new URL(url, location.href).href)}) format('woff2');unicode-range:${range};}`,
  ).join('\n');
