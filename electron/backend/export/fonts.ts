// Finds the woff2 faces a report embeds (Noto Naskh Arabic for Arabic, Noto Sans for Latin and
// Cyrillic) and turns them into @font-face rules with data: URIs, so a report never refers to
// anything outside itself. Looks beside the built code (dist/fonts, copied by scripts/build.mjs;
// the renderer's bundled assets) and in node_modules when run from source. Never fetches.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export type FontFace = { family: string; weight: 400 | 700; pkg: string; file: string; range: string };

// The subsets' unicode-range as @fontsource declares them (arabic-400.css, latin-400.css,
// cyrillic-400.css), so a browser takes each face only for the characters it holds.
const ARABIC = 'U+0600-06FF,U+0750-077F,U+0870-088E,U+0890-0891,U+0897-08E1,U+08E3-08FF,U+200C-200E,U+2010-2011,U+204F,U+2E41,U+FB50-FDFF,U+FE70-FE74,U+FE76-FEFC';
const LATIN = 'U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD';
const CYRILLIC = 'U+0301,U+0400-045F,U+0490-0491,U+04B0-04B1,U+2116';

/** The faces a report uses; scripts/build.mjs copies the same files into dist/fonts. */
export const REPORT_FONTS: readonly FontFace[] = [
  { family: 'Noto Naskh Arabic', weight: 400, pkg: 'noto-naskh-arabic', file: 'noto-naskh-arabic-arabic-400-normal.woff2', range: ARABIC },
  { family: 'Noto Naskh Arabic', weight: 700, pkg: 'noto-naskh-arabic', file: 'noto-naskh-arabic-arabic-700-normal.woff2', range: ARABIC },
  { family: 'Noto Sans', weight: 400, pkg: 'noto-sans', file: 'noto-sans-latin-400-normal.woff2', range: LATIN },
  { family: 'Noto Sans', weight: 700, pkg: 'noto-sans', file: 'noto-sans-latin-700-normal.woff2', range: LATIN },
  { family: 'Noto Sans', weight: 400, pkg: 'noto-sans', file: 'noto-sans-cyrillic-400-normal.woff2', range: CYRILLIC },
  { family: 'Noto Sans', weight: 700, pkg: 'noto-sans', file: 'noto-sans-cyrillic-700-normal.woff2', range: CYRILLIC },
];

// How many folders up from this module to look: electron/backend/export/ is three below the
// repo root, dist/<part>/ two, app.asar/dist/<part>/ three.
const MAX_UP = 5;

function candidates(face: FontFace, dir: string): string[] {
  const out = [join(dir, 'dist', 'fonts', face.file), join(dir, 'fonts', face.file), join(dir, 'node_modules', '@fontsource', face.pkg, 'files', face.file)];
  // Vite's renderer build keeps the name and adds a hash: noto-sans-latin-400-normal-AbC123.woff2.
  const assets = join(dir, 'dist', 'renderer', 'assets');
  if (existsSync(assets)) {
    const stem = face.file.replace(/\.woff2$/, '');
    const hit = readdirSync(assets).find((f) => f.startsWith(`${stem}-`) && f.endsWith('.woff2'));
    if (hit) out.push(join(assets, hit));
  }
  return out;
}

export function findFont(face: FontFace, from: string = dirname(fileURLToPath(import.meta.url))): string | null {
  let dir = from;
  for (let i = 0; i <= MAX_UP; i++, dir = dirname(dir)) {
    for (const c of candidates(face, dir)) if (existsSync(c)) return c;
  }
  return null;
}

export type EmbeddedFonts = { css: string; missing: string[] };

let cached: EmbeddedFonts | null = null;

/** @font-face rules for every face found (cached per process); `missing` names the files not found. */
export function embeddedFonts(): EmbeddedFonts {
  if (cached) return cached;
  const rules: string[] = [];
  const missing: string[] = [];
  for (const face of REPORT_FONTS) {
    const path = findFont(face);
    if (!path) {
      missing.push(face.file);
      continue;
    }
    const data = readFileSync(path).toString('base64');
    rules.push(`@font-face{font-family:'${face.family}';font-style:normal;font-weight:${face.weight};src:url(data:font/woff2;base64,${data}) format('woff2');unicode-range:${face.range};}`);
  }
  cached = { css: rules.join('\n'), missing };
  return cached;
}
