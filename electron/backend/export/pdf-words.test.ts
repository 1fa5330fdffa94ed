// The PDF report of the seed piece read back with pdftotext: the article's Arabic words must come
// out whole and in logical (reading) order, so copy and paste, Find in a PDF viewer and search
// tools see the words the reader saw. Prints the figure; skips, saying why, without Chromium or
// pdftotext (CI has both).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { DEFAULT_INCLUDES } from '../../../common/export/types.js';
import { chromiumPrinter } from './chromium.js';
import { runExport } from './run-export.js';
import { seededLibrary, TEST_CHROMIUM, type TestLibrary } from './test-library.fixture.js';

// The share of the article's words that must come out whole and in order (the bar).
const MIN_SHARE = 0.95;

let lib: TestLibrary;
before(async () => {
  lib = await seededLibrary();
});
after(async () => {
  await lib.close();
});

const chromium = TEST_CHROMIUM;
const hasPdftotext = spawnSync('pdftotext', ['-v']).error === undefined;

/** Arabic words (letters with their marks), compared without marks or tatweel; NFKC folds presentation forms. */
export function arabicWords(text: string): string[] {
  return (text.normalize('NFKC').match(/(?:(?=\p{scx=Arabic})[\p{L}\p{M}])+/gu) ?? []).map((w) => w.replace(/\p{M}|\u0640/gu, '')).filter(Boolean);
}

/** Length of the longest common subsequence: how many of `a`'s words appear whole, in the same order, in `b`. */
export function inOrder(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const w of a) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) row[j] = w === b[j - 1] ? prev[j - 1]! + 1 : Math.max(prev[j]!, row[j - 1]!);
    prev = row;
  }
  return prev[b.length]!;
}

test('word matcher: counts whole words in order, not split or reversed ones', () => {
  const words = arabicWords('قال الوزير إنّ التعاون مستمرّ');
  assert.deepEqual(words, ['قال', 'الوزير', 'إن', 'التعاون', 'مستمر']);
  assert.equal(inOrder(words, arabicWords('ﻗﺎﻝ الوزير إن التعاون مستمر')), 5);
  assert.equal(inOrder(words, arabicWords('قال الوز ير إن الت عاون مستمر')), 3);
  assert.equal(inOrder(words, [...words].reverse()), 1);
});

test('pdf report: pdftotext finds the seed article\'s Arabic words whole and in logical order', async (t) => {
  if (!chromium) return t.skip('no Chromium found (set MARSAD_CHROMIUM); CI installs one');
  if (!hasPdftotext) return t.skip('pdftotext (poppler-utils) is not installed');
  const out = join(lib.dir, 'words.pdf');
  await runExport(
    { selection: { clipIds: [lib.clipId] }, options: { lang: 'ar', order: 'date', include: DEFAULT_INCLUDES, title: '' }, format: 'pdf', out },
    { call: lib.call, pdf: () => chromiumPrinter(chromium) },
  );
  const article = arabicWords((await lib.call('getClip', { id: lib.clipId })).body);
  const printed = spawnSync('pdftotext', [out, '-'], { encoding: 'utf8' }).stdout;
  const found = inOrder(article, arabicWords(printed));
  const share = found / article.length;
  console.log(`pdftotext: ${found} of ${article.length} Arabic words of the seed article whole and in order (${(share * 100).toFixed(1)}%)`);
  assert.ok(share >= MIN_SHARE, `${found}/${article.length} words whole and in order; at least ${MIN_SHARE * 100}% needed`);
});
