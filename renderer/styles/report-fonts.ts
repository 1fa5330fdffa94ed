// The report faces for the live preview, as URLs of the app's own bundled woff2 files. The
// preview's srcdoc inherits the app's CSP (`font-src 'self'`), which refuses the data: URIs a
// saved report embeds, so the preview gets these same-origin @font-face rules instead. The faces
// and their ranges are the saved report's (common/export/report-faces.ts).
import amiri400 from '@fontsource/amiri/files/amiri-arabic-400-normal.woff2?url';
import amiri700 from '@fontsource/amiri/files/amiri-arabic-700-normal.woff2?url';
import latin400 from '@fontsource/noto-sans/files/noto-sans-latin-400-normal.woff2?url';
import latin700 from '@fontsource/noto-sans/files/noto-sans-latin-700-normal.woff2?url';
import cyr400 from '@fontsource/noto-sans/files/noto-sans-cyrillic-400-normal.woff2?url';
import cyr700 from '@fontsource/noto-sans/files/noto-sans-cyrillic-700-normal.woff2?url';
import { REPORT_FONTS } from '../../common/export/report-faces.js';

// Vite resolves each file to a URL only from a static import, so the files are named here.
const URLS: Record<string, string> = {
  'amiri-arabic-400-normal.woff2': amiri400,
  'amiri-arabic-700-normal.woff2': amiri700,
  'noto-sans-latin-400-normal.woff2': latin400,
  'noto-sans-latin-700-normal.woff2': latin700,
  'noto-sans-cyrillic-400-normal.woff2': cyr400,
  'noto-sans-cyrillic-700-normal.woff2': cyr700,
};

/** @font-face rules with absolute same-origin URLs (a srcdoc document has no base URL of its own). */
export const previewFontCss = (): string =>
  REPORT_FONTS.filter((f) => URLS[f.file])
    .map(
      (f) =>
        `@font-face{font-family:'${f.family}';font-weight:${f.weight};font-style:normal;src:url(${JSON.stringify(new URL(URLS[f.file]!, location.href).href)}) format('woff2');unicode-range:${f.range};}`,
    )
    .join('\n');
