// Where the report fonts are found: beside built code (dist/fonts), in the renderer's hashed
// assets, and in node_modules when run from source; every face is embedded as a data: URI.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { REPORT_FONTS, embeddedFonts, findFont } from './fonts.js';

const face = REPORT_FONTS[0]!;

test('fonts: found in dist/fonts from a bundled dist/<part>/ folder, then in renderer assets', () => {
  const root = mkdtempSync(join(tmpdir(), 'marsad-fonts-'));
  try {
    mkdirSync(join(root, 'dist', 'main'), { recursive: true });
    mkdirSync(join(root, 'dist', 'renderer', 'assets'), { recursive: true });
    const hashed = join(root, 'dist', 'renderer', 'assets', face.file.replace('.woff2', '-Ab12Cd.woff2'));
    writeFileSync(hashed, 'x');
    assert.equal(findFont(face, join(root, 'dist', 'main')), hashed);
    mkdirSync(join(root, 'dist', 'fonts'));
    writeFileSync(join(root, 'dist', 'fonts', face.file), 'x');
    assert.equal(findFont(face, join(root, 'dist', 'main')), join(root, 'dist', 'fonts', face.file));
    assert.equal(findFont({ ...face, file: 'no-such-face.woff2' }, join(root, 'dist', 'main')), null);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('fonts: every report face is embedded from this checkout, none missing', () => {
  const { css, missing } = embeddedFonts();
  assert.deepEqual(missing, []);
  assert.equal(css.match(/@font-face/g)?.length, REPORT_FONTS.length);
  assert.match(css, /font-family:'Amiri';font-style:normal;font-weight:700;src:url\(data:font\/woff2;base64,d09GMg/);
});
