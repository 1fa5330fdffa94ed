// Finds the woff2 faces a report embeds (Amiri for Arabic, Noto Sans for Latin and
// Cyrillic) and turns them into @font-face rules with data: URIs, so a report never refers to
// anything outside itself. Looks beside the built code (dist/fonts, copied by scripts/build.mjs;
// the renderer's bundled assets) and in node_modules when run from source. Never fetches.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REPORT_FONTS, type FontFace } from '../../../common/export/report-faces.js';

export { REPORT_FONTS };

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
