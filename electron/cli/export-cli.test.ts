// End-to-end tests of `marsad export`: spawns the real CLI against a temp library holding the
// seed piece with a tag and a highlight, writes each format and reads the files back; checks
// --force, usage errors and the Chromium lookup. The PDF case skips, saying why, without Chromium.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { findChromium } from '../backend/export/chromium.js';
import { DIRECT, EXPECTED, HIGHLIGHT, ROOT, TAG, seededLibrary, TEST_CHROMIUM, type TestLibrary } from '../backend/export/test-library.fixture.js';

let lib: TestLibrary;
before(async () => {
  lib = await seededLibrary();
});
after(async () => {
  await lib.close();
});

const hasChromium = TEST_CHROMIUM !== null;
const marsad = (args: string[], extraEnv: Record<string, string> = {}) => {
  const { MARSAD_DATA_DIR: _ignored, ...env } = process.env;
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'electron/cli/main.ts', ...args, '--data-dir', lib.dataDir], {
    cwd: ROOT,
    encoding: 'utf8',
    env: { ...env, TZ: 'UTC', ...extraEnv },
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

test('cli export: html, quotes-csv, docx and json of the tagged clip, with a JSON result', () => {
  const html = join(lib.dir, 'r.html');
  const r = marsad(['export', '--format', 'html', '--out', html, '--tag', TAG, '--json']);
  assert.equal(r.code, 0, r.stderr);
  const result = JSON.parse(r.stdout) as Record<string, unknown>;
  assert.deepEqual(Object.keys(result), ['path', 'format', 'bytes', 'clips', 'quotes', 'highlights', 'speakers', 'ms', 'warnings']);
  assert.equal(result.path, html);
  assert.equal(result.clips, 1);
  assert.equal(result.highlights, 1);
  assert.deepEqual(result.warnings, []);
  const page = readFileSync(html, 'utf8');
  assert.ok(page.includes(EXPECTED.structure.title));
  assert.ok(page.includes(HIGHLIGHT));
  assert.doesNotMatch(page, /<script/i);

  const qcsv = join(lib.dir, 'q.csv');
  assert.equal(marsad(['export', '--format', 'quotes-csv', '--out', qcsv, '--tag', TAG]).code, 0);
  const quotes = readFileSync(qcsv, 'utf8');
  assert.equal(quotes.charCodeAt(0), 0xfeff);
  for (const q of DIRECT) assert.match(quotes, new RegExp(`${q.speaker},direct,"?${q.text}`));

  const docx = join(lib.dir, 'r.docx');
  const d = marsad(['export', '--format', 'docx', '--out', docx, '--clip', lib.clipId, '--lang', 'en']);
  assert.equal(d.code, 0, d.stderr);
  assert.match(d.stdout, /^Wrote .*r\.docx \(docx, \d+ KB\): 1 clip, \d+ quotes, 1 highlight, in \d+\.\d s\.\n/);
  // The cover charts: a picture drawn by the Chromium the CLI finds; with none, text and one line saying so.
  const drawn = spawnSync('unzip', ['-l', docx], { encoding: 'utf8' }).stdout.includes('word/media/image1.png');
  assert.equal(drawn, hasChromium, `cover picture ${drawn ? 'drawn' : 'missing'}; Chromium ${hasChromium ? 'found' : 'absent'}`);
  assert.equal(d.stdout.split('\n').filter(Boolean).length, hasChromium ? 1 : 2, d.stdout);
  const xml = spawnSync('unzip', ['-p', docx, 'word/document.xml'], { encoding: 'utf8' }).stdout;
  assert.match(xml, /<w:bidi\/>/);
  assert.ok(xml.includes('Monitoring report'));

  const none = join(lib.dir, 'none.json');
  assert.equal(marsad(['export', '--format', 'json', '--out', none, '--tag', 'no-such-tag']).code, 0);
  assert.equal((JSON.parse(readFileSync(none, 'utf8')) as { clips: unknown[] }).clips.length, 0);
});

test('cli export: an existing file needs --force; usage errors exit 2', () => {
  const md = join(lib.dir, 'keep.md');
  writeFileSync(md, 'keep me');
  const r = marsad(['export', '--format', 'md', '--out', md]);
  assert.equal(r.code, 1);
  assert.match(r.stderr, /already exists; add --force to replace it/);
  assert.equal(readFileSync(md, 'utf8'), 'keep me');
  assert.equal(marsad(['export', '--format', 'md', '--out', md, '--force']).code, 0);
  assert.ok(readFileSync(md, 'utf8').startsWith('# تقرير الرصد'));
  assert.equal(marsad(['export', '--format', 'md']).code, 2);
  assert.equal(marsad(['export', '--format', 'odt', '--out', join(lib.dir, 'x.odt')]).code, 2);
  assert.equal(marsad(['export', '--format', 'md', '--out', join(lib.dir, 'x.md'), '--from', '29/11/2026']).code, 2);
  assert.equal(marsad(['export', '--format', 'md', '--out', join(lib.dir, 'x.md'), '--omit', 'everything']).code, 2);
});

test('cli export pdf: a missing --chromium is one sentence, exit 1', () => {
  const r = marsad(['export', '--format', 'pdf', '--out', join(lib.dir, 'x.pdf'), '--chromium', '/no/such/chromium']);
  assert.equal(r.code, 1);
  assert.equal(r.stderr, 'There is no Chromium at /no/such/chromium; give the path of a Chromium or Chrome executable.\n');
});

test('cli export pdf: pdftotext reads the title and both direct quotes', (t) => {
  const chromium = findChromium({ env: process.env });
  if (!chromium) return t.skip('no Chromium found (set MARSAD_CHROMIUM); CI installs one');
  if (spawnSync('pdftotext', ['-v']).error) return t.skip('pdftotext (poppler-utils) is not installed');
  const pdf = join(lib.dir, 'r.pdf');
  const r = marsad(['export', '--format', 'pdf', '--out', pdf, '--tag', TAG, '--title', 'الرصد اليومي'], { MARSAD_CHROMIUM: chromium });
  assert.equal(r.code, 0, r.stderr);
  const squash = (s: string) => s.replace(/[\s\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, '');
  const text = squash(spawnSync('pdftotext', [pdf, '-'], { encoding: 'utf8' }).stdout);
  assert.ok(text.includes(squash('الرصد اليومي')));
  assert.ok(text.includes(squash(EXPECTED.structure.title)));
  for (const q of DIRECT) assert.ok(text.includes(squash(q.text)), q.text);
});
